import { rmSync } from 'node:fs';
import pg from 'pg';

/** Stops the embedded PostgreSQL, or drops this run's databases on an external one. */
export default async function globalTeardown() {
  const embedded = globalThis.__IGU_TEST_PG__;
  if (embedded) {
    await embedded.server.stop();
    rmSync(embedded.dir, { recursive: true, force: true });
    return;
  }
  const client = new pg.Client({ connectionString: process.env.IGU_TEST_ADMIN_URL });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`igu_t_${process.env.IGU_TEST_RUN}%`]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
