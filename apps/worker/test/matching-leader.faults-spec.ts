import { FixedDayClock } from '@igu/clock';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MatchingJob, MatchingService } from '@igu/matching';
import { generateMatchData, insertMatchData } from '@igu/matching-fixtures';
import { QueueConnection, QueueName } from '@igu/queue';
import { openTestDataSource, TEST_TODAY, testConfig, type TestDataSource } from '@igu/testing';
import type { Job, Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { eventually, leaderPid, storedMatches } from './support/probes.js';
import { killWorkerProcesses, startWorkerProcess, type WorkerProcess } from './support/worker-process.js';

// A full run takes a few seconds in a worker process: long enough to kill it midway.
const SIZE = { candidates: 3_000, positions: 600 };
const TOP_K = '20';
const LEADER_POLL_MS = 500;
// Short locks so the dead leader's jobs are recovered within seconds (production: 30 s).
const WORKER_ENV = {
  MATCHING_TOP_K: TOP_K,
  LEADER_POLL_MS: String(LEADER_POLL_MS),
  QUEUE_LOCK_DURATION_MS: '4000',
  QUEUE_STALLED_INTERVAL_MS: '1000',
};

describe('matching with two worker processes: one leader, a standby that takes over when it is killed', () => {
  let db: TestDataSource | undefined;
  let dataSource: DataSource;
  let queues: QueueConnection | undefined;
  let queuePrefix: string;
  let queue: Queue;
  let candidateIds: string[];
  const workers: WorkerProcess[] = [];

  const failWith = (error: unknown): never => {
    const outputs = workers.map((worker) => `--- worker pid ${worker.pid} output ---\n${worker.output()}`);
    throw new Error(`${(error as Error).message}\n${outputs.join('\n')}`, { cause: error });
  };
  const settled = (jobs: Job[], timeoutMs: number) =>
    eventually(
      'the jobs to complete',
      async () => {
        const current = await Promise.all(jobs.map((job) => queue.getJob(job.id!)));
        const states = await Promise.all(current.map((job) => job?.getState() ?? Promise.resolve(undefined)));
        const failed = current.find((job, i) => states[i] === 'failed');
        if (failed) throw new Error(`job ${failed.id} failed: ${failed.failedReason}`);
        return states.every((state) => state === 'completed') ? (current as Job[]) : undefined;
      },
      timeoutMs,
      100,
    );

  beforeAll(async () => {
    db = await openTestDataSource('leader-test', { poolSize: 4 });
    dataSource = db.dataSource;
    const config = testConfig(db.database.url, { MATCHING_TOP_K: TOP_K });
    const data = generateMatchData(SIZE, { today: TEST_TODAY });
    await dataSource.transaction((manager) => insertMatchData(manager, data));
    candidateIds = (await dataSource.query<{ id: string }[]>('SELECT id FROM candidate ORDER BY id LIMIT 12')).map((row) => row.id);
    queuePrefix = config.QUEUE_PREFIX;
    queues = new QueueConnection(config);
    queue = queues.queue(QueueName.MATCHING);
  });

  afterAll(async () => {
    await killWorkerProcesses();
    await queues?.close();
    await db?.close();
  });

  it('runs matching jobs on the leader only; after SIGKILL the standby takes over within seconds and stores what a full recompute stores', async () => {
    try {
      for (let i = 0; i < 2; i++) workers.push(await startWorkerProcess({ databaseUrl: db!.database.url, queuePrefix, env: WORKER_ENV }));
      const leader = await eventually('a leader', () => leaderPid(dataSource), 10_000);
      const first = workers.find((worker) => worker.pid === leader);
      const standby = workers.find((worker) => worker.pid !== leader)!;
      expect(first).toBeDefined();

      // While both run, every matching job is the leader's (the first one is a full run: no state yet).
      const warmUp = await Promise.all(
        candidateIds
          .slice(0, 4)
          .map((candidateId, i) => queue.add(MatchingJob.CANDIDATE_CHANGED, { candidateId }, { jobId: `warm-up-${i}` })),
      );
      for (const job of await settled(warmUp, 60_000)) expect(job.processedBy).toMatch(new RegExp(`:${leader}$`));

      // A full run and changes queued behind it; the leader is killed in the middle of the run.
      const full = await queue.add(MatchingJob.FULL_RECOMPUTE, {}, { jobId: 'full-leader-test' });
      const changes = await Promise.all(
        candidateIds.slice(4).map((candidateId, i) => queue.add(MatchingJob.CANDIDATE_CHANGED, { candidateId }, { jobId: `change-${i}` })),
      );
      await eventually(
        'the leader to be writing the full run',
        async () => {
          const current = await queue.getJob(full.id!);
          const state = await current?.getState();
          if (state === 'completed' || state === 'failed') throw new Error(`the run ended (${state}) before it could be killed`);
          const progress = typeof current?.progress === 'number' ? current.progress : 0;
          return state === 'active' && progress >= 0.15 ? true : undefined;
        },
        30_000,
        20,
      );
      expect(await first!.kill('SIGKILL')).toEqual({ code: null, signal: 'SIGKILL' });
      const killedAt = Date.now();

      // Its lock connection is gone with it: the standby holds the lock within a few polls.
      await eventually('the standby to lead', async () => ((await leaderPid(dataSource)) === standby.pid ? true : undefined), 10_000, 50);
      const takeoverMs = Date.now() - killedAt;
      expect(takeoverMs).toBeLessThan(5_000);

      // It finishes the killed run (found stalled once its lock expired) and the changes queued behind it.
      const done = await settled([full, ...changes], 60_000);
      expect(done[0].processedBy).toMatch(new RegExp(`:${standby.pid}$`));
      expect(done[0].attemptsStarted).toBe(2);
      for (const job of done) expect(job.processedBy).toMatch(new RegExp(`:${standby.pid}$`));

      // What is stored equals a full recompute over the same records, in this process.
      const stored = await storedMatches(dataSource);
      expect(stored.candidate_match_list.length).toBeGreaterThan(2_000);
      const config = testConfig(db!.database.url, { MATCHING_TOP_K: TOP_K });
      await new MatchingService(dataSource, config, new FixedDayClock(TEST_TODAY)).fullRun();
      expect(stored).toEqual(await storedMatches(dataSource));
    } catch (error) {
      failWith(error);
    }
  }, 180_000);
});
