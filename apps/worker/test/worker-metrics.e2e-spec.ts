import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { MetricsServer } from '@igu/observability';
import { JobHandlerRegistry, QueueConnection, QueueName } from '@igu/queue';
import { createTestDatabase, parsePrometheus, sampleValue, type TestDatabase } from '@igu/testing';
import { DataSource } from 'typeorm';
import { startTestWorker } from './support/test-worker.js';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const CPR_LIKE = /\d{6}-?\d{4}/;

const until = async (check: () => boolean, timeoutMs = 15_000) => {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

describe(`worker metrics (${process.env.REDIS_URL ? 'Redis' : 'PostgreSQL'} queue backend)`, () => {
  let database: TestDatabase;
  let worker: Awaited<ReturnType<typeof startTestWorker>>;
  let done = 0;

  beforeAll(async () => {
    database = await createTestDatabase();
    worker = await startTestWorker(database.url, { WORKER_METRICS_PORT: '0' }, (app) => {
      app.get(JobHandlerRegistry).register({
        queue: QueueName.MAINTENANCE,
        name: 'metrics-probe',
        handle: (job) => {
          done += 1;
          return (job.data as { fail?: boolean }).fail ? Promise.reject(new Error('probe failed')) : Promise.resolve();
        },
      });
    });
  });

  afterAll(async () => {
    await worker.close().catch(() => undefined);
    await database.drop();
  });

  const scrape = async () => (await fetch(`http://127.0.0.1:${worker.app.get(MetricsServer).port}/metrics`)).text();

  it('reports job durations, queue depths and outbox lag, with no id or CPR in any label', async () => {
    const queue = worker.app.get(QueueConnection).queue(QueueName.MAINTENANCE);
    await queue.add('metrics-probe', { candidate: randomUUID() }, { jobId: `probe-${randomUUID()}` });
    await queue.add('metrics-probe', { fail: true }, { attempts: 1 });
    const delayed = await queue.add('metrics-probe', {}, { delay: 60_000 });
    await until(() => done === 2);
    // An outbox event nobody relays yet: a topic without a route stays unpublished.
    await worker.app
      .get(DataSource)
      .query(
        `INSERT INTO outbox_event (topic, aggregate_type, aggregate_id, payload, created_at) VALUES ('test.unrouted', 'test', $1, '{}', now() - interval '90 seconds')`,
        [randomUUID()],
      );

    const job = (outcome: string) =>
      sampleValue(samples, 'queue_job_duration_seconds_count', { queue: 'maintenance', job: 'metrics-probe', outcome });
    // The failed job reaches the queue's failed set, and its duration the metrics, a moment after the handler ran.
    for (let attempt = 0; attempt < 100 && (await queue.getFailedCount()) < 1; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    let samples = parsePrometheus(await scrape());
    for (let attempt = 0; attempt < 40 && job('error') === undefined; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      samples = parsePrometheus(await scrape());
    }
    expect(job('success')).toBe(1);
    expect(job('error')).toBe(1);
    // Other features' job schedulers (e.g. the daily retention run) keep delayed jobs of their own here.
    const counts = await queue.getJobCounts('delayed', 'failed');
    expect(counts.delayed).toBeGreaterThanOrEqual(1);
    expect(sampleValue(samples, 'queue_jobs', { queue: 'maintenance', state: 'delayed' })).toBe(counts.delayed);
    expect(sampleValue(samples, 'queue_jobs', { queue: 'maintenance', state: 'failed' })).toBe(counts.failed);
    expect(counts.failed).toBe(1);
    for (const queue of ['matching', 'notifications', 'maintenance'])
      for (const state of ['waiting', 'active', 'delayed', 'failed'])
        expect(sampleValue(samples, 'queue_jobs', { queue, state })).toBeGreaterThanOrEqual(0);
    expect(sampleValue(samples, 'outbox_lag_seconds', { process: 'worker' })).toBeGreaterThanOrEqual(89);

    const values = samples.flatMap((sample) => Object.values(sample.labels));
    expect(values.filter((value) => UUID.test(value) || CPR_LIKE.test(value))).toEqual([]);
    // A pending delayed job keeps the PostgreSQL backend's timer connection busy while the database is dropped.
    await delayed.remove();
  });
});
