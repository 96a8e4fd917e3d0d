import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MatchingJob } from '@igu/matching';
import { generateMatchData, insertMatchData } from '@igu/matching-fixtures';
import { QueueConnection, QueueName } from '@igu/queue';
import { GraphqlClient, login, openTestDataSource, TEST_TODAY, testConfig, type TestDataSource } from '@igu/testing';
import { createClient } from 'graphql-ws';
import type { DataSource, QueryRunner } from 'typeorm';
import { eventually, sleep } from './support/probes.js';
import { killWorkerProcesses, startWorkerProcess, type WorkerProcess } from './support/worker-process.js';

const SHUTDOWN_TIMEOUT_MS = 20_000;
const ADMIN = { email: 'admin@test.example', password: 'bootstrap-admin-password' };

/** A graphql-ws socket held open: `connected` once the server accepted it, `closed` with the close code. */
function openSocket(url: string, authorization: string): { connected: Promise<void>; closed: Promise<number> } {
  let connected!: () => void;
  const connectedPromise = new Promise<void>((resolve) => (connected = resolve));
  const closed = new Promise<number>((resolve) => {
    createClient({
      url,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: () => undefined,
      connectionParams: { authorization },
      on: { connected: () => connected(), closed: (event) => resolve((event as CloseEvent).code) },
    });
  });
  return { connected: connectedPromise, closed };
}
const ENV = { SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS), LEADER_POLL_MS: '200', MATCHING_TOP_K: '20' };

