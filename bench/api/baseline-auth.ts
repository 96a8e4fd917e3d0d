/**
 * The baselines check the API's bearer token as the API does (HS256, issuer,
 * audience; a token that verified is remembered until it expires), so both pay the same.
 */
import { jwtVerify } from 'jose';
import { LRUCache } from 'lru-cache';

export function bearerVerifier(env: NodeJS.ProcessEnv): (authorization: string | undefined) => Promise<boolean> {
  const key = new TextEncoder().encode(required(env, 'JWT_SECRET'));
  const issuer = required(env, 'JWT_ISSUER');
  const audience = required(env, 'JWT_AUDIENCE');
  const expiries = new LRUCache<string, number>({ max: 10_000 });
  return async (authorization) => {
    const token = authorization?.startsWith('Bearer ') ? authorization.slice(7) : undefined;
    if (!token) return false;
    const expiresAt = expiries.get(token);
    if (expiresAt !== undefined) return Date.now() < expiresAt + 5_000;
    try {
      const { payload } = await jwtVerify(token, key, {
        algorithms: ['HS256'],
        issuer,
        audience,
        requiredClaims: ['sub', 'exp', 'iat'],
        clockTolerance: 5,
      });
      expiries.set(token, payload.exp! * 1000);
      return true;
    } catch {
      return false;
    }
  };
}

export function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}
