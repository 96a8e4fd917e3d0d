import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { openTestDataSource, testConfig, type TestDataSource } from '@igu/testing';
import type { Job } from 'bullmq';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { QueueConnection } from '../queue-connection.js';
import { QueueName } from '../queue-names.js';
import { recordOutboxEvent } from './outbox.js';
import { OUTBOX_LISTENER_APPLICATION_NAME, OutboxRelay } from './outbox-relay.js';
import { OutboxRoutes } from './outbox-routes.js';

declare module '@igu/queue' {
  interface OutboxEvents {
    'test.changed': { version?: number };
    'test.unrouted': { version?: number };
  }
}

const waitFor = async <T>(probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 15_000): Promise<T> => {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};
const ALL_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed'] as const;
/** The fallback poll in these tests is 60 s away; delivery by NOTIFY must come well within it. */
const NOTIFY_BOUND_MS = 20_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Runs on the PostgreSQL queue backend, or on Redis when REDIS_URL is set (CI runs both).
describe(`outbox relay on the ${process.env.REDIS_URL ? 'Redis' : 'PostgreSQL'} queue backend`, () => {
  let db: TestDataSource;
  let dataSource: DataSource;
  let queues: QueueConnection;
  let relay: OutboxRelay;
  let routes: OutboxRoutes;
  const processed: Job[] = [];
  const commitEvent = (aggregateId: string) =>
    dataSource.transaction((manager) => recordOutboxEvent(manager, { topic: 'test.changed', aggregateType: 'test', aggregateId }));
  const delivered = (aggregateId: string) => () => processed.find((j) => j.data.aggregateId === aggregateId);

  beforeAll(async () => {
    db = await openTestDataSource('outbox-test', { poolSize: 5 });
    dataSource = db.dataSource;
    const config = testConfig(db.database.url);
    queues = new QueueConnection(config);
    expect(queues.kind).toBe(process.env.REDIS_URL ? 'redis' : 'postgres');
    routes = new OutboxRoutes();
    routes.register('test.changed', { queue: QueueName.MAINTENANCE, jobName: 'test-changed' });
    relay = new OutboxRelay(dataSource, queues, routes, pino({ level: 'silent' }), { databaseUrl: db.database.url, pollMs: 20 });
    queues.worker(QueueName.MAINTENANCE, (job) => {
      processed.push(job);
      return Promise.resolve();
    });
  });

  afterAll(async () => {
    await relay.stop();
    await queues.close();
    await db.close();
  });

  it('delivers a committed event as a job with ids only and a job id derived from the row', async () => {
    await dataSource.transaction((manager) =>
      recordOutboxEvent(manager, { topic: 'test.changed', aggregateType: 'test', aggregateId: 'abc', payload: { version: 2 } }),
    );
    expect(await relay.relayOnce()).toBe(1);
    const job = await waitFor(() => processed.find((j) => j.data.aggregateId === 'abc'));
    expect(job.name).toBe('test-changed');
    expect(job.id).toMatch(/^outbox-\d+$/);
    expect(job.data).toEqual({ aggregateId: 'abc', version: 2, outboxId: expect.any(String) });
    const [row] = await dataSource.query('SELECT published_at FROM outbox_event');
    expect(row.published_at).not.toBeNull();
    expect(await relay.relayOnce()).toBe(0);
  });

  it('publishes nothing when the transaction that recorded the event rolls back', async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await recordOutboxEvent(manager, { topic: 'test.changed', aggregateType: 'test', aggregateId: 'rolled-back' });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await relay.relayOnce()).toBe(0);
  });

  it('leaves a row whose topic has no route unpublished, and relays it once its consumer registers', async () => {
    await dataSource.transaction((manager) =>
      recordOutboxEvent(manager, { topic: 'test.unrouted', aggregateType: 'test', aggregateId: 'waits' }),
    );
    expect(await relay.relayOnce()).toBe(0);
    const [row] = await dataSource.query(`SELECT published_at FROM outbox_event WHERE aggregate_id = 'waits'`);
    expect(row.published_at).toBeNull();
    routes.register('test.unrouted', { queue: QueueName.MAINTENANCE, jobName: 'test-unrouted' });
    expect(await relay.relayOnce()).toBe(1);
    expect((await waitFor(delivered('waits'))).name).toBe('test-unrouted');
  });

  it('refuses to start while an expected topic has neither a route nor a no-consumer reason', () => {
    const incomplete = new OutboxRoutes();
    incomplete.expect(['test.changed', 'test.forgotten']);
    incomplete.register('test.changed', { queue: QueueName.MAINTENANCE, jobName: 'test-changed' });
    const unstartable = new OutboxRelay(dataSource, queues, incomplete, pino({ level: 'silent' }), {
      databaseUrl: db.database.url,
      pollMs: 20,
    });
    expect(() => unstartable.start()).toThrow('test.forgotten');
  });

  it('does not enqueue a second job when a row is relayed again after a crash', async () => {
    await dataSource.transaction((manager) =>
      recordOutboxEvent(manager, { topic: 'test.changed', aggregateType: 'test', aggregateId: 'twice' }),
    );
    expect(await relay.relayOnce()).toBe(1);
    await waitFor(() => processed.find((j) => j.data.aggregateId === 'twice'));
    // Simulate a relay that enqueued but died before marking the row.
    await dataSource.query(`UPDATE outbox_event SET published_at = NULL WHERE aggregate_id = 'twice'`);
    expect(await relay.relayOnce()).toBe(1);
    // The job id comes from the row, so the queue holds one job for it, already completed: nothing left to run twice.
    const jobs = (await queues.queue(QueueName.MAINTENANCE).getJobs([...ALL_STATES])).filter((j) => j.data.aggregateId === 'twice');
    expect(jobs).toHaveLength(1);
    await waitFor(async () => ((await jobs[0].getState()) === 'completed' ? true : undefined));
    expect(processed.filter((j) => j.data.aggregateId === 'twice')).toHaveLength(1);
  });

  it('runs continuously once started, in order of commit', async () => {
    relay.start();
    await dataSource.transaction(async (manager) => {
      for (const id of ['r1', 'r2', 'r3']) {
        await recordOutboxEvent(manager, { topic: 'test.changed', aggregateType: 'test', aggregateId: id });
      }
    });
    await waitFor(() => (processed.filter((j) => /^r\d$/.test(j.data.aggregateId)).length === 3 ? true : undefined));
    await relay.stop();
    expect(processed.map((j) => j.data.aggregateId).filter((id) => /^r\d$/.test(id))).toEqual(['r1', 'r2', 'r3']);
  });

  describe('woken by NOTIFY on commit, with the fallback poll a minute away', () => {
    let listening: OutboxRelay;
    // The relay's listening connection once its LISTEN has completed (BullMQ's PostgreSQL
    // backend listens too, hence the application name).
    const listenerPids = async (): Promise<number[]> =>
      (
        await dataSource.query(
          `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1
           AND query = 'LISTEN outbox_event' AND state = 'idle'`,
          [OUTBOX_LISTENER_APPLICATION_NAME],
        )
      ).map((row: { pid: number }) => row.pid);

    beforeAll(async () => {
      listening = new OutboxRelay(dataSource, queues, routes, pino({ level: 'silent' }), {
        databaseUrl: db.database.url,
        pollMs: 60_000,
      });
      listening.start();
      await waitFor(async () => ((await listenerPids()).length === 1 ? true : undefined));
      // Let the catch-up tick after LISTEN finish, so only a notification can deliver what follows.
      await sleep(200);
    });

    afterAll(async () => {
      await listening.stop();
    });

    // Bounds are generous for a loaded machine yet far below the one-minute poll: only NOTIFY can meet them.
    it('turns a committed event into a job well before the fallback poll', async () => {
      await commitEvent('notified');
      await waitFor(delivered('notified'), NOTIFY_BOUND_MS);
    });

    it('reconnects after its listening connection is terminated, and commits are delivered promptly again', async () => {
      const [pid] = await listenerPids();
      await dataSource.query('SELECT pg_terminate_backend($1)', [pid]);
      // Committed while nobody listens: the tick that follows the reconnect picks it up.
      await commitEvent('while-disconnected');
      await waitFor(delivered('while-disconnected'), NOTIFY_BOUND_MS);
      await waitFor(async () => {
        const pids = await listenerPids();
        return pids.length === 1 && pids[0] !== pid ? true : undefined;
      }, NOTIFY_BOUND_MS);
      await sleep(200);
      await commitEvent('after-reconnect');
      await waitFor(delivered('after-reconnect'), NOTIFY_BOUND_MS);
    });
  });
});
