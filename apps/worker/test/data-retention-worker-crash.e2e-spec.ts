import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataProtectionJob } from '@igu/data-protection';
import { generateMatchData, insertMatchData } from '@igu/matching-fixtures';
import { QueueConnection, QueueName } from '@igu/queue';
import { openTestDataSource, TEST_TODAY, testConfig, type TestDataSource } from '@igu/testing';
import type { Queue } from 'bullmq';
import { killWorkerProcesses, startWorkerProcess, type WorkerProcess } from './support/worker-process.js';

// Short locks so a dead worker's job is recovered within seconds; small batches so the kill lands between commits.
const WORKER_ENV = { QUEUE_LOCK_DURATION_MS: '4000', QUEUE_STALLED_INTERVAL_MS: '1000', DATA_RETENTION_BATCH_SIZE: '10' };
const CANDIDATES = 300;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}

/**
 * Issue 19: the retention job survives a killed worker. Every generated
 * candidate is past the retention period; the worker running the job is
 * SIGKILLed between batches, and another worker process picks the stalled
 * job up and finishes: every person pseudonymised exactly once, each with
 * one erasure record, and no half-done person at any point.
 */
describe(`the retention job whose worker process is killed (${process.env.REDIS_URL ? 'Redis' : 'PostgreSQL'} queue backend)`, () => {
  let db: TestDataSource | undefined;
  let queues: QueueConnection | undefined;
  let queue: Queue;
  let queuePrefix: string;
  /** How many the generator made (about CANDIDATES). */
  let total: number;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    db = await openTestDataSource('retention-crash', { poolSize: 4 });
    const data = generateMatchData({ candidates: CANDIDATES, positions: 10 }, { today: TEST_TODAY });
    await db.dataSource.transaction((manager) => insertMatchData(manager, data));
    // Untouched for ten years: all past the five-year period.
    await db.dataSource.query(`UPDATE candidate SET updated_at = CAST($1 AS date) - interval '10 years'`, [TEST_TODAY]);
    [{ total }] = await db.dataSource.query('SELECT count(*)::int AS total FROM candidate');
    const config = testConfig(db.database.url);
    queuePrefix = config.QUEUE_PREFIX;
    queues = new QueueConnection(config);
    queue = queues.queue(QueueName.MAINTENANCE);
  });

  afterAll(async () => {
    await killWorkerProcesses();
    await queues?.close();
    await db?.close();
  });

  const counts = async () => {
    const [row] = await db!.dataSource.query(`SELECT
      (SELECT count(*)::int FROM candidate WHERE pseudonymised_at IS NOT NULL) AS pseudonymised,
      (SELECT count(*)::int FROM personal_data_erasure) AS erasures,
      (SELECT count(*)::int FROM candidate c WHERE (c.pseudonymised_at IS NOT NULL) <> EXISTS
         (SELECT 1 FROM personal_data_erasure e WHERE e.subject_id = c.id)) AS inconsistent`);
    return row as { pseudonymised: number; erasures: number; inconsistent: number };
  };

  it('is picked up by another worker process and pseudonymises everyone exactly once', async () => {
    const startWorker = async () => {
      const worker = await startWorkerProcess({ databaseUrl: db!.database.url, queuePrefix, env: WORKER_ENV, readyTimeoutMs: 30_000 });
      workers.push(worker);
      return worker;
    };
    try {
      const first = await startWorker();
      const job = await queue.add(DataProtectionJob.RETENTION, {}, { jobId: 'retention-crash-test' });
      await eventually(
        'the first worker to be part-way through',
        async () => {
          const { pseudonymised } = await counts();
          if (pseudonymised >= total) throw new Error('the run finished before it could be killed');
          return pseudonymised >= 50 ? true : undefined;
        },
        60_000,
        10,
      );
      expect(await first.kill('SIGKILL')).toEqual({ code: null, signal: 'SIGKILL' });
      const afterKill = await counts();
      expect(afterKill.pseudonymised).toBeLessThan(total);
      expect(afterKill.inconsistent).toBe(0); // batches commit whole: no person half done
      expect(afterKill.erasures).toBe(afterKill.pseudonymised);

      const second = await startWorker();
      const done = await eventually(
        'the job to complete',
        async () => {
          const current = await queue.getJob(job.id!);
          const state = await current?.getState();
          if (state === 'failed') throw new Error(`the job failed: ${current?.failedReason}`);
          return state === 'completed' && current?.finishedOn ? current : undefined;
        },
        90_000,
        100,
      );
      expect(done.processedBy).toMatch(new RegExp(`:${second.pid}$`));
      expect(done.attemptsStarted).toBe(2);
      expect(total).toBeGreaterThanOrEqual(CANDIDATES);
      expect(await counts()).toEqual({ pseudonymised: total, erasures: total, inconsistent: 0 });
      const [{ left }] = await db!.dataSource.query(
        `SELECT count(*)::int AS left FROM candidate WHERE full_name_encrypted IS NOT NULL OR cpr_index IS NOT NULL`,
      );
      expect(left).toBe(0);
    } catch (error) {
      const outputs = workers.map((worker, i) => `--- worker ${i + 1} (pid ${worker.pid}) output ---\n${worker.output()}`);
      throw new Error(`${(error as Error).message}\n${outputs.join('\n')}`, { cause: error });
    }
  }, 180_000);
});
