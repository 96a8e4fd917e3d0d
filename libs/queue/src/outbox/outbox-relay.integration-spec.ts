import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createAppDataSource } from '@igu/data-source';
import { createTestDatabase, testConfig, type TestDatabase } from '@igu/testing';
import type { Job } from 'bullmq';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { QueueConnection } from '../queue-connection.js';
import { QueueName } from '../queue-names.js';
import { recordOutboxEvent } from './outbox.js';
import { OutboxRelay } from './outbox-relay.js';
import { OutboxRoutes } from './outbox-routes.js';

const waitFor = async <T>(probe: () => T | undefined, timeoutMs = 15_000): Promise<T> => {
  const started = Date.now();
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

// Runs on the PostgreSQL queue backend, or on Redis when REDIS_URL is set (CI runs both).
describe(`outbox relay on the ${process.env.REDIS_URL ? 'Redis' : 'PostgreSQL'} queue backend`, () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let queues: QueueConnection;
  let relay: OutboxRelay;
  const processed: Job[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = testConfig(database.url);
    dataSource = createAppDataSource(config, 'outbox-test');
    await dataSource.initialize();
    queues = new QueueConnection(config);
    expect(queues.kind).toBe(process.env.REDIS_URL ? 'redis' : 'postgres');
    const routes = new OutboxRoutes();
    routes.register('test.changed', { queue: QueueName.MAINTENANCE, jobName: 'test-changed' });
    relay = new OutboxRelay(dataSource, queues, routes, pino({ level: 'silent' }), 20);
    queues.worker(QueueName.MAINTENANCE, async (job) => {
      processed.push(job);
    });
  });

  afterAll(async () => {
    await relay.stop();
    await queues.close();
    await dataSource.destroy();
    await database.drop();
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

  it('does not enqueue a second job when a row is relayed again after a crash', async () => {
    await dataSource.transaction((manager) =>
      recordOutboxEvent(manager, { topic: 'test.changed', aggregateType: 'test', aggregateId: 'twice' }),
    );
    expect(await relay.relayOnce()).toBe(1);
    await waitFor(() => processed.find((j) => j.data.aggregateId === 'twice'));
    // Simulate a relay that enqueued but died before marking the row.
    await dataSource.query(`UPDATE outbox_event SET published_at = NULL WHERE aggregate_id = 'twice'`);
    expect(await relay.relayOnce()).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
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
  });
});
