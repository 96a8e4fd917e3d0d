import type { DataSourceOptions, MixedList, EntitySchema, MigrationInterface } from 'typeorm';
import { installPgTypeParsers } from './pg-types.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

export interface DataSourceInput {
  url: string;
  poolSize: number;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<new () => MigrationInterface>;
  applicationName: string;
  logging?: boolean;
}

/** One place that says how every process talks to PostgreSQL. Never `synchronize`. */
export function buildDataSourceOptions(input: DataSourceInput): DataSourceOptions {
  installPgTypeParsers();
  return {
    type: 'postgres',
    url: input.url,
    entities: input.entities,
    migrations: input.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL 13+; no uuid-ossp extension needed.
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    logging: input.logging ? ['query', 'error'] : false,
    applicationName: input.applicationName,
    extra: {
      max: input.poolSize,
      // Fail a request rather than hang when the pool is exhausted or the DB is gone.
      connectionTimeoutMillis: 5_000,
      statement_timeout: 30_000,
    },
  };
}
