import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '@igu/config';
import { testConfig } from '@igu/testing';
import { createWorkerApp } from '../../src/create-worker-app.js';

/**
 * The real worker process's module on a random health port. `beforeStart`
 * runs before workers start, e.g. to register test-only handlers.
 */
export async function startTestWorker(
  databaseUrl: string,
  overrides: Record<string, string> = {},
  beforeStart?: (app: INestApplication) => void,
): Promise<{ app: INestApplication; config: AppConfig; close(): Promise<void> }> {
  const config = testConfig(databaseUrl, overrides);
  const app = await createWorkerApp(config);
  beforeStart?.(app);
  await app.listen(0, '127.0.0.1');
  return { app, config, close: () => app.close() };
}
