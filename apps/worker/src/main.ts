import 'reflect-metadata';
import { loadConfigOrExit } from '@igu/config';
import { createWorkerApp } from './create-worker-app.js';

const config = loadConfigOrExit();
const app = await createWorkerApp(config);
await app.listen(config.WORKER_HEALTH_PORT, config.API_HOST);
