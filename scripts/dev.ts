/**
 * `npm run dev`: embedded PostgreSQL (data in .data/postgres), migrations,
 * reference and demo data, then the API and the worker as child processes.
 * Ctrl-C or SIGTERM stops the children, then PostgreSQL (so no connection is
 * cut under them); nothing is left running. DEV_DATA_DIR and DEV_POSTGRES_PORT
 * give a second instance (the browser tests') its own cluster.
 */
import 'reflect-metadata';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfigOrExit } from '@igu/config';
import { createAppDataSource, setupDatabase } from '@igu/data-source';
import exitHook from 'async-exit-hook';
import { ensureDatabase, startEmbeddedPostgres } from '../tools/embedded-postgres.mjs';
import { WORKER_NODE_FLAGS } from '../tools/worker-node-flags.mjs';
import { devSecrets } from './lib/dev-secrets.js';
import { startDevMailCatcher } from './lib/dev-mail-catcher.js';
import { DEMO_PASSWORD, seedDemoData } from '../tools/seed-demo-data.js';
import { stopChild } from '../tools/stop-child.mjs';
import { seedDemoWorld } from '../tools/seed-demo-world.js';

const DATABASE = 'igu';
const dataDir = resolve(process.env.DEV_DATA_DIR ?? '.data/postgres');
const pgPort = Number(process.env.DEV_POSTGRES_PORT ?? 54329);

let children: ChildProcess[] = [];
let shuttingDown = false;
let childrenStopped!: () => void;
const postgresMayStop = new Promise<void>((resolve) => (childrenStopped = resolve));

// Runs alongside embedded-postgres's own exit hook, which waits for `postgresMayStop`.
exitHook((done: () => void) => {
  shuttingDown = true;
  void Promise.all(children.map(stopChild)).then(() => {
    console.log('API and worker stopped; stopping PostgreSQL.');
    childrenStopped();
    done();
  });
});

mkdirSync(resolve('.data'), { recursive: true });
console.log('Starting embedded PostgreSQL …');
const server = process.env.DATABASE_URL
  ? undefined
  : await startEmbeddedPostgres({ dataDir, port: pgPort, persistent: true, stopAfter: postgresMayStop });
const databaseUrl = process.env.DATABASE_URL ?? server!.urlFor(DATABASE);
if (server) await ensureDatabase(server.adminUrl, DATABASE);

// Notification mails go to an in-process catcher (unless SMTP_HOST points elsewhere); its page lists them.
const apiPort = Number(process.env.API_PORT ?? 3000);
const mailCatcher = process.env.SMTP_HOST ? undefined : await startDevMailCatcher(Number(process.env.DEV_MAIL_PAGE_PORT ?? apiPort + 25));
const env = {
  NODE_ENV: 'development',
  ...(mailCatcher ? { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mailCatcher.smtpPort), SMTP_SECURE: 'false' } : {}),
  LOG_PRETTY: 'true',
  BOOTSTRAP_ADMIN_EMAIL: 'admin@demo.test',
  BOOTSTRAP_ADMIN_PASSWORD: DEMO_PASSWORD,
  ...devSecrets(resolve('.data/dev-secrets.json')),
  ...process.env,
  DATABASE_URL: databaseUrl,
};
const config = loadConfigOrExit(env);

const dataSource = createAppDataSource(config, 'igu-dev-setup');
await dataSource.initialize();
const { migrations } = await setupDatabase(dataSource);
const seeded = await seedDemoData(dataSource, config);
await dataSource.destroy();
const seedStarted = performance.now();
const world = await seedDemoWorld(config);
console.log(
  `Migrations applied: ${migrations.length}; demo data: ${seeded}; ${world} (${((performance.now() - seedStarted) / 1000).toFixed(1)} s)`,
);

children = [
  spawn(process.execPath, ['--enable-source-maps', 'dist/apps/api/src/main.js'], { stdio: 'inherit', env }),
  spawn(process.execPath, [...WORKER_NODE_FLAGS, 'dist/apps/worker/src/main.js'], { stdio: 'inherit', env }),
];
for (const child of children) {
  child.on('exit', (code) => {
    if (!shuttingDown) {
      console.error(`A child process exited (code ${code}); stopping everything.`);
      process.kill(process.pid, 'SIGTERM');
    }
  });
}

const base = `http://localhost:${config.API_PORT}`;
console.log(`
IGU Match is starting:
  Web app   ${base}/   (Vite middleware: edits reload live)
  GraphQL   ${base}/graphql
  IDE       ${base}/altair
  Mails     ${mailCatcher ? `${mailCatcher.pageUrl}   (dev catcher: nothing is delivered)` : `SMTP ${config.SMTP_HOST}`}
  Queues    ${base}/admin/queues   (ADMIN: open it from the administration screen)
  Health    ${base}/health/ready   (worker: http://localhost:${config.WORKER_HEALTH_PORT}/health/ready)
  Postgres  ${server ? `embedded on 127.0.0.1:${pgPort}` : 'DATABASE_URL'}   Queue: ${config.REDIS_URL ? 'Redis' : 'PostgreSQL backend'}
Press Ctrl-C to stop.
`);
