import type { AppConfig } from '@igu/config';
import { errors, jwtVerify, SignJWT } from 'jose';

export const DASHBOARD_COOKIE = 'igu_queues';
export const DASHBOARD_PATH = '/admin/queues';
const AUDIENCE = 'igu-queue-dashboard';
const TTL_SECONDS = 15 * 60;

/**
 * The queue dashboard is plain page navigation, which carries no Bearer token
 * (the web app holds it in memory). So an ADMIN's app first POSTs with its
 * token and gets this short-lived cookie: HttpOnly, SameSite=Strict, sent only
 * to /admin/queues, and signed for its own audience, so it is no API token.
 */
export class DashboardCookie {
  private readonly key: Uint8Array;

  constructor(private readonly config: AppConfig) {
    this.key = new TextEncoder().encode(config.JWT_SECRET);
  }

  async issue(userId: string): Promise<{ value: string; expires: Date }> {
    const now = Math.floor(Date.now() / 1000);
    const value = await new SignJWT({ role: 'ADMIN' })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userId)
      .setIssuer(this.config.JWT_ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(now)
      .setExpirationTime(now + TTL_SECONDS)
      .sign(this.key);
    return { value, expires: new Date((now + TTL_SECONDS) * 1000) };
  }

  /** Whether the cookie value is a valid, unexpired dashboard grant for an ADMIN. */
  async isAdmin(value: unknown): Promise<boolean> {
    if (typeof value !== 'string' || value.length > 2_000) return false;
    try {
      const { payload } = await jwtVerify(value, this.key, { algorithms: ['HS256'], issuer: this.config.JWT_ISSUER, audience: AUDIENCE });
      return payload.role === 'ADMIN';
    } catch (error) {
      if (error instanceof errors.JOSEError || error instanceof TypeError) return false;
      throw error;
    }
  }

  options() {
    return { httpOnly: true, secure: this.config.NODE_ENV === 'production', sameSite: 'strict' as const, path: DASHBOARD_PATH };
  }
}
