import { Controller, ForbiddenException, HttpCode, Inject, Post, Req, Res, UnauthorizedException } from '@nestjs/common';
import { Public } from '@igu/access';
import { APP_CONFIG, type AppConfig } from '@igu/config';
import type { Request, Response } from 'express';
import { clearRefreshCookie, REFRESH_COOKIE, setRefreshCookie } from './session-cookie.js';
import { SessionService } from './session.service.js';

/**
 * A cross-site form can post neither JSON nor the SameSite=Strict cookie; the
 * content-type check keeps these endpoints as CSRF-proof as /graphql.
 */
function requireJson(req: Request): void {
  if (!req.is('application/json')) throw new ForbiddenException('Send content-type: application/json');
}

function refreshTokenOf(req: Request): string | null {
  // Express types `cookies` as always present; it is undefined unless cookie-parser ran.
  const cookies = req.cookies as Record<string, unknown> | undefined;
  const value = cookies?.[REFRESH_COOKIE];
  return typeof value === 'string' && value.length > 0 && value.length <= 100 ? value : null;
}

/** The browser's session: the refresh cookie is set by login and registration. */
@Controller('auth')
export class SessionController {
  constructor(
    @Inject(SessionService) private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new access token for the cookie's refresh token, which is rotated. */
  @Public()
  @Post('refresh')
  @HttpCode(200)
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<{ accessToken: string; expiresAt: Date }> {
    requireJson(req);
    const token = refreshTokenOf(req);
    const session = token ? await this.sessions.rotate(token) : null;
    if (!session) {
      clearRefreshCookie(res, this.config);
      throw new UnauthorizedException('No valid session');
    }
    setRefreshCookie(res, session.refresh, this.config);
    return { accessToken: session.accessToken, expiresAt: session.expiresAt };
  }

  /** Sign-out: revokes the session's token family and clears the cookie. */
  @Public()
  @Post('sign-out')
  @HttpCode(204)
  async signOut(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    requireJson(req);
    const token = refreshTokenOf(req);
    if (token) await this.sessions.revoke(token);
    clearRefreshCookie(res, this.config);
  }
}
