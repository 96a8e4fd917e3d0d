import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createAppDataSource, setupDatabase } from '@igu/data-source';
import { FixedDayClock } from '@igu/clock';
import { MatchingService } from '@igu/matching';
import { QueueConnection, QueueName } from '@igu/queue';
import { GraphqlClient, TEST_TODAY, testConfig } from '@igu/testing';
import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ensureDatabase, freePort, startEmbeddedPostgres } from '../../../tools/embedded-postgres.mjs';
import { eventually, leaderPid, sleep, storedMatches } from '../../worker/test/support/probes.js';
import { killWorkerProcesses, startWorkerProcess, type WorkerProcess } from '../../worker/test/support/worker-process.js';
import { candidateInput } from './support/candidates.js';
import { ProposalLoad } from './support/fault-load.js';

const ADMIN = { email: 'admin@test.example', password: 'bootstrap-admin-password' };
const OUTAGE_MS = 10_000;

type EmbeddedDatabase = Awaited<ReturnType<typeof startEmbeddedPostgres>>;

/** `/health/ready`'s status, or 0 when the API does not answer at all. */
async function readiness(url: string): Promise<number> {
  try {
    return (await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(4_000) })).status;
  } catch {
    return 0;
  }
}

describe('PostgreSQL stopped for 10 s under load (an API and a worker process), then started again on the same data', () => {
  let dir: string;
  let port: number;
  let server: EmbeddedDatabase | undefined;
  let dataSource: DataSource | undefined;
  let queues: QueueConnection | undefined;
  let api: WorkerProcess | undefined;
  let worker: WorkerProcess | undefined;
  const start = () => startEmbeddedPostgres({ dataDir: join(dir, 'data'), port, persistent: true, fast: true });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'igu-faults-pg-'));
    chmodSync(dir, 0o755); // reachable by the `postgres` user when we run as root
    port = await freePort();
    server = await start();
    await ensureDatabase(server.adminUrl, 'igu');
    dataSource = createAppDataSource({ DATABASE_URL: server.urlFor('igu'), DATABASE_POOL_SIZE: 2 }, 'igu-faults-test');
    await dataSource.initialize();
    await setupDatabase(dataSource);
  }, 120_000);

  afterAll(async () => {
    await killWorkerProcesses();
    await queues?.close();
    await dataSource?.destroy().catch(() => undefined);
    await server?.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  it('readiness is 503 during and 200 within 10 s after, without restarting the API; no committed write is lost; every proposal has its outbox event', async () => {
    try {
      const queuePrefix = `t${randomBytes(4).toString('hex')}`;
      api = await startWorkerProcess({
        app: 'api',
        databaseUrl: server!.urlFor('igu'),
        queuePrefix,
        env: { BOOTSTRAP_ADMIN_EMAIL: ADMIN.email, BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password, DATABASE_POOL_SIZE: '5' },
      });
      // A worker too: its relay, queue and matching leadership must come back by themselves.
      worker = await startWorkerProcess({
        databaseUrl: server!.urlFor('igu'),
        queuePrefix,
        env: { LEADER_POLL_MS: '500', QUEUE_LOCK_DURATION_MS: '4000', QUEUE_STALLED_INTERVAL_MS: '1000' },
      });
      const load = await ProposalLoad.prepare(new GraphqlClient(api.url), dataSource!, ADMIN, () => candidateInput());
      load.start();
      await sleep(2_000);

      // The test's own connections go down with the server; the API's must survive it.
      await dataSource!.destroy();
      await server!.stop();
      const stoppedAt = Date.now();
      await eventually('readiness to report 503', async () => ((await readiness(api!.url)) === 503 ? true : undefined), 5_000, 100);
      await sleep(OUTAGE_MS - (Date.now() - stoppedAt));
      expect(await readiness(api.url)).toBe(503);

      server = await start();
      const restartedAt = Date.now();
      await eventually('readiness to report 200', async () => ((await readiness(api!.url)) === 200 ? true : undefined), 10_000, 100);
      const recoveredMs = Date.now() - restartedAt;
      const proposalsBefore = load.proposalCount;
      await sleep(2_000);
      const result = await load.stop();
      expect(result.proposals.length).toBeGreaterThan(proposalsBefore); // writes succeed again
      expect(recoveredMs).toBeLessThan(10_000);

      dataSource = createAppDataSource({ DATABASE_URL: server.urlFor('igu'), DATABASE_POOL_SIZE: 2 }, 'igu-faults-test');
      await dataSource.initialize();
      // The same API and worker processes throughout (neither exited).
      expect(await Promise.race([api.exited, sleep(10).then(() => 'running')])).toBe('running');
      expect(await Promise.race([worker.exited, sleep(10).then(() => 'running')])).toBe('running');

      expect(result.failed).toBeGreaterThan(0); // the outage was felt
      expect(result.proposals.length).toBeGreaterThan(20);
      const storedCandidates: { id: string }[] = await dataSource.query('SELECT id FROM candidate WHERE id = ANY($1)', [result.candidates]);
      expect(storedCandidates.length).toBe(result.candidates.length);
      const storedProposals: { id: string }[] = await dataSource.query('SELECT id FROM proposal WHERE id = ANY($1)', [result.proposals]);
      expect(storedProposals.length).toBe(result.proposals.length);
      const withoutEvent: { id: string }[] = await dataSource.query(
        `SELECT p.id FROM proposal p WHERE NOT EXISTS (
           SELECT 1 FROM outbox_event e WHERE e.topic = 'proposal.created' AND e.aggregate_id = p.id::text)`,
      );
      expect(withoutEvent).toEqual([]);
      const answeredAfter = await fetch(`${api.url}/health/ready`);
      expect(answeredAfter.status).toBe(200);

      // The worker leads matching again, its relay publishes every routed row, and the lists
      // it keeps equal a full recompute: no matching job was lost to the outage.
      const config = testConfig(server.urlFor('igu'), { QUEUE_PREFIX: queuePrefix });
      queues = new QueueConnection(config);
      const queue = queues.queue(QueueName.MATCHING);
      await eventually(
        'the worker to lead matching again',
        async () => ((await leaderPid(dataSource!)) === worker!.pid ? true : undefined),
        10_000,
        100,
      );
      await eventually(
        'the outbox to be relayed and the matching queue to drain',
        async () => {
          const [{ unpublished }] = await dataSource!.query<{ unpublished: number }[]>(
            `SELECT count(*)::int AS unpublished FROM outbox_event WHERE published_at IS NULL AND topic LIKE 'candidate.%'`,
          );
          const counts = await queue.getJobCounts('waiting', 'active', 'prioritized', 'failed');
          if (counts.failed) throw new Error(`${counts.failed} matching jobs failed`);
          const delayed = (await queue.getDelayed()).filter((job) => !job.repeatJobKey).length;
          return unpublished === 0 && !counts.waiting && !counts.active && !counts.prioritized && !delayed ? true : undefined;
        },
        60_000,
        250,
      );
      const stored = await storedMatches(dataSource);
      await new MatchingService(dataSource, config, new FixedDayClock(TEST_TODAY)).fullRun();
      expect(stored).toEqual(await storedMatches(dataSource));
    } catch (error) {
      const outputs = `--- API output ---\n${api?.output() ?? ''}\n--- worker output ---\n${worker?.output() ?? ''}`;
      throw new Error(`${(error as Error).message}\n${outputs}`, { cause: error });
    }
  }, 150_000);
});
