import { afterAll, beforeAll } from '@jest/globals';
import { createAppDataSource } from '@igu/data-source';
import type { DataSource } from 'typeorm';
import { createEmptyTestDatabase, createTestDatabase, type TestDatabase } from './test-database.js';

export interface TestDataSourceOptions {
  /** Connections in the pool (default 2). */
  poolSize?: number;
  /** A database with no migrations applied, instead of the migrated, seeded template's clone. */
  empty?: boolean;
}

export interface TestDataSource {
  readonly database: TestDatabase;
  readonly dataSource: DataSource;
  /** Destroys the DataSource and drops the database. */
  close(): Promise<void>;
}

/** A fresh test database with an initialised DataSource on it (`applicationName` shows in pg_stat_activity). */
export async function openTestDataSource(applicationName: string, options: TestDataSourceOptions = {}): Promise<TestDataSource> {
  const database = options.empty ? await createEmptyTestDatabase() : await createTestDatabase();
  const dataSource = createAppDataSource({ DATABASE_URL: database.url, DATABASE_POOL_SIZE: options.poolSize ?? 2 }, applicationName);
  try {
    await dataSource.initialize();
  } catch (error) {
    await database.drop();
    throw error;
  }
  return {
    database,
    dataSource,
    async close() {
      try {
        await dataSource.destroy();
      } finally {
        await database.drop();
      }
    },
  };
}

/**
 * openTestDataSource in the enclosing describe's beforeAll, closed in its
 * afterAll. Read `database` and `dataSource` inside hooks and tests (they
 * exist from beforeAll on). A spec whose own teardown still needs the
 * connection (a relay, a queue) calls openTestDataSource and close() itself,
 * since afterAll hooks run in the order they are declared.
 */
export function useTestDataSource(applicationName: string, options: TestDataSourceOptions = {}): Omit<TestDataSource, 'close'> {
  let opened: TestDataSource | undefined;
  beforeAll(async () => {
    opened = await openTestDataSource(applicationName, options);
  });
  afterAll(async () => {
    await opened?.close();
  });
  const current = () => {
    if (!opened) throw new Error('useTestDataSource: read database and dataSource inside hooks and tests');
    return opened;
  };
  return {
    get database() {
      return current().database;
    },
    get dataSource() {
      return current().dataSource;
    },
  };
}
