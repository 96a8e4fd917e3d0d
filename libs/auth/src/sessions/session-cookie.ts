import type { AppConfig } from '@igu/config';
import type { CookieOptions, Response } from 'express';
import type { RefreshToken } from './session.service.js';

export const REFRESH_COOKIE = 'igu_refresh';

/**
 * Sent only to /auth (refresh and sign-out), never readable by scripts, never
 * sent cross-site; Secure everywhere but in development and tests over plain
 * http://localhost.
 */
function cookieOptions(config: AppConfig): CookieOptions {
  return { httpOnly: true, secure: config.NODE_ENV === 'production', sameSite: 'strict', path: '/auth' };
}

export function setRefreshCookie(res: Response, refresh: RefreshToken, config: AppConfig): void {
  res.cookie(REFRESH_COOKIE, refresh.token, { ...cookieOptions(config), expires: refresh.expiresAt });
}

export function clearRefreshCookie(res: Response, config: AppConfig): void {
  res.clearCookie(REFRESH_COOKIE, cookieOptions(config));
}
