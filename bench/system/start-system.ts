/**
 * Starts the built API and worker as child processes against an already
 * migrated database (the API and the worker never migrate), with secrets
 * generated for the run, free ports and logs to a file; like scripts/dev.ts.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_VARIABLES, loadConfig } from '@igu/config';
import { Redis } from 'ioredis';
import { freePort } from '../../tools/embedded-postgres.mjs';
import { sleep } from './graphql-client.js';
import { WORKER_NODE_FLAGS } from '../../tools/worker-node-flags.mjs';
import { stopChild } from '../../tools/stop-child.mjs';

export interface StartSystemOptions {
  /** The application database, migrated and seeded (`setupDatabase`) by the caller. */
  databaseUrl: string;
  /** BullMQ on Redis when given (each run gets its own QUEUE_PREFIX); otherwise BullMQ's PostgreSQL backend. */
  redisUrl?: string;
  /** Extra or overriding configuration for both processes (e.g. OUTBOX_POLL_MS, LOG_LEVEL, MATCHING_TOP_K). */
  env?: Record<string, string>;
  /** Where both processes' output goes (appended); default a new file in the OS temp directory. */
  logFile?: string;
  /** How long to wait for both /health/ready endpoints. */
  readyTimeoutMs?: number;
  /** Start the worker too (default); the API benchmark runs the API alone, so no worker polls the database. */
  worker?: boolean;
  /** Node flags of the API process instead of `--enable-source-maps` alone (e.g. `--cpu-prof`). */
  apiNodeFlags?: string[];
}

export interface RunningSystem {
  /** http://127.0.0.1:<port>/graphql */
  graphqlUrl: string;
  apiUrl: string;
  workerUrl: string;
  apiPid: number;
  /** 0 when started without a worker. */
  workerPid: number;
  databaseUrl: string;
  redisUrl?: string;
  queuePrefix: string;
  /** The bootstrap ADMIN created by the API on start-up. */
  admin: { email: string; password: string };
  logFile: string;
  /** Configuration given to both processes, secrets left out; variables not given are absent. */
  config: Partial<Record<string, string>>;
  /** SIGTERM to both (SIGKILL after 10 s), then the run's Redis keys are deleted. Idempotent. */
  stop: () => Promise<void>;
}

const SECRET_VARIABLES = ['JWT_SECRET', 'PII_ENCRYPTION_KEYS', 'PII_BLIND_INDEX_KEY', 'BOOTSTRAP_ADMIN_PASSWORD'];

