import { randomBytes } from 'node:crypto';
import { createAppDataSource, setupDatabase } from '@igu/data-source';
import pg from 'pg';

const runId = () => {
  const id = process.env.IGU_TEST_RUN;
  if (!id) throw new Error('IGU_TEST_RUN is not set: run tests through `npm test` (Jest globalSetup).');
  return id;
};

function adminUrl(): string {
  const url = process.env.IGU_TEST_ADMIN_URL;
  if (!url) throw new Error('IGU_TEST_ADMIN_URL is not set: run tests through `npm test`.');
  return url;
}

function urlFor(database: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * The migrated, seeded template of this run. The first test file to ask builds
 * it under an advisory lock; the others wait and reuse it.
 */
async function ensureTemplate(): Promise<string> {
  const template = `igu_t_${runId()}_template`;
  await withAdmin(async (client) => {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [template]);
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1 AND datallowconn AND NOT datistemplate', [
        template,
      ]);
      const { rowCount: ready } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1 AND datistemplate', [template]);
      if (ready) return;
      if (rowCount) await client.query(`DROP DATABASE ${template} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${template}`);
      const dataSource = createAppDataSource({ DATABASE_URL: urlFor(template), DATABASE_POOL_SIZE: 2 }, 'igu-test-template');
      await dataSource.initialize();
      try {
        await setupDatabase(dataSource);
      } finally {
        await dataSource.destroy();
      }
      await client.query(`ALTER DATABASE ${template} WITH IS_TEMPLATE true`);
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [template]);
    }
  });
  return template;
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh database for one test file: migrated, with reference data, nothing else. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = await ensureTemplate();
  const name = `igu_t_${runId()}_${randomBytes(5).toString('hex')}`;
  await withAdmin((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  return {
    name,
    url: urlFor(name),
    drop: () => withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** A database with no migrations applied (for the drift and migration tests). */
export async function createEmptyTestDatabase(): Promise<TestDatabase> {
  const name = `igu_t_${runId()}_${randomBytes(5).toString('hex')}`;
  await withAdmin((client) => client.query(`CREATE DATABASE ${name}`));
  return {
    name,
    url: urlFor(name),
    drop: () => withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