describe('graceful shutdown (SIGTERM) of the API and the worker', () => {
  let db: TestDataSource | undefined;
  let dataSource: DataSource;
  let queues: QueueConnection | undefined;
  let queuePrefix: string;
  const processes: WorkerProcess[] = [];

  const failWith = (error: unknown): never => {
    const outputs = processes.map((child) => `--- pid ${child.pid} output ---\n${child.output()}`);
    throw new Error(`${(error as Error).message}\n${outputs.join('\n')}`, { cause: error });
  };

  beforeAll(async () => {
    db = await openTestDataSource('shutdown-test', { poolSize: 3 });
    dataSource = db.dataSource;
    const config = testConfig(db.database.url);
    queuePrefix = config.QUEUE_PREFIX;
    queues = new QueueConnection(config);
  });

  afterAll(async () => {
    await killWorkerProcesses();
    await queues?.close();
    await db?.close();
  });

  it('API: a request in flight when SIGTERM arrives is answered, open sockets are closed, then the process exits 0', async () => {
    let locker: QueryRunner | undefined;
    try {
      const api = await startWorkerProcess({
        app: 'api',
        databaseUrl: db!.database.url,
        queuePrefix,
        env: { ...ENV, BOOTSTRAP_ADMIN_EMAIL: ADMIN.email, BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password },
      });
      processes.push(api);
      // An open subscription socket must not keep the server from closing.
      const { token } = await login(new GraphqlClient(api.url), ADMIN.email, ADMIN.password);
      const socketClosed = openSocket(`${api.url.replace('http', 'ws')}/graphql`, `Bearer ${token}`);
      await socketClosed.connected;
      // Hold the reference table so the request's query waits in PostgreSQL: in flight, on purpose.
      locker = dataSource.createQueryRunner();
      await locker.startTransaction();
      await locker.query('LOCK TABLE municipality IN ACCESS EXCLUSIVE MODE');
      const request = fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ query: '{ municipalities { code name } }' }),
      });
      await eventually(
        "the API's query to wait for the lock",
        async () => {
          const [{ count }] = await dataSource.query<{ count: number }[]>(
            `SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%municipality%'`,
          );
          return count > 0 ? true : undefined;
        },
        10_000,
      );
      const signalled = Date.now();
      process.kill(api.pid, 'SIGTERM');
      await sleep(1_000);
      let exited = false;
      void api.exited.then(() => (exited = true));
      expect(exited).toBe(false); // still waiting for the request
      await locker.commitTransaction();
      const response = await request;
      expect(response.status).toBe(200);
      const body = (await response.json()) as { data?: { municipalities: unknown[] } };
      expect(body.data?.municipalities.length).toBeGreaterThan(90);
      expect(await api.exited).toEqual({ code: 0, signal: null });
      expect(Date.now() - signalled).toBeLessThan(SHUTDOWN_TIMEOUT_MS);
      expect(await socketClosed.closed).toBeGreaterThanOrEqual(1000); // closed by the server
    } catch (error) {
      failWith(error);
    } finally {
      if (locker?.isTransactionActive) await locker.rollbackTransaction();
      await locker?.release();
    }
  }, 90_000);

  it('worker: a job in flight when SIGTERM arrives finishes, then the process exits 0', async () => {
    try {
      await dataSource.transaction((manager) =>
        insertMatchData(manager, generateMatchData({ candidates: 3_000, positions: 600 }, { today: TEST_TODAY })),
      );
      const worker = await startWorkerProcess({ databaseUrl: db!.database.url, queuePrefix, env: ENV });
      processes.push(worker);
      const queue = queues!.queue(QueueName.MATCHING);
      const job = await queue.add(MatchingJob.FULL_RECOMPUTE, {}, { jobId: 'full-sigterm-test' });
      await eventually(
        'the run to be under way',
        async () => {
          const current = await queue.getJob(job.id!);
          const progress = typeof current?.progress === 'number' ? current.progress : 0;
          if (progress >= 0.95) throw new Error('the run got past its writes before SIGTERM');
          return (await current?.getState()) === 'active' && progress >= 0.15 ? true : undefined;
        },
        30_000,
        20,
      );
      const signalled = Date.now();
      process.kill(worker.pid, 'SIGTERM');
      expect(await worker.exited).toEqual({ code: 0, signal: null });
      expect(Date.now() - signalled).toBeLessThan(SHUTDOWN_TIMEOUT_MS);
      const done = await queue.getJob(job.id!);
      expect(await done?.getState()).toBe('completed');
      expect(done?.processedBy).toMatch(new RegExp(`:${worker.pid}$`));
      expect(done?.attemptsStarted).toBe(1);
    } catch (error) {
      failWith(error);
    }
  }, 90_000);

  it('worker: a job that outlasts SHUTDOWN_TIMEOUT_MS ends the process with 1, and the job returns to the queue for another worker', async () => {
    let locker: QueryRunner | undefined;
    try {
      const env = { ...ENV, SHUTDOWN_TIMEOUT_MS: '1500', QUEUE_LOCK_DURATION_MS: '3000', QUEUE_STALLED_INTERVAL_MS: '1000' };
      // The matching state row held by the test: the run waits for it, in flight, for as long as the test wants.
      locker = dataSource.createQueryRunner();
      await locker.startTransaction();
      await locker.query('SELECT 1 FROM matching_state WHERE id = 1 FOR UPDATE');
      const stuck = await startWorkerProcess({ databaseUrl: db!.database.url, queuePrefix, env });
      processes.push(stuck);
      const queue = queues!.queue(QueueName.MATCHING);
      const job = await queue.add(MatchingJob.FULL_RECOMPUTE, {}, { jobId: 'full-deadline-test' });
      await eventually(
        'the run to be waiting for the state lock',
        async () => ((await queue.getJobState(job.id!)) === 'active' ? true : undefined),
        30_000,
      );
      const signalled = Date.now();
      process.kill(stuck.pid, 'SIGTERM');
      expect(await stuck.exited).toEqual({ code: 1, signal: null });
      const tookMs = Date.now() - signalled;
      expect(tookMs).toBeGreaterThanOrEqual(1_500);
      expect(tookMs).toBeLessThan(6_000);
      await locker.commitTransaction();

      const next = await startWorkerProcess({ databaseUrl: db!.database.url, queuePrefix, env });
      processes.push(next);
      const done = await eventually(
        'another worker to complete the job',
        async () => {
          const current = await queue.getJob(job.id!);
          return (await current?.getState()) === 'completed' ? current : undefined;
        },
        30_000,
        100,
      );
      expect(done.processedBy).toMatch(new RegExp(`:${next.pid}$`));
      expect(done.stalledCounter).toBe(1);
    } catch (error) {
      failWith(error);
    } finally {
      if (locker?.isTransactionActive) await locker.rollbackTransaction();
      await locker?.release();
    }
  }, 90_000);
});
