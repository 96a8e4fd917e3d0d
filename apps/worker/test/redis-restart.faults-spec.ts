import { FixedDayClock } from '@igu/clock';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MatchingService } from '@igu/matching';
import { generateMatchData, insertMatchData } from '@igu/matching-fixtures';
import { QueueConnection, QueueName } from '@igu/queue';
import { GraphqlClient, openTestDataSource, TEST_TODAY, testConfig, type TestDataSource } from '@igu/testing';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Queue } from 'bullmq';
import { freePort } from '../../../tools/embedded-postgres.mjs';
import { candidateInput } from '../../api/test/support/candidates.js';
import { ProposalLoad } from '../../api/test/support/fault-load.js';
import { eventually, sleep, storedMatches } from './support/probes.js';
import { killWorkerProcesses, startWorkerProcess, type WorkerProcess } from './support/worker-process.js';

const ADMIN = { email: 'admin@test.example', password: 'bootstrap-admin-password' };
const OUTAGE_MS = 6_000;
const TOP_K = '20';
const hasRedis = spawnSync('redis-server', ['--version']).status === 0;
if (!hasRedis) console.warn('redis-restart.faults-spec: redis-server is not installed here; the Redis restart test is skipped.');

/** A Redis of this test's own, persisting to an append-only file in `dir`, so a restart keeps the queue. */
async function startRedis(port: number, dir: string): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--appendfsync', 'always', '--save', ''],
    { stdio: 'ignore' },
  );
  await eventually(
    'redis-server to answer',
    () =>
      Promise.resolve(
        spawnSync('redis-cli', ['-p', String(port), 'ping'])
          .stdout.toString()
          .trim() === 'PONG'
          ? true
          : undefined,
      ),
    10_000,
    100,
  );
  return child;
}

async function stopRedis(child: ChildProcess): Promise<void> {
  const exited = once(child, 'exit');
  child.kill('SIGTERM'); // Redis's orderly shutdown: the append-only file is flushed
  await exited;
}

/** `/health/ready`'s body, or undefined when it does not answer. */
async function readiness(url: string): Promise<{ status: number; checks?: Record<string, string> } | undefined> {
  try {
    const response = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(5_000) });
    const body = (await response.json()) as { checks?: Record<string, string> };
    return { status: response.status, checks: body.checks };
  } catch {
    return undefined;
  }
}

