import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '@igu/config';
import { altairExpress } from 'altair-express-middleware';
import cookieParser from 'cookie-parser';
import { Logger } from 'nestjs-pino';
import { ApiModule, type ApiOptions } from './api.module.js';
import { serveWebAppWithVite } from './web/dev-web.js';
import { serveBuiltWebApp } from './web/static-web.js';

export interface ApiAppOptions extends ApiOptions {
  /** The built web app to serve (default in production: dist/web); tests pass their own. */
  webRoot?: string;
}

/** Builds the API application; `main.ts` and the end-to-end tests share it. */
export async function createApiApp(config: AppConfig, options: ApiAppOptions = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config, options), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // On a signal: stop listening, let in-flight requests finish, close the pools, exit 0 (main.ts bounds it).
  app.enableShutdownHooks([], { useProcessExit: true });
  const http = app.getHttpAdapter().getInstance();
  http.disable('x-powered-by');
  // Client IPs (login throttling) come from X-Forwarded-For only behind a trusted proxy.
  http.set('trust proxy', config.TRUST_PROXY);
  // Only the refresh-token cookie is read (by /auth/refresh and /auth/sign-out).
  app.use(cookieParser());
  if (config.NODE_ENV === 'development') {
    // Offline GraphQL IDE served from node_modules; no CDN, never in production.
    app.use('/altair', altairExpress({ endpointURL: '/graphql', initialQuery: '{ municipalities { code name } }' }));
  }
  await serveWebApp(app, config, options.webRoot);
  return app;
}

/** The web app on the API's port: Vite middleware in development, the build in production, in tests only when asked. */
async function serveWebApp(app: NestExpressApplication, config: AppConfig, webRoot: string | undefined): Promise<void> {
  const logger = app.get(Logger);
  if (config.NODE_ENV === 'development' && !webRoot) {
    await serveWebAppWithVite(app);
  } else if (webRoot || config.NODE_ENV !== 'test') {
    const root = webRoot ?? resolve('dist/web');
    if (!serveBuiltWebApp(app, root)) logger.warn({ root }, 'no web app build found; run npm run build:web');
  }
}
