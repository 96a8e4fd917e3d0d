// Jest globalSetup (plain JS: it runs outside Jest's module mapping). Starts a
// throw-away embedded PostgreSQL unless DATABASE_URL points at one; test files
// then clone a migrated template database each (see test-database.ts).
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startEmbeddedPostgres } from '../../../tools/embedded-postgres.mjs';

export default async function globalSetup() {
  process.env.TZ = 'UTC';
  process.env.IGU_TEST_RUN = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  if (process.env.DATABASE_URL) {
    process.env.IGU_TEST_ADMIN_URL = process.env.DATABASE_URL;
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'igu-test-pg-'));
  chmodSync(dir, 0o755); // reachable by the `postgres` user when we run as root
  const server = await startEmbeddedPostgres({
    dataDir: join(dir, 'data'),
    port: await freePort(),
    persistent: false,
    fast: true,
  });
  globalThis.__IGU_TEST_PG__ = { server, dir };
  process.env.IGU_TEST_ADMIN_URL = server.adminUrl;
}
