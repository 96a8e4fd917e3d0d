import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { AppConfig } from '@igu/config';
import { altairExpress } from 'altair-express-middleware';
import cookieParser from 'cookie-parser';
import { Logger } from 'nestjs-pino';
import { ApiModule, type ApiOptions } from './api.module.js';

/** Builds the API application; `main.ts` and the end-to-end tests share it. */
export async function createApiApp(config: AppConfig, options: ApiOptions = {}): Promise<INestApplication> {
  const app = await NestFactory.create(ApiModule.forRoot(config, options), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
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
  return app;
}
