import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ApiRateLimitService } from '@igu/auth';
import type { AppConfig } from '@igu/config';
import { httpMetricsMiddleware, Metrics } from '@igu/observability';
import { altairExpress } from 'altair-express-middleware';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { ApiModule, type ApiOptions } from './api.module.js';
import { mountQueueDashboard } from './queue-dashboard/mount-queue-dashboard.js';
import { serveWebAppWithVite } from './web/dev-web.js';
import { isApiPath } from './web/page-requests.js';
import { CSP_DIRECTIVES, serveBuiltWebApp } from './web/static-web.js';

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
  // First, so the latency covers every later middleware. Paths answered by a mount, not a route, are labelled by it.
  app.use(httpMetricsMiddleware(app.get(Metrics), ['/graphql', '/assets', '/altair']));
  const http = app.getHttpAdapter().getInstance();
  http.disable('x-powered-by');
  // Express would hash every body it sends for an ETag: wasted on GraphQL answers (POST, no-store).
  // The web app's files carry their own (express.static; index.html in static-web.ts).
  http.set('etag', false);
  // Client IPs (rate limits) come from X-Forwarded-For only behind a trusted proxy.
  http.set('trust proxy', config.TRUST_PROXY);
  applyBrowserPolicies(app, config);
  // After CORS, so a browser can read a 429; before every route.
  app.use(app.get(ApiRateLimitService).middleware((req) => isApiPath(req.path)));
  // Only the refresh-token cookie is read (by /auth/refresh and /auth/sign-out).
  app.use(cookieParser());
  mountQueueDashboard(app, config);
  if (config.NODE_ENV === 'development') {
    // Offline GraphQL IDE served from node_modules; no CDN, never in production.
    app.use('/altair', altairExpress({ endpointURL: '/graphql', initialQuery: '{ municipalities { code name } }' }));
  }
  await serveWebApp(app, config, options.webRoot);
  return app;
}

/**
 * Production: helmet's security headers on every answer, with the web app's CSP
 * (static-web.ts; not in development, where Vite injects inline scripts). Any
 * environment: CORS only for the configured origins; none by default, the web
 * app being same-origin. Allowed origins send the Bearer token, never cookies.
 */
function applyBrowserPolicies(app: NestExpressApplication, config: AppConfig): void {
  if (config.NODE_ENV === 'production') {
    app.use(helmet({ contentSecurityPolicy: { useDefaults: false, directives: { ...CSP_DIRECTIVES } } }));
  }
  if (config.CORS_ORIGINS.length > 0) {
    app.enableCors({
      origin: [...config.CORS_ORIGINS],
      methods: ['GET', 'POST'],
      // apollo-require-preflight: Apollo's CSRF prevention accepts a GET query only with it (or a JSON content-type).
      allowedHeaders: ['authorization', 'content-type', 'apollo-require-preflight'],
      credentials: false,
      maxAge: 600,
    });
  }
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
