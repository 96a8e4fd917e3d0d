import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { isPageRequest } from './page-requests.js';

/**
 * Development: Vite in middleware mode on the API's own port, with live reload
 * over the API's HTTP server (its socket speaks `vite-hmr`, graphql-ws keeps
 * /graphql). Vite is a dev dependency, loaded only here.
 */
export async function serveWebAppWithVite(app: NestExpressApplication): Promise<void> {
  const { createServer } = await import('vite');
  const configFile = resolve('apps/web/vite.config.ts');
  const vite = await createServer({
    configFile,
    appType: 'custom',
    server: { middlewareMode: true, ws: { server: app.getHttpServer() }, cors: false },
  });
  app.use(vite.middlewares);
  app.use(async (req: Request, res: Response, next: NextFunction) => {
    if (!isPageRequest(req)) {
      next();
      return;
    }
    try {
      const html = await readFile(resolve('apps/web/index.html'), 'utf8');
      res.type('html').send(await vite.transformIndexHtml(req.originalUrl, html));
    } catch (error) {
      next(error);
    }
  });
  app.getHttpServer().on('close', () => void vite.close());
}
