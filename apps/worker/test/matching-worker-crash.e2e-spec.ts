import { FixedDayClock } from '@igu/clock';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TEST_TODAY } from '@igu/testing';
import { MatchingJob, MatchingService } from '@igu/matching';
import { generateMatchData, insertMatchData } from '@igu/matching-fixtures';
import { QueueConnection, QueueName } from '@igu/queue';
import { openTestDataSource, testConfig, type TestDataSource } from '@igu/testing';
import { eventually, storedMatches } from './support/probes.js';
import { startWorkerProcess, killWorkerProcesses, type WorkerProcess } from './support/worker-process.js';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';

// Large enough that a full run in a worker process takes a few seconds (most of
// it writing the matches), small enough to keep this file well under a minute.
const SIZE = { candidates: 3_000, positions: 600 };
const TOP_K = '20';
// Short locks so a dead worker's job is recovered within seconds (production: 30 s).
const WORKER_ENV = { MATCHING_TOP_K: TOP_K, QUEUE_LOCK_DURATION_MS: '4000', QUEUE_STALLED_INTERVAL_MS: '1000' };
const WORKER_APPLICATION_NAME = 'igu-worker'; // the worker's pool, as seen in pg_stat_activity

describe(`a full matching run whose worker process is killed (${process.env.REDIS_URL ? 'Redis' : 'PostgreSQL'} queue backend)`, () => {
  let db: TestDataSource | undefined;
  let dataSource: DataSource;
  let queues: QueueConnection | undefined;
  let queuePrefix: string;
  let queue: Queue;
  let uninterrupted: Record<string, unknown[]>;
  let uninterruptedCounts: { positionLists: number; candidateLists: number };
  const workers: WorkerProcess[] = [];
  const timings: Record<string, number> = {};
  let started = Date.now();
  const lap = (name: string) => {
    timings[name] = Date.now() - started;
    started = Date.now();
  };

  const startWorker = async () => {
    const worker = await startWorkerProcess({ databaseUrl: db!.database.url, queuePrefix, env: WORKER_ENV, readyTimeoutMs: 30_000 });
    workers.push(worker);
    return worker;
  };
  const failWith = (error: unknown): never => {
    const outputs = workers.map((worker, i) => `--- worker ${i + 1} (pid ${worker.pid}) output ---\n${worker.output()}`);
    throw new Error(`${(error as Error).message}\n${outputs.join('\n')}`, { cause: error });
  };

  beforeAll(async () => {
    db = await openTestDataSource('crash-test', { poolSize: 4 });
    dataSource = db.dataSource;
    const config = testConfig(db.database.url, { MATCHING_TOP_K: TOP_K });
    await dataSource.transaction((manager) => insertMatchData(manager, generateMatchData(SIZE, { today: TEST_TODAY })));
    lap('insert data');
    // The reference: an uninterrupted full run (same code and settings as the workers), then a clean slate.
    uninterruptedCounts = await new MatchingService(dataSource, config, new FixedDayClock(TEST_TODAY)).fullRun();
    uninterrupted = await storedMatches(dataSource);
    await dataSource.query('DELETE FROM position_match_list; DELETE FROM candidate_match_list');
    lap('uninterrupted run');
    queuePrefix = config.QUEUE_PREFIX;
    queues = new QueueConnection(config);
    queue = queues.queue(QueueName.MATCHING);
  });

  afterAll(async () => {
    // Every child process ends here, whatever happened, even one still starting.
    await killWorkerProcesses();
    lap('kill workers');
    await queues?.close();
    await db?.close();
    if (process.env.TEST_TIMINGS) console.log(timings);
  });

  it('is picked up by another worker process, completes, and stores what an uninterrupted run stores', async () => {
    expect(uninterrupted.candidate_match_list.length).toBeGreaterThan(2_000);
    try {
      const first = await startWorker();
      lap('start worker 1');
      const job = await queue.add(MatchingJob.FULL_RECOMPUTE, {}, { jobId: 'full-crash-test' });

      // Kill the first worker in the middle of the run: after it loaded the records (progress
      // 0.15), before it wrote and committed (0.95); the run is one transaction.
      const midway = await eventually(
        'the first worker to be writing the matches',
        async () => {
          const current = await queue.getJob(job.id!);
          const state = await current?.getState();
          if (state === 'completed' || state === 'failed') throw new Error(`the run ended (${state}) before it could be killed`);
          const progress = typeof current?.progress === 'number' ? current.progress : 0;
          if (progress >= 0.95) throw new Error('the run got past its writes before it could be killed');
          return state === 'active' && progress >= 0.15 ? current : undefined;
        },
        30_000,
        20,
      );
      expect(midway.processedBy).toMatch(new RegExp(`:${first.pid}$`));
      expect(await first.kill('SIGKILL')).toEqual({ code: null, signal: 'SIGKILL' });
      lap('run under way, killed');

      // Its database sessions are gone and its transaction rolled back: nothing of the run is
      // stored, and the job is still active (its lock has not expired yet), finished by no one.
      await eventually(
        "the killed worker's database sessions to end",
        async () => {
          const [{ count }] = await dataSource.query(
            'SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1',
            [WORKER_APPLICATION_NAME],
          );
          return count === 0 ? true : undefined;
        },
        15_000,
      );
      expect(await storedMatches(dataSource)).toEqual({ position_match_list: [], candidate_match_list: [] });
      expect(await queue.getJobState(job.id!)).toBe('active');
      lap('rolled back');

      // A second worker process finds the stalled job (its lock expired), runs it again and completes it.
      const second = await startWorker();
      lap('start worker 2');
      const done = await eventually(
        'the job to complete',
        async () => {
          const current = await queue.getJob(job.id!);
          const state = await current?.getState();
          if (state === 'failed') throw new Error(`the job failed: ${current?.failedReason}`);
          return state === 'completed' && current?.finishedOn ? current : undefined;
        },
        45_000,
        100,
      );
      lap('recovered run');
      expect(done.processedBy).toMatch(new RegExp(`:${second.pid}$`));
      expect(done.stalledCounter).toBe(1); // moved back to wait once, by the stalled-job check
      expect(done.attemptsStarted).toBe(2);
      expect(done.returnvalue).toEqual(uninterruptedCounts);
      expect(await storedMatches(dataSource)).toEqual(uninterrupted);
    } catch (error) {
      failWith(error);
    }
  }, 150_000);
});
