import type { AppConfig } from '@igu/config';
import { buildDataSourceOptions } from '@igu/database';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ALL_ENTITIES } from './entities.js';
import { ALL_MIGRATIONS } from './migrations/index.js';

export function appDataSourceOptions(
  config: Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_POOL_SIZE'>,
  applicationName: string,
): DataSourceOptions {
  return buildDataSourceOptions({
    url: config.DATABASE_URL,
    poolSize: config.DATABASE_POOL_SIZE,
    entities: ALL_ENTITIES,
    migrations: ALL_MIGRATIONS,
    applicationName,
  });
}

export function createAppDataSource(config: Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_POOL_SIZE'>, applicationName: string): DataSource {
  return new DataSource(appDataSourceOptions(config, applicationName));
}
