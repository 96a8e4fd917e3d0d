/** `npm run migration:run`: applies migrations and upserts reference data. The worker never does this. */
import 'reflect-metadata';
import { loadConfigOrExit } from '@igu/config';
import { createAppDataSource, setupDatabase } from '@igu/data-source';
import { createLogger } from '@igu/observability';

const config = loadConfigOrExit();
const logger = createLogger(config, 'migrate');
const dataSource = createAppDataSource(config, 'igu-migrate');
await dataSource.initialize();
try {
  const { migrations } = await setupDatabase(dataSource);
  logger.info({ migrations }, migrations.length ? 'migrations applied' : 'database already up to date');
} finally {
  await dataSource.destroy();
}
