import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JobHandlerRegistry, OutboxRoutes, QueueConnection, QueueName, recordOutboxEvent } from '@igu/queue';
import { createTestDatabase, type TestDatabase } from '@igu/testing';
import { startTestWorker } from './support/test-worker.js';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';

declare module '@igu/queue' {
  interface OutboxEvents {
    'probe.happened': { version?: number };
    'slow.happened': { version?: number };
  }
}

const until = async (check: () => boolean, timeoutMs = 15_000) => {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

describe(`worker process (${process.env.REDIS_URL ? 'Redis' : 'PostgreSQL'} queue backend)`, () => {
  let database: TestDatabase;
  let worker: Awaited<ReturnType<typeof startTestWorker>>;
  const handled: Job[] = [];
  const scheduled: Job[] = [];
  let releaseSlowJob: () => void = () => undefined;
  let slowJobStarted = false;
  let slowJobFinished = false;

  beforeAll(async () => {
    database = await createTestDatabase();
    worker = await startTestWorker(database.url, {}, (app) => {
      const registry = app.get(JobHandlerRegistry);
      registry.register({
        queue: QueueName.MAINTENANCE,
        name: 'probe',
        handle: (job) => {
          handled.push(job);
          return Promise.resolve();
        },
      });
      registry.register({
        queue: QueueName.MAINTENANCE,
        name: 'slow',
        handle: async () => {
          await new Promise<void>((resolve) => {
            releaseSlowJob = resolve;
            slowJobStarted = true;
          });
          slowJobFinished = true;
        },
      });
      registry.register({
        queue: QueueName.NOTIFICATIONS,
        name: 'tick',
        handle: (job) => {
          scheduled.push(job);
          return Promise.resolve();
        },
      });
      registry.schedule({ id: 'test-tick', queue: QueueName.NOTIFICATIONS, name: 'tick', repeat: { every: 300 } });
      app.get(OutboxRoutes).register('probe.happened', { queue: QueueName.MAINTENANCE, jobName: 'probe' });
      app.get(OutboxRoutes).register('slow.happened', { queue: QueueName.MAINTENANCE, jobName: 'slow' });
    });
  });

  afterAll(async () => {
    releaseSlowJob();
    await worker.close().catch(() => undefined);
    await database.drop();
  });

  it('reports ready on its health port and serves nothing else over HTTP', async () => {
    const url = await worker.app.getUrl();
    const ready = await fetch(`${url}/health/ready`);
    expect(await ready.json()).toEqual({ status: 'ok', checks: { database: 'up', queue: 'up' } });
    expect((await fetch(`${url}/graphql`, { method: 'POST' })).status).toBe(404);
  });

  it('turns a committed outbox event into exactly one handled job', async () => {
    const dataSource = worker.app.get(DataSource);
    await dataSource.transaction((manager) =>
      recordOutboxEvent(manager, { topic: 'probe.happened', aggregateType: 'probe', aggregateId: 'p-1' }),
    );
    await until(() => handled.some((job) => job.data.aggregateId === 'p-1'));
    // One job in the queue for the event, completed: no duplicate can still arrive.
    const jobs = (
      await worker.app
        .get(QueueConnection)
        .queue(QueueName.MAINTENANCE)
        .getJobs(['waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed'])
    ).filter((job) => job.data.aggregateId === 'p-1');
    expect(jobs).toHaveLength(1);
    let state = await jobs[0].getState();
    for (const started = Date.now(); state === 'active' && Date.now() - started < 15_000; state = await jobs[0].getState()) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(state).toBe('completed');
    expect(handled.filter((job) => job.data.aggregateId === 'p-1')).toHaveLength(1);
  });

  it('runs registered schedules', async () => {
    await until(() => scheduled.length >= 2);
    const runs = scheduled.slice(0, 2);
    expect(runs.map((job) => job.name)).toEqual(['tick', 'tick']);
    expect(new Set(runs.map((job) => job.id)).size).toBe(2);
    // Both runs come from the one registered schedule.
    expect(runs.map((job) => job.repeatJobKey)).toEqual(['test-tick', 'test-tick']);
  });

  it('lets an in-flight job finish when it shuts down', async () => {
    const dataSource = worker.app.get(DataSource);
    await dataSource.transaction((manager) =>
      recordOutboxEvent(manager, { topic: 'slow.happened', aggregateType: 'probe', aggregateId: 's-1' }),
    );
    await until(() => slowJobStarted);
    const closing = worker.close();
    setTimeout(() => releaseSlowJob(), 200);
    await closing;
    expect(slowJobFinished).toBe(true);
  });
});
