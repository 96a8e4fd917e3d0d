import { Controller, ForbiddenException, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { type Actor, CurrentActor, Role, Roles } from '@igu/access';
import { APP_CONFIG, type AppConfig } from '@igu/config';
import type { Request, Response } from 'express';
import { DASHBOARD_COOKIE, DashboardCookie } from './dashboard-cookie.js';

/** `POST /admin/queue-session` (ADMIN, Bearer): grants the dashboard cookie; the web app then opens /admin/queues. */
@Controller('admin')
export class QueueDashboardController {
  private readonly cookie: DashboardCookie;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.cookie = new DashboardCookie(config);
  }

  @Roles(Role.ADMIN)
  @Post('queue-session')
  @HttpCode(204)
  async session(@CurrentActor() actor: Actor, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    // Like /auth: a cross-site form can post no JSON.
    if (!req.is('application/json')) throw new ForbiddenException('Send content-type: application/json');
    const { value, expires } = await this.cookie.issue(actor.userId);
    res.cookie(DASHBOARD_COOKIE, value, { ...this.cookie.options(), expires });
  }
}
