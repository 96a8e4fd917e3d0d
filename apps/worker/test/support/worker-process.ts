import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { TEST_SECRETS, TEST_TODAY } from '@igu/testing';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const ENTRIES = {
  worker: fileURLToPath(new URL('./worker-process-entry.ts', import.meta.url)),
  api: fileURLToPath(new URL('../../../api/test/support/api-process-entry.ts', import.meta.url)),
};
const OUTPUT_KEPT = 20_000;

export interface WorkerProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** The real worker (or API) entry in a child process of its own, from the TypeScript sources. */
export interface WorkerProcess {
  readonly pid: number;
  /** Base URL of its health endpoint. */
  readonly url: string;
  /** Settles when the process has exited. */
  readonly exited: Promise<WorkerProcessExit>;
  /** The last of what it wrote to stdout and stderr (for failure messages). */
  output(): string;
  /** Sends `signal` and waits (bounded) until the process is gone. */
  kill(signal?: NodeJS.Signals, timeoutMs?: number): Promise<WorkerProcessExit>;
  /** SIGTERM (graceful shutdown), then SIGKILL if it has not exited within `graceMs`. */
  stop(graceMs?: number): Promise<WorkerProcessExit>;
}

export interface WorkerProcessOptions {
  /** Which process: the worker (default) or the API (then `url` is the API's base URL). */
  app?: 'worker' | 'api';
  databaseUrl: string;
  /** Must be the producer's prefix (Redis backend). */
  queuePrefix: string;
  /** More environment variables (any of `.env.example`). */
  env?: Record<string, string>;
  readyTimeoutMs?: number;
}

/** Started by this module and not yet exited (ready or still starting). */
const running = new Set<WorkerProcess>();

/** SIGKILLs every worker process started here that is still running, ready or not (for afterAll). */
export async function killWorkerProcesses(): Promise<void> {
  await Promise.all([...running].map((worker) => worker.kill('SIGKILL').catch(() => undefined)));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
    }),
  ]);
}

/**
 * Starts the real worker (`apps/worker/src/main.ts`: config from the
 * environment, Nest, BullMQ workers, outbox relay, health endpoint) in a child
 * Node process that runs the TypeScript sources through `@swc-node/register`
 * (SWC with the tsconfig's decorator settings and `@igu/*` paths; no build
 * step), and resolves once its health endpoint reports ready. Its environment
 * is built here (test secrets, the given database and queue prefix, Redis when
 * REDIS_URL is set), not inherited. Call killWorkerProcesses() in afterAll, which
 * also ends those still starting; should the test process die first, the child
 * exits by itself (its IPC channel closes).
 */
export async function startWorkerProcess(options: WorkerProcessOptions): Promise<WorkerProcess> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await spawnWorker(options);
    } catch (error) {
      // Another process may take the free port between our probe and the worker's listen.
      if (attempt < 3 && error instanceof Error && error.message.includes('EADDRINUSE')) continue;
      throw error;
    }
  }
}

async function spawnWorker(options: WorkerProcessOptions): Promise<WorkerProcess> {
  const port = await freePort();
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    ...(process.env.HOME ? { HOME: process.env.HOME } : {}),
    ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
    TZ: 'UTC',
    SWC_NODE_PROJECT: `${ROOT}tsconfig.json`,
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
    API_HOST: '127.0.0.1',
    [options.app === 'api' ? 'API_PORT' : 'WORKER_HEALTH_PORT']: String(port),
    DATABASE_URL: options.databaseUrl,
    DATABASE_POOL_SIZE: '5',
    REDIS_URL: process.env.REDIS_URL ?? '',
    QUEUE_PREFIX: options.queuePrefix,
    OUTBOX_POLL_MS: '20',
    CLOCK_TODAY: TEST_TODAY,
    ...TEST_SECRETS,
    ...options.env,
  };
  const child = spawn(
    process.execPath,
    ['--enable-source-maps', '--import', '@swc-node/register/esm-register', ENTRIES[options.app ?? 'worker']],
    {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    },
  );
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-OUTPUT_KEPT);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<WorkerProcessExit>((resolve) => {
    child.once('exit', (code, signal) => {
      running.delete(worker);
      resolve({ code, signal });
    });
  });
  const spawnFailed = once(child, 'spawn').then(
    () => undefined,
    (error: unknown) => error as Error, // a child process's 'error' event carries an Error
  );
  const url = `http://127.0.0.1:${port}`;

  const kill = async (signal: NodeJS.Signals = 'SIGKILL', timeoutMs = 10_000): Promise<WorkerProcessExit> => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return withTimeout(exited, timeoutMs, `worker process ${child.pid} to exit after ${signal}`);
  };
  const worker: WorkerProcess = {
    pid: child.pid ?? -1,
    url,
    exited,
    output: () => output,
    kill,
    async stop(graceMs = 10_000) {
      try {
        return await kill('SIGTERM', graceMs);
      } catch {
        return kill('SIGKILL');
      }
    },
  };
  running.add(worker);

  try {
    const error = await spawnFailed;
    if (error) throw error;
    await waitUntilReady(url, exited, options.readyTimeoutMs ?? 60_000);
    return worker;
  } catch (error) {
    await kill('SIGKILL').catch(() => undefined);
    running.delete(worker);
    throw new Error(`worker process did not become ready: ${(error as Error).message}\n--- its output ---\n${output}`, { cause: error });
  }
}

async function waitUntilReady(url: string, exited: Promise<WorkerProcessExit>, timeoutMs: number): Promise<void> {
  let exit: WorkerProcessExit | undefined;
  void exited.then((value) => (exit = value));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exit) throw new Error(`it exited (code ${exit.code}, signal ${exit.signal})`);
    try {
      const response = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`not ready after ${timeoutMs} ms`);
    await sleep(100);
  }
}
