import 'reflect-metadata';
import { setPriority } from 'node:os';
import { loadConfigOrExit } from '@igu/config';
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
await app.listen(config.WORKER_HEALTH_PORT, config.API_HOST);
