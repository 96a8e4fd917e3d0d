import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { HandoverMaintenance } from '@igu/handover';
import { QueueConnection, QueueName } from '@igu/queue';
import { login, referenceIds, type SignedIn, signInAllRoles, TEST_TODAY } from '@igu/testing';
import { handoverCsv, handoverSample } from '../../../scripts/handover-sample-rows.js';
import { startTestWorker } from '../../worker/test/support/test-worker.js';
import { candidateInput } from './support/candidates.js';
import { createOpenPosition, jobInput } from './support/positions.js';
import { finishedImport, IMPORT_FIELDS, importState, uploadedImportId, uploadHandover } from './support/handover.js';
import { startTestApi, type TestApi } from './support/test-api.js';

const ADMIN = { email: 'admin@test.example', password: 'bootstrap-admin-password' };
const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;

describe(`handover import over HTTP (${process.env.REDIS_URL ? 'Redis' : 'PostgreSQL'} queue)`, () => {
  let api: TestApi;
  let worker: Awaited<ReturnType<typeof startTestWorker>>;
  let roles: Awaited<ReturnType<typeof signInAllRoles>>;
  let aarhus: SignedIn; // another jobcentre
  const sample = handoverSample({ rows: 200, today: TEST_TODAY, municipalityCode: 101, errorEvery: 25, danish: true });

  const count = async (sql: string, params: unknown[] = []) => Number((await api.dataSource.query(sql, params))[0].count);
  const candidates = () => count('SELECT count(*) FROM candidate');
  const fileChunks = (id: string) => count('SELECT count(*) FROM handover_file_chunk WHERE import_id = $1', [id]);

  beforeAll(async () => {
    const overrides = { BOOTSTRAP_ADMIN_EMAIL: ADMIN.email, BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password };
    api = await startTestApi({ ...overrides, HANDOVER_MAX_UPLOAD_BYTES: String(MAX_UPLOAD_BYTES) });
    worker = await startTestWorker(api.database.url, { QUEUE_PREFIX: api.config.QUEUE_PREFIX });
    roles = await signInAllRoles(api.client, api.dataSource, ADMIN);
    const ids = await referenceIds(api.dataSource);
    await roles.admin.client.data(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: {
        email: 'aarhus@test.example',
        displayName: 'Aarhus Caseworker',
        role: 'JOBCENTRE',
        jobcentreId: ids.jobcentre751,
        password: 'correct-horse-battery',
      },
    });
    aarhus = await login(api.client, 'aarhus@test.example');
  });

  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  describe('who may upload', () => {
    it('refuses a request without a token (401) and every role but JOBCENTRE (403), with coded JSON', async () => {
      const anonymous = await uploadHandover(api.baseUrl, null, sample.csv);
      expect(anonymous.status).toBe(401);
      expect(await anonymous.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
      for (const role of [roles.employer, roles.union, roles.admin]) {
        const refused = await uploadHandover(api.baseUrl, role.token, sample.csv);
        expect(refused.status).toBe(403);
        expect(await refused.json()).toMatchObject({ code: 'FORBIDDEN' });
      }
      expect(await count('SELECT count(*) FROM handover_import')).toBe(0);
    });

    it('refuses a file over the stated limit (413) and a request without the field "file" (400), storing nothing', async () => {
      const tooLarge = await uploadHandover(api.baseUrl, roles.jobcentre.token, new Uint8Array(MAX_UPLOAD_BYTES + 1024 * 1024).fill(65));
      expect(tooLarge.status).toBe(413);
      expect(await tooLarge.json()).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UPLOAD_TOO_LARGE', maxBytes: MAX_UPLOAD_BYTES });

      const form = new FormData();
      form.append('other', new Blob(['x']), 'x.csv');
      const missing = await fetch(`${api.baseUrl}/imports/handover`, {
        method: 'POST',
        headers: { authorization: `Bearer ${roles.jobcentre.token}` },
        body: form,
      });
      expect(missing.status).toBe(400);
      expect(await missing.json()).toMatchObject({ reason: 'FILE_MISSING' });
      // Windows-1252 "Kørekort": not UTF-8, refused before anything is stored.
      const latin1 = await uploadHandover(api.baseUrl, roles.jobcentre.token, Buffer.from('cpr;navn;K\xf8rekort\r\n', 'latin1'));
      expect(latin1.status).toBe(400);
      expect(await latin1.json()).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_NOT_UTF8' });
      expect(await count('SELECT count(*) FROM handover_import')).toBe(0);
      expect(await count('SELECT count(*) FROM handover_file_chunk')).toBe(0);
    });
  });

  describe('the sample file (200 rows, Danish columns, `;`, eight deliberate errors)', () => {
    let importId: string;

    let positionId: string;

    it('answers 202 with the id, stores the file encrypted, and imports every good row', async () => {
      // An open cleaning job in København that the imported people (most desire 9112 or 5120 …) can match.
      positionId = (
        await createOpenPosition(roles.employer.client, jobInput({ municipalityCode: 101, requiredDanishLevel: 'NONE', skills: [] }))
      ).id;
      importId = await uploadedImportId(api.baseUrl, roles.jobcentre.token, sample.csv, 'overlevering.csv');
      const done = await finishedImport(roles.jobcentre.client, importId);
      expect(done).toMatchObject({
        status: 'COMPLETED',
        fileName: 'overlevering.csv',
        rowsTotal: 200,
        rowsCreated: 192,
        rowsUpdated: 0,
        rowsUnchanged: 0,
        rowsRejected: 8,
        progress: 1,
      });
      expect(done.finishedAt).not.toBeNull();
      expect(done.problems.map(({ row, field, reason }) => ({ row, field, reason }))).toEqual(sample.problems);
      expect(await candidates()).toBe(192);
    });

    it('hands the imported candidates to matching in one job per batch', async () => {
      const deadline = Date.now() + 30_000;
      let matched = 0;
      while (matched === 0 && Date.now() < deadline) {
        matched = await count(
          `SELECT count(*) FROM candidate_match_list l JOIN candidate c ON c.id = l.candidate_id WHERE $1 = ANY(l.position_ids)`,
          [positionId],
        );
        if (matched === 0) await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(matched).toBeGreaterThan(0);
    });

    it('never puts a CPR or a name into problems, events or job payloads, and deletes the file', async () => {
      const { problems } = await importState(roles.jobcentre.client, importId);
      const secrets = sample.csv
        .split('\r\n')
        .slice(1)
        .filter(Boolean)
        .flatMap((line) => line.split(';').slice(0, 2))
        .filter((value) => value.length > 3);
      const texts = [JSON.stringify(problems), JSON.stringify(await api.dataSource.query('SELECT topic, payload FROM outbox_event'))];
      const queues = worker.app.get(QueueConnection);
      for (const queue of [QueueName.IMPORTS, QueueName.MATCHING]) {
        const jobs = await queues.queue(queue).getJobs(['completed', 'failed', 'active', 'waiting', 'delayed']);
        texts.push(JSON.stringify(jobs.map((job) => job.data)));
      }
      expect(texts[2]).toContain(importId); // the import job, with the import's id only
      for (const text of texts) for (const secret of secrets) expect(text).not.toContain(secret);
      expect(await fileChunks(importId)).toBe(0);

      const payloads: { topic: string; payload: Record<string, unknown> }[] = await api.dataSource.query(
        `SELECT topic, payload FROM outbox_event WHERE topic LIKE 'handover.%' OR topic = 'candidate.imported' ORDER BY id`,
      );
      expect(payloads.filter((event) => event.topic === 'handover.import-requested')).toEqual([
        { topic: 'handover.import-requested', payload: { importId, jobcentreId: expect.any(String) } },
      ]);
      // One completion event per import, and one matching event per batch (not per person).
      expect(payloads.filter((event) => event.topic === 'handover.import-finished')).toHaveLength(1);
      expect(payloads.filter((event) => event.topic === 'candidate.imported')).toHaveLength(1);
    });

    it('announces the import once to the jobcentre (counts only), never once per person', async () => {
      const NOTICES = `{ notifications(first: 50) { edges { node { kind title body subjectType subjectId } } } }`;
      type Notices = {
        notifications: { edges: { node: { kind: string; title: string; body: string; subjectType: string; subjectId: string } }[] };
      };
      const imported = async () =>
        (await roles.jobcentre.client.data<Notices>(NOTICES)).notifications.edges
          .map((edge) => edge.node)
          .filter((notice) => notice.subjectId === importId);
      const deadline = Date.now() + 30_000;
      while ((await imported()).length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
      const notices = await imported();
      expect(notices).toEqual([
        {
          kind: 'HANDOVER_IMPORT_FINISHED',
          title: 'Overlevering indlæst',
          body: 'Overleveringsfilen er indlæst: 192 nye kandidater, 0 opdateret, 8 rækker med fejl.',
          subjectType: 'HANDOVER_IMPORT',
          subjectId: importId,
        },
      ]);
      // Nobody outside the uploading jobcentre hears of it, and no per-person NEW_MATCHES comes from the import.
      expect(
        (await roles.employer.client.data<Notices>(NOTICES)).notifications.edges.filter((edge) => edge.node.subjectId === importId),
      ).toEqual([]);
      expect(await count(`SELECT count(*) FROM outbox_event WHERE topic = 'matching.new-matches' AND aggregate_type = 'candidate'`)).toBe(
        0,
      );
    });

    it('serves all problems as CSV to the uploading jobcentre only (404 for another jobcentre, 403 for other roles, 401 without token)', async () => {
      const url = `${api.baseUrl}/imports/handover/${importId}/problems.csv`;
      const own = await fetch(url, { headers: { authorization: `Bearer ${roles.jobcentre.token}` } });
      expect(own.status).toBe(200);
      expect(own.headers.get('content-type')).toMatch(/^text\/csv/);
      const lines = (await own.text())
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toBe('"row","field","reason","message"');
      expect(lines.slice(1).map((line) => line.split(',').slice(0, 3).join(','))).toEqual(
        sample.problems.map((problem) => `"${problem.row}","${problem.field}","${problem.reason}"`),
      );

      const other = await fetch(url, { headers: { authorization: `Bearer ${aarhus.token}` } });
      expect(other.status).toBe(404);
      expect(await other.json()).toMatchObject({ code: 'NOT_FOUND' });
      const unknown = await fetch(`${api.baseUrl}/imports/handover/${crypto.randomUUID()}/problems.csv`, {
        headers: { authorization: `Bearer ${roles.jobcentre.token}` },
      });
      expect(unknown.status).toBe(404);
      expect((await fetch(url, { headers: { authorization: `Bearer ${roles.employer.token}` } })).status).toBe(403);
      expect((await fetch(url)).status).toBe(401);
    });

    it('shows the import to its jobcentre only (handoverImport, handoverImports, node)', async () => {
      const foreign = await aarhus.client.request(`query($id: ID!) { handoverImport(id: $id) { id } }`, { id: importId });
      expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const employer = await roles.employer.client.request(`query($id: ID!) { handoverImport(id: $id) { id } }`, { id: importId });
      expect(employer.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const { handoverImports } = await roles.jobcentre.client.data<{
        handoverImports: { totalCount: number; edges: { node: { id: string } }[] };
      }>(`{ handoverImports(first: 5) { totalCount edges { node { ${IMPORT_FIELDS} } } } }`);
      expect(handoverImports.edges[0].node.id).toBe(importId);
      const aarhusList = await aarhus.client.data<{ handoverImports: { totalCount: number } }>(`{ handoverImports { totalCount } }`);
      expect(aarhusList.handoverImports.totalCount).toBe(0);
      const node = await aarhus.client.data<{ node: unknown }>(`query($id: ID!) { node(id: $id) { id } }`, { id: importId });
      expect(node.node).toBeNull();
    });

    it('imported a second time, changes nothing: every good row is unchanged', async () => {
      const before = await api.dataSource.query('SELECT id, version, updated_at FROM candidate ORDER BY id');
      const again = await finishedImport(roles.jobcentre.client, await uploadedImportId(api.baseUrl, roles.jobcentre.token, sample.csv));
      expect(again).toMatchObject({
        status: 'COMPLETED',
        rowsTotal: 200,
        rowsCreated: 0,
        rowsUpdated: 0,
        rowsUnchanged: 192,
        rowsRejected: 8,
      });
      expect(await api.dataSource.query('SELECT id, version, updated_at FROM candidate ORDER BY id')).toEqual(before);
    });
  });

  it('fills only the empty fields of a candidate the jobcentre already has, and answers a CPR of another jobcentre as createCandidate does', async () => {
    const [mine, theirs, third] = handoverSample({ rows: 3, today: TEST_TODAY, municipalityCode: 101, firstPerson: 39_000 }).records;
    // The caseworker registered the first person without e-mail or occupations; Aarhus registered the second.
    await roles.jobcentre.client.data(`mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`, {
      input: candidateInput({
        cpr: mine.cpr,
        fullName: 'Entered By Caseworker',
        email: null,
        desiredOccupationCodes: [],
        danishLevel: 'B1',
      }),
    });
    await aarhus.client.data(`mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`, {
      input: candidateInput({ cpr: theirs.cpr, municipalityCode: 751 }),
    });
    const done = await finishedImport(
      roles.jobcentre.client,
      await uploadedImportId(api.baseUrl, roles.jobcentre.token, handoverCsv([mine, theirs, third])),
    );
    expect(done).toMatchObject({ status: 'COMPLETED', rowsTotal: 3, rowsCreated: 1, rowsUpdated: 1, rowsRejected: 1 });
    expect(done.problems).toEqual([
      { row: 2, field: 'cpr', reason: 'CPR_ALREADY_REGISTERED', message: 'A candidate with this CPR number is already registered' },
    ]);
    const { candidates: list } = await roles.jobcentre.client.data<{
      candidates: {
        edges: {
          node: { fullName: string; email: string | null; profile: { danishLevel: string; desiredOccupations: { code: string }[] } };
        }[];
      };
    }>(
      `{ candidates(filter: { text: "Caseworker" }) { edges { node { fullName email profile { danishLevel desiredOccupations { code } } } } } }`,
    );
    const [{ node }] = list.edges;
    expect(node.fullName).toBe('Entered By Caseworker'); // never overwritten
    expect(node.profile.danishLevel).toBe('B1'); // entered, so kept
    expect(node.email).toBe(mine.email); // was empty: filled from the file
    expect(node.profile.desiredOccupations.map((o) => o.code)).toEqual(mine.desired_occupations.split('|'));
  });

  it('reads a person listed twice in one file as one candidate: the second row fills what the first left empty', async () => {
    const [person] = handoverSample({ rows: 1, today: TEST_TODAY, firstPerson: 39_200 }).records;
    const first = { ...person, email: '', skills: '' };
    const second = { ...person, full_name: 'Another Spelling', email: 'second@example.test', skills: 'hygiene-certificate' };
    const done = await finishedImport(
      roles.jobcentre.client,
      await uploadedImportId(api.baseUrl, roles.jobcentre.token, handoverCsv([first, second, second])),
    );
    expect(done).toMatchObject({ status: 'COMPLETED', rowsCreated: 1, rowsUpdated: 1, rowsUnchanged: 1, rowsRejected: 0 });
    const { candidates: list } = await roles.jobcentre.client.data<{
      candidates: { edges: { node: { fullName: string; email: string | null; profile: { skills: { code: string }[] } } }[] };
    }>(
      `{ candidates(filter: { text: "${person.full_name}" }, first: 50) { edges { node { fullName email profile { skills { code } } } } } }`,
    );
    const found = list.edges.map(({ node }) => node).filter((node) => node.email === 'second@example.test');
    expect(found).toEqual([
      { fullName: person.full_name, email: 'second@example.test', profile: { skills: [{ code: 'hygiene-certificate' }] } },
    ]);
  });

  it('fails a file without the required columns or with broken CSV as a whole, saying why, and deletes it', async () => {
    const noColumns = await finishedImport(
      roles.jobcentre.client,
      await uploadedImportId(api.baseUrl, roles.jobcentre.token, 'navn;cpr\r\nAhmad Haidari;010170-1234\r\n'),
    );
    expect(noColumns).toMatchObject({ status: 'FAILED', rowsCreated: 0, progress: 1 });
    expect(noColumns.problems).toEqual([expect.objectContaining({ row: 0, field: null, reason: 'MISSING_COLUMNS' })]);
    expect(noColumns.problems[0].message).toContain('residence_basis');
    expect(noColumns.problems[0].message).not.toContain('Ahmad');
    expect(await fileChunks(noColumns.id)).toBe(0);

    const [record] = handoverSample({ rows: 1, today: TEST_TODAY, firstPerson: 39_100 }).records;
    const broken = `${handoverCsv([record]).trimEnd()}\r\n"${record.cpr},unclosed quote\r\n`;
    const csvInvalid = await finishedImport(roles.jobcentre.client, await uploadedImportId(api.baseUrl, roles.jobcentre.token, broken));
    // The counting pass reads the whole file first: a file that is not CSV imports nothing at all.
    expect(csvInvalid).toMatchObject({ status: 'FAILED', rowsTotal: 0, rowsCreated: 0 });
    expect(csvInvalid.problems).toEqual([expect.objectContaining({ row: 2, field: null, reason: 'CSV_INVALID' })]);
    expect(JSON.stringify(csvInvalid.problems)).not.toContain(record.cpr);
    expect(await fileChunks(csvInvalid.id)).toBe(0);
  });

  it('never keeps an uploaded file longer than 24 hours: the sweep fails the import and deletes the file', async () => {
    const [{ id }] = await api.dataSource.query<{ id: string }[]>(
      `INSERT INTO handover_import (jobcentre_id, uploaded_by, status, created_at)
       SELECT jobcentre_id, id, 'RUNNING', now() - interval '25 hours' FROM app_user WHERE email = 'caseworker@test.example'
       RETURNING id`,
    );
    await api.dataSource.query(
      `INSERT INTO handover_file_chunk (import_id, seq, content, created_at) VALUES ($1, 0, 'v1:x', now() - interval '25 hours')`,
      [id],
    );
    expect(await worker.app.get(HandoverMaintenance).sweep()).toEqual({ expiredImports: 1, deletedPieces: 1 });
    expect(await importState(roles.jobcentre.client, id)).toMatchObject({ status: 'FAILED' });
    expect(await fileChunks(id)).toBe(0);
  });

  it('imports 20,000 rows in under a minute with the stated counts and problems', async () => {
    const big = handoverSample({ rows: 20_000, today: TEST_TODAY, municipalityCode: 101, errorEvery: 100, firstPerson: 19_000 });
    const before = await candidates();
    const started = Date.now();
    const id = await uploadedImportId(api.baseUrl, roles.jobcentre.token, big.csv);
    const done = await finishedImport(roles.jobcentre.client, id, 60_000, 1_000);
    const seconds = (Date.now() - started) / 1000;
    if (process.env.TEST_TIMINGS) console.log(`20,000 rows imported in ${seconds} s`);
    expect(seconds).toBeLessThan(60);
    expect(done).toMatchObject({
      status: 'COMPLETED',
      rowsTotal: 20_000,
      rowsCreated: big.valid,
      rowsUpdated: 0,
      rowsUnchanged: 0,
      rowsRejected: big.problems.length,
    });
    expect(done.problems.map(({ row, field, reason }) => ({ row, field, reason }))).toEqual(big.problems);
    expect(await candidates()).toBe(before + done.rowsCreated);
    expect(await fileChunks(id)).toBe(0);
  }, 120_000);
});
