/** The baselines check the API's bearer token as the API does (HS256, issuer, audience), so both pay for it. */
import { jwtVerify } from 'jose';

export function bearerVerifier(env: NodeJS.ProcessEnv): (authorization: string | undefined) => Promise<boolean> {
  const key = new TextEncoder().encode(required(env, 'JWT_SECRET'));
  const issuer = required(env, 'JWT_ISSUER');
  const audience = required(env, 'JWT_AUDIENCE');
  return async (authorization) => {
    const token = authorization?.startsWith('Bearer ') ? authorization.slice(7) : undefined;
    if (!token) return false;
    try {
      await jwtVerify(token, key, { algorithms: ['HS256'], issuer, audience, requiredClaims: ['sub', 'exp', 'iat'], clockTolerance: 5 });
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
