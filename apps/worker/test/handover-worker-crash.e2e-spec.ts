import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { signInAllRoles, TEST_TODAY } from '@igu/testing';
import type { DataSource } from 'typeorm';
import { handoverSample } from '../../../scripts/handover-sample-rows.js';
import { finishedImport, uploadedImportId } from '../../api/test/support/handover.js';
import { startTestApi, type TestApi } from '../../api/test/support/test-api.js';
import { killWorkerProcesses, startWorkerProcess, type WorkerProcess } from './support/worker-process.js';

const ADMIN = { email: 'admin@test.example', password: 'bootstrap-admin-password' };
// Small batches, so the import is many commits long and a kill lands between two of them;
// short locks, so the dead worker's job is recovered within seconds (production: 30 s).
const WORKER_ENV = { HANDOVER_BATCH_SIZE: '100', QUEUE_LOCK_DURATION_MS: '4000', QUEUE_STALLED_INTERVAL_MS: '1000' };
const WORKER_APPLICATION_NAME = 'igu-worker';
const ROWS = 6_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number, everyMs = 20): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}

/** What an import leaves in the candidate table: every column but generated ids, references, ciphertexts and timestamps. */
async function importedCandidates(dataSource: DataSource): Promise<unknown[]> {
  return dataSource.query(
    `SELECT cpr_index, name_search_index, jobcentre_id, municipality_code, status, date_of_birth, residence_basis,
            arrived_in_denmark_on, arrived_in_municipality_on, desired_occupation_codes, experience_occupation_codes,
            occupation_prefixes, skill_codes, danish_level, english_level, driving_licence, max_commute_km, version,
            email_encrypted IS NULL AS no_email, phone_encrypted IS NULL AS no_phone
     FROM candidate ORDER BY cpr_index`,
  );
}

describe(`a handover import whose worker process is killed (${process.env.REDIS_URL ? 'Redis' : 'PostgreSQL'} queue backend)`, () => {
  let api: TestApi;
  let token: string;
  let client: Awaited<ReturnType<typeof signInAllRoles>>['jobcentre']['client'];
  const workers: WorkerProcess[] = [];
  const file = handoverSample({ rows: ROWS, today: TEST_TODAY, municipalityCode: 101, errorEvery: 50 });

  const startWorker = async () => {
    const worker = await startWorkerProcess({
      databaseUrl: api.database.url,
      queuePrefix: api.config.QUEUE_PREFIX,
      env: WORKER_ENV,
      readyTimeoutMs: 30_000,
    });
    workers.push(worker);
    return worker;
  };
  const failWith = (error: unknown): never => {
    const outputs = workers.map((worker, i) => `--- worker ${i + 1} (pid ${worker.pid}) output ---\n${worker.output()}`);
    throw new Error(`${(error as Error).message}\n${outputs.join('\n')}`, { cause: error });
  };
  const importRow = async (id: string) =>
    (
      await api.dataSource.query<{ status: string; checkpoint: number; rows_total: number | null }[]>(
        'SELECT status, checkpoint, rows_total FROM handover_import WHERE id = $1',
        [id],
      )
    )[0];

  beforeAll(async () => {
    api = await startTestApi({ BOOTSTRAP_ADMIN_EMAIL: ADMIN.email, BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password });
    const roles = await signInAllRoles(api.client, api.dataSource, ADMIN);
    token = roles.jobcentre.token;
    client = roles.jobcentre.client;
  });

  afterAll(async () => {
    await killWorkerProcesses();
    await api.close();
  });

  it('is resumed by another worker process from its checkpoint, and ends as an uninterrupted import ends', async () => {
    try {
      // The reference: the same file imported without interruption, then a clean slate.
      const reference = await startWorker();
      const uninterrupted = await finishedImport(client, await uploadedImportId(api.baseUrl, token, file.csv), 60_000, 1_000);
      expect(uninterrupted).toMatchObject({ status: 'COMPLETED', rowsCreated: file.valid, rowsRejected: file.problems.length });
      const expected = await importedCandidates(api.dataSource);
      expect(expected).toHaveLength(file.valid);
      await reference.stop();
      await api.dataSource.query('DELETE FROM candidate_match_list; DELETE FROM position_match_list; DELETE FROM candidate');

      const first = await startWorker();
      const id = await uploadedImportId(api.baseUrl, token, file.csv);
      // Kill it between two committed batches, well before the end.
      await eventually(
        'the first worker to be part-way through the file',
        async () => {
          const row = await importRow(id);
          if (row.status === 'COMPLETED' || row.status === 'FAILED')
            throw new Error(`the import ended (${row.status}) before it could be killed`);
          return row.checkpoint >= 1_000 ? row : undefined;
        },
        30_000,
      );
      expect(await first.kill('SIGKILL')).toEqual({ code: null, signal: 'SIGKILL' });
      await eventually(
        "the killed worker's database sessions to end",
        async () => {
          const [{ count }] = await api.dataSource.query<{ count: number }[]>(
            'SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1',
            [WORKER_APPLICATION_NAME],
          );
          return count === 0 ? true : undefined;
        },
        15_000,
      );
      const killedAt = await importRow(id);
      expect(killedAt.status).toBe('RUNNING');
      expect(killedAt.checkpoint).toBeLessThan(ROWS);
      // Exactly the committed batches' rows are in: the checkpoint moved with them.
      const [{ count: imported }] = await api.dataSource.query<{ count: number }[]>('SELECT count(*)::int AS count FROM candidate');
      const rejectedSoFar = file.problems.filter((problem) => problem.row <= killedAt.checkpoint).length;
      expect(imported).toBe(killedAt.checkpoint - rejectedSoFar);

      await startWorker();
      const resumed = await finishedImport(client, id, 60_000, 1_000);
      expect(resumed).toMatchObject({
        status: 'COMPLETED',
        rowsTotal: ROWS,
        rowsCreated: uninterrupted.rowsCreated,
        rowsUpdated: 0,
        rowsUnchanged: 0,
        rowsRejected: uninterrupted.rowsRejected,
        progress: 1,
      });
      expect(resumed.problems).toEqual(uninterrupted.problems);
      expect(await importedCandidates(api.dataSource)).toEqual(expected);
      const [{ count: chunks }] = await api.dataSource.query<{ count: number }[]>('SELECT count(*)::int AS count FROM handover_file_chunk');
      expect(chunks).toBe(0);
      const finished = await api.dataSource.query<unknown[]>(
        `SELECT id FROM outbox_event WHERE topic = 'handover.import-finished' AND aggregate_id = $1`,
        [id],
      );
      expect(finished).toHaveLength(1);
    } catch (error) {
      failWith(error);
    }
  }, 150_000);
});
