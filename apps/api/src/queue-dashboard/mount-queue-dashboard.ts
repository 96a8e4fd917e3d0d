import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '@igu/config';
import { QueueConnection, QueueName } from '@igu/queue';
import type { NextFunction, Request, Response } from 'express';
import { DASHBOARD_COOKIE, DASHBOARD_PATH, DashboardCookie } from './dashboard-cookie.js';

/**
 * bull-board at /admin/queues for ADMINs only: every request (page, assets,
 * its JSON API, its retry/clean actions) must carry the dashboard cookie.
 * Without one: 401; the page says how to get one (through the admin screen).
 */
export function mountQueueDashboard(app: NestExpressApplication, config: AppConfig): void {
  const cookie = new DashboardCookie(config);
  const queues = app.get(QueueConnection);
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(DASHBOARD_PATH);
  createBullBoard({
    queues: Object.values(QueueName).map((name) => new BullMQAdapter(queues.queue(name))),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'IGU Match queues' } },
  });
  const requireAdmin = (req: Request, res: Response, next: NextFunction) => {
    const cookies = req.cookies as Record<string, unknown> | undefined;
    cookie
      .isAdmin(cookies?.[DASHBOARD_COOKIE])
      .then(
        (admin) => (admin ? next() : res.status(401).type('text/plain').send('Open the queue dashboard from the administration screen.')),
        next,
      );
  };
  app.use(DASHBOARD_PATH, requireAdmin, serverAdapter.getRouter());
}
