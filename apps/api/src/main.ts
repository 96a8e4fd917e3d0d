import 'reflect-metadata';
import { loadConfigOrExit } from '@igu/config';
import { createApiApp } from './create-api-app.js';

const config = loadConfigOrExit();
const app = await createApiApp(config);
await app.listen(config.API_PORT, config.API_HOST);
