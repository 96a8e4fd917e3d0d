import 'reflect-metadata';
import { setPriority } from 'node:os';
import { loadConfigOrExit } from '@igu/config';
import { armShutdownDeadline } from '@igu/observability';
import { Logger } from 'nestjs-pino';
import { createWorkerApp } from './create-worker-app.js';

// Background work yields to the API when they share cores. On Linux the nice
// value is per thread and inherited by threads created later (the libuv pool,
// the matching threads, which go lower still).
const WORKER_NICE = 5;
try {
  setPriority(WORKER_NICE);
} catch {
  // Not permitted here: run at normal priority.
}

const config = loadConfigOrExit();
const app = await createWorkerApp(config);
armShutdownDeadline(config.SHUTDOWN_TIMEOUT_MS, () =>
  app.get(Logger).error({ timeoutMs: config.SHUTDOWN_TIMEOUT_MS }, 'graceful shutdown timed out'),
);
await app.listen(config.WORKER_HEALTH_PORT, config.API_HOST);