(hasRedis ? describe : describe.skip)('Redis restarted with jobs pending (Redis queue backend, append-only file)', () => {
  let db: TestDataSource | undefined;
  let dir: string;
  let redisPort: number;
  let redis: ChildProcess | undefined;
  let queues: QueueConnection | undefined;
  const processes: WorkerProcess[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'igu-faults-redis-'));
    redisPort = await freePort();
    redis = await startRedis(redisPort, dir);
    db = await openTestDataSource('redis-restart-test', { poolSize: 3 });
    // Enough records that matching jobs take a while: some are pending when Redis stops.
    await db.dataSource.transaction((manager) =>
      insertMatchData(manager, generateMatchData({ candidates: 2_000, positions: 400 }, { today: TEST_TODAY })),
    );
  }, 120_000);

  afterAll(async () => {
    await killWorkerProcesses();
    await queues?.close();
    if (redis && redis.exitCode === null) await stopRedis(redis);
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('mutations keep working (request limits counting in PostgreSQL) and readiness reports the queue down during the outage; afterwards the relay resumes, the queue drains and no job is lost', async () => {
    const redisUrl = `redis://127.0.0.1:${redisPort}`;
    const queuePrefix = `t${randomBytes(4).toString('hex')}`;
    const env = {
      REDIS_URL: redisUrl,
      MATCHING_TOP_K: TOP_K,
      QUEUE_LOCK_DURATION_MS: '4000',
      QUEUE_STALLED_INTERVAL_MS: '1000',
      LEADER_POLL_MS: '500',
    };
    const config = testConfig(db!.database.url, { ...env, QUEUE_PREFIX: queuePrefix });
    try {
      const worker = await startWorkerProcess({ databaseUrl: db!.database.url, queuePrefix, env });
      const api = await startWorkerProcess({
        app: 'api',
        databaseUrl: db!.database.url,
        queuePrefix,
        env: {
          ...env,
          BOOTSTRAP_ADMIN_EMAIL: ADMIN.email,
          BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
          // Every request is counted (in Redis): the outage must not stop them.
          API_RATE_LIMIT_PER_IP: '1000000',
          API_RATE_LIMIT_PER_USER: '1000000',
        },
      });
      processes.push(worker, api);
      queues = new QueueConnection(config);
      const queue: Queue = queues.queue(QueueName.MATCHING);
      queue.on('error', () => undefined); // this test's own producer loses Redis too, on purpose

      const load = await ProposalLoad.prepare(new GraphqlClient(api.url), db!.dataSource, ADMIN, () => candidateInput());
      load.start(20);
      // The first matching job is a full run (the worker has no state yet); the changes queue behind it.
      const pending = await eventually(
        'matching jobs to be waiting',
        async () => {
          const counts = await queue.getJobCounts('waiting', 'active');
          return counts.waiting > 0 ? counts : undefined;
        },
        30_000,
        50,
      );
      expect(pending.waiting).toBeGreaterThan(0);

      const apiCounters = async () =>
        (await db!.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM login_rate_limit WHERE key LIKE 'api-%'`))[0].n;
      expect(await apiCounters()).toBe(0); // counted in Redis so far

      await stopRedis(redis!);
      const proposalsAtStop = load.proposalCount;
      await eventually(
        'readiness to report the queue down',
        async () => {
          const ready = await readiness(api.url);
          return ready?.checks?.queue === 'down' ? ready : undefined;
        },
        10_000,
        200,
      ).then((ready) => {
        expect(ready.status).toBe(503);
        expect(ready.checks?.database).toBe('up');
      });
      await sleep(OUTAGE_MS);
      expect(load.proposalCount).toBeGreaterThan(proposalsAtStop + 5); // writes go on: PostgreSQL and the outbox only
      expect(await apiCounters()).toBeGreaterThan(0); // the request limits' PostgreSQL insurance counted them

      redis = await startRedis(redisPort, dir);
      await eventually(
        'readiness to report the queue up',
        async () => ((await readiness(api.url))?.status === 200 ? true : undefined),
        15_000,
        200,
      );
      const result = await load.stop();

      // Every routed outbox row reaches the queue, and the queue drains.
      let last: unknown;
      await eventually(
        'the outbox to be relayed and the matching queue to drain',
        async () => {
          const [{ unpublished }] = await db!.dataSource.query<{ unpublished: number }[]>(
            `SELECT count(*)::int AS unpublished FROM outbox_event WHERE published_at IS NULL AND topic LIKE 'candidate.%'`,
          );
          const counts = await queue.getJobCounts('waiting', 'active', 'prioritized', 'failed');
          // Delayed: retries waiting for their backoff, not the daily full run's next occurrence.
          const delayed = (await queue.getDelayed()).filter((job) => !job.repeatJobKey).length;
          last = { unpublished, counts, delayed };
          if (counts.failed) throw new Error(`${counts.failed} matching jobs failed`);
          return unpublished === 0 && !counts.waiting && !counts.active && !delayed && !counts.prioritized ? true : undefined;
        },
        60_000,
        250,
      ).catch((error: unknown) => {
        throw new Error(`${(error as Error).message}; last seen: ${JSON.stringify(last)}`);
      });

      // No job lost: every candidate event's job is stored and completed.
      const events: { id: string }[] = await db!.dataSource.query(`SELECT id FROM outbox_event WHERE topic LIKE 'candidate.%' ORDER BY id`);
      expect(events.length).toBeGreaterThanOrEqual(result.candidates.length);
      const states = await Promise.all(events.map((event) => queue.getJobState(`outbox-${event.id}`)));
      expect(states.filter((state) => state !== 'completed')).toEqual([]);

      // And the lists equal a full recompute over the same records.
      const stored = await storedMatches(db!.dataSource);
      await new MatchingService(
        db!.dataSource,
        testConfig(db!.database.url, { MATCHING_TOP_K: TOP_K }),
        new FixedDayClock(TEST_TODAY),
      ).fullRun();
      expect(stored).toEqual(await storedMatches(db!.dataSource));
    } catch (error) {
      const outputs = processes.map((child) => `--- pid ${child.pid} output ---\n${child.output()}`);
      throw new Error(`${(error as Error).message}\n${outputs.join('\n')}`, { cause: error });
    }
  }, 180_000);
});
