import 'reflect-metadata';
import { loadConfigOrExit } from '@igu/config';
import { armShutdownDeadline } from '@igu/observability';
import { Logger } from 'nestjs-pino';
import { createApiApp } from './create-api-app.js';

const config = loadConfigOrExit();
const app = await createApiApp(config);
armShutdownDeadline(config.SHUTDOWN_TIMEOUT_MS, () =>
  app.get(Logger).error({ timeoutMs: config.SHUTDOWN_TIMEOUT_MS }, 'graceful shutdown timed out'),
);
await app.listen(config.API_PORT, config.API_HOST);