export async function startSystem(options: StartSystemOptions): Promise<RunningSystem> {
  const [apiPort, workerPort] = [await freePort(), await freePort()];
  const queuePrefix = `bench_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = { email: 'bench-admin@bench.test', password: randomBytes(18).toString('base64url') };
  const config: Record<string, string> = {
    NODE_ENV: 'production',
    API_HOST: '127.0.0.1',
    API_PORT: String(apiPort),
    WORKER_HEALTH_PORT: String(workerPort),
    DATABASE_URL: options.databaseUrl,
    ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
    QUEUE_PREFIX: queuePrefix,
    LOG_LEVEL: 'info',
    // Long enough for a national run: the benchmark signs in once.
    JWT_TTL_SECONDS: String(24 * 3600),
    JWT_SECRET: randomBytes(48).toString('base64'),
    PII_ENCRYPTION_KEYS: `bench1:${randomBytes(32).toString('base64')}`,
    PII_ACTIVE_KEY_ID: 'bench1',
    PII_BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
    BOOTSTRAP_ADMIN_EMAIL: admin.email,
    BOOTSTRAP_ADMIN_PASSWORD: admin.password,
    // The benchmark drives one IP and one user far past any real client: whole-API limits off.
    API_RATE_LIMIT_PER_IP: '0',
    API_RATE_LIMIT_PER_USER: '0',
    ...options.env,
  };
  loadConfig(config); // a bad value fails here, once, not in two children
  // The children see only this configuration, never configuration inherited from the caller's shell.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !CONFIG_VARIABLES.includes(name)));
  const env = { ...inherited, ...config };

  const logFile = options.logFile ?? join(tmpdir(), `igu-system-${queuePrefix}.log`);
  const out = openSync(logFile, 'a');
  // This file runs as dist/bench/system/start-system.js, beside the built apps.
  const fromDist = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
  const launch = (script: string, flags = ['--enable-source-maps']) =>
    spawn(process.execPath, [...flags, fromDist(script)], { cwd: fromDist('..'), env, stdio: ['ignore', out, out] });
  const api = launch('apps/api/src/main.js', ['--enable-source-maps', ...(options.apiNodeFlags ?? [])]);
  const worker = options.worker === false ? undefined : launch('apps/worker/src/main.js', WORKER_NODE_FLAGS);
  closeSync(out);
  const children = worker ? [api, worker] : [api];
  const killOnExit = () => children.forEach((child) => child.exitCode === null && child.kill('SIGKILL'));
  process.once('exit', killOnExit);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      process.off('exit', killOnExit);
      await Promise.all(children.map((child) => stopChild(child)));
      if (options.redisUrl) await deleteRedisKeys(options.redisUrl, queuePrefix);
    })());

  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const workerUrl = `http://127.0.0.1:${workerPort}`;
  try {
    const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000);
    await Promise.all([
      waitReady(`${apiUrl}/health/ready`, api, deadline, logFile),
      ...(worker ? [waitReady(`${workerUrl}/health/ready`, worker, deadline, logFile)] : []),
    ]);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    graphqlUrl: `${apiUrl}/graphql`,
    apiUrl,
    workerUrl,
    apiPid: api.pid!,
    workerPid: worker?.pid ?? 0,
    databaseUrl: options.databaseUrl,
    redisUrl: options.redisUrl,
    queuePrefix,
    admin,
    logFile,
    config: Object.fromEntries(Object.entries(config).filter(([name]) => !SECRET_VARIABLES.includes(name))),
    stop,
  };
}

async function waitReady(url: string, child: ChildProcess, deadline: number, logFile: string): Promise<void> {
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`A process exited (${child.exitCode ?? child.signalCode}) before ${url} was ready; see ${logFile}`);
    }
    const ok = await fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await sleep(100);
  }
  throw new Error(`${url} not ready in time; see ${logFile}`);
}

/** Removes the run's BullMQ keys (`<prefix>:*`); bounded by iterations. */
async function deleteRedisKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    for (let i = 0; i < 100_000; i++) {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length) await redis.unlink(...keys);
      cursor = next;
      if (cursor === '0') break;
    }
  } finally {
    redis.disconnect();
  }
}

/**
 * Makes sure a Redis answers at `redisUrl`; if none does and it is a local one,
 * starts `redis-server` daemonised without persistence (it is left running).
 */
export async function ensureRedis(redisUrl = 'redis://127.0.0.1:6379'): Promise<void> {
  const ping = async () => {
    const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    redis.on('error', () => undefined);
    try {
      await redis.connect();
      await redis.ping(); // answers PONG or rejects
      return true;
    } catch {
      return false;
    } finally {
      redis.disconnect();
    }
  };
  if (await ping()) return;
  const { hostname, port } = new URL(redisUrl);
  if (hostname !== '127.0.0.1' && hostname !== 'localhost') throw new Error(`No Redis answers at ${redisUrl}`);
  const args = ['--daemonize', 'yes', '--bind', '127.0.0.1', '--port', port || '6379', '--save', '', '--appendonly', 'no'];
  await new Promise<void>((resolve, reject) => {
    const child = spawn('redis-server', args, { stdio: 'ignore' });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`redis-server exited with ${code}`))));
  });
  for (let i = 0; i < 50; i++) {
    if (await ping()) return;
    await sleep(100);
  }
  throw new Error(`Started redis-server, but ${redisUrl} does not answer`);
}
