import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { addDays, anniversary } from '@igu/calendar';
import { RetentionService } from '@igu/data-protection';
import { MUNICIPALITY_STATS_SQL, municipalityStatsParameters } from '@igu/statistics';
import { signInAllRoles, TEST_TODAY } from '@igu/testing';
import { startTestApi, type TestApi } from './support/test-api.js';
import { createCandidate } from './support/candidates.js';
import { createOpenPosition, errorOf, iguInput, inDays, jobInput } from './support/positions.js';

const ADMIN = { email: 'admin@test.example', password: 'bootstrap-admin-password' };

/** The first day still inside the 5-year period and the last one past it (Danish days). */
const FIRST_KEPT_DAY = anniversary(TEST_TODAY, -5);
const LAST_EXPIRED_DAY = addDays(FIRST_KEPT_DAY, -1);
/** The first instant of the first kept day, Danish time, and the millisecond before it. */
const FIRST_KEPT_INSTANT = `(CAST('${FIRST_KEPT_DAY}' AS date)::timestamp AT TIME ZONE 'Europe/Copenhagen')`;
const LAST_EXPIRED_INSTANT = `(${FIRST_KEPT_INSTANT} - interval '1 millisecond')`;
const LONG_AGO = `(CAST('${addDays(FIRST_KEPT_DAY, -900)}' AS date)::timestamptz)`;

/** What statistics are computed from: must be identical before and after retention. */
const STATISTICS = `SELECT c.id, c.reference, c.municipality_code, c.arrived_in_denmark_on, c.arrived_in_municipality_on,
    c.first_offer_target_date, c.first_offer_deadline, c.first_offer_at, c.status, c.igu_started_on,
    extract(year FROM c.date_of_birth) AS birth_year,
    (SELECT json_agg(json_build_object('status', p.status, 'created', p.created_at) ORDER BY p.id) FROM proposal p WHERE p.candidate_id = c.id) AS proposals,
    (SELECT json_agg(json_build_object('kind', g.kind, 'status', g.status, 'start', g.start_date, 'end', g.end_date) ORDER BY g.id)
       FROM programme g WHERE g.candidate_id = c.id) AS programmes
  FROM candidate c ORDER BY c.id`;

/** The municipality statistics' own query, before suppression, over every arrival up to today. */
const municipalityFigures = (dataSource: { query: (sql: string, parameters: unknown[]) => Promise<unknown> }) =>
  dataSource.query(
    MUNICIPALITY_STATS_SQL,
    municipalityStatsParameters({
      periods: [{ from: '2000-01-01', to: TEST_TODAY }],
      regionCode: null,
      municipalityCode: null,
      today: TEST_TODAY,
    }),
  );

/**
 * Issue 19, retention: exactly the people past the period are pseudonymised
 * (boundary days on each feature's activity), the run is idempotent and
 * resumes after an interruption, statistics columns stay as they were, and
 * access-log rows older than the period are deleted.
 */
describe('data retention', () => {
  let api: TestApi;
  let retention: RetentionService;
  let roles: Awaited<ReturnType<typeof signInAllRoles>>;
  const people: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestApi({
      BOOTSTRAP_ADMIN_EMAIL: ADMIN.email,
      BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
      DATA_RETENTION_BATCH_SIZE: '2',
      DATABASE_POOL_SIZE: '15',
    });
    retention = api.app.get(RetentionService);
    roles = await signInAllRoles(api.client, api.dataSource, ADMIN);
    const [{ id: union3f }] = await api.dataSource.query(`SELECT id FROM trade_union WHERE code = '3f'`);
    const candidate = async (name: string, overrides: Record<string, unknown> = {}) => {
      people[name] = (await createCandidate(roles.jobcentre.client, { fullName: `${name} Retention`, ...overrides })).id;
      return people[name];
    };
    const setUpdated = (table: string, column: string, id: string, instant: string) =>
      api.dataSource.query(`UPDATE ${table} SET updated_at = ${instant} WHERE ${column} = $1`, [id]);
    const position = await createOpenPosition(roles.employer.client, jobInput({ title: 'Retention' }));
    const propose = async (candidateId: string, note: string) =>
      (
        await roles.jobcentre.client.data<{ proposeCandidate: { id: string } }>(
          `mutation($input: ProposeCandidateInput!) { proposeCandidate(input: $input) { id } }`,
          { input: { candidateId, positionId: position.id, note } },
        )
      ).proposeCandidate.id;

    // Record updated on the last expired day (its last millisecond): past the period.
    await setUpdated('candidate', 'id', await candidate('Alma'), LAST_EXPIRED_INSTANT);
    // Record updated on the first kept day (its first instant): kept.
    await setUpdated('candidate', 'id', await candidate('Bilal'), FIRST_KEPT_INSTANT);
    // Old record, proposal changed on the first kept day: kept.
    await propose(await candidate('Chen'), 'Chen kan køre truck');
    await setUpdated('candidate', 'id', people.Chen, LONG_AGO);
    await setUpdated('proposal', 'candidate_id', people.Chen, FIRST_KEPT_INSTANT);
    // Old record, proposal changed on the last expired day: past the period (and its note goes).
    await propose(await candidate('Dina'), 'Dina taler godt dansk');
    await setUpdated('candidate', 'id', people.Dina, LONG_AGO);
    await setUpdated('proposal', 'candidate_id', people.Dina, LAST_EXPIRED_INSTANT);
    // Old record and proposal, a programme that ended on the first kept day: kept.
    const igu = await createOpenPosition(
      roles.employer.client,
      iguInput(union3f, { title: 'IGU retention', openings: 1, startDate: inDays(40) }),
    );
    const { proposeCandidate } = await roles.jobcentre.client.data<{ proposeCandidate: { id: string } }>(
      `mutation($input: ProposeCandidateInput!) { proposeCandidate(input: $input) { id } }`,
      { input: { candidateId: await candidate('Emil'), positionId: igu.id } },
    );
    await roles.employer.client.data(`mutation($id: ID!, $at: DateTime!) { scheduleInterview(id: $id, at: $at) { id } }`, {
      id: proposeCandidate.id,
      at: '2030-01-10T09:00:00.000Z',
    });
    await roles.employer.client.data(`mutation($id: ID!) { acceptProposal(id: $id) { id } }`, { id: proposeCandidate.id });
    await roles.employer.client.data(`mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`, {
      input: {
        proposalId: proposeCandidate.id,
        startDate: inDays(40),
        weeklyWorkHours: 30,
        schoolPeriods: [],
        noOrdinaryEmploymentLast3Months: true,
      },
    });
    await api.dataSource.query(
      `UPDATE programme SET start_date = CAST($2 AS date) - 700, end_date = $2, updated_at = ${LONG_AGO} WHERE candidate_id = $1`,
      [people.Emil, FIRST_KEPT_DAY],
    );
    await setUpdated('candidate', 'id', people.Emil, LONG_AGO);
    await setUpdated('proposal', 'candidate_id', people.Emil, LONG_AGO);
    // Registered today: kept. Long untouched: past the period.
    await candidate('Farah');
    await setUpdated('candidate', 'id', await candidate('Gorm'), LONG_AGO);

    // Access-log rows on either side of the cutoff (inserting with a time is allowed; changing one is not).
    for (const [operation, instant] of [
      ['old-read', LAST_EXPIRED_INSTANT],
      ['kept-read', FIRST_KEPT_INSTANT],
    ]) {
      await api.dataSource.query(
        `INSERT INTO personal_data_access (actor_user_id, actor_role, operation, subject_type, subject_id, fields, accessed_at)
         VALUES ($1, 'JOBCENTRE', $2, 'candidate', $3, '{fullName}', ${instant})`,
        [roles.jobcentre.userId, operation, people.Bilal],
      );
    }
  });

  afterAll(async () => {
    await api.close();
  });

  const referenceOf = async (name: string) =>
    (await api.dataSource.query('SELECT reference FROM candidate WHERE id = $1', [people[name]]))[0].reference as string;
  const pseudonymised = async () =>
    (await api.dataSource.query<{ id: string }[]>('SELECT c.id FROM candidate c WHERE c.pseudonymised_at IS NOT NULL ORDER BY c.id')).map(
      ({ id }) => Object.keys(people).find((name) => people[name] === id),
    );
  const EXPIRED = ['Alma', 'Dina', 'Gorm'];
  let statisticsBefore: unknown;
  let figuresBefore: unknown;

  it('reports first what it would do (dry run), changing nothing; ADMIN only', async () => {
    statisticsBefore = await api.dataSource.query(STATISTICS);
    figuresBefore = await municipalityFigures(api.dataSource);
    const arrived = (figuresBefore as { candidatesArrived: number }[]).reduce((sum, row) => sum + row.candidatesArrived, 0);
    expect(arrived).toBeGreaterThanOrEqual(EXPIRED.length); // control: the people of this test are counted
    const report = await retention.report();
    expect(report).toMatchObject({ asOf: TEST_TODAY, years: 5, lastExpiredDay: LAST_EXPIRED_DAY, candidates: 3, accessLogRows: 1 });
    expect([...report.references].sort()).toEqual((await Promise.all(EXPIRED.map(referenceOf))).sort());
    const REPORT = `{ retentionReport { asOf years lastExpiredDay accessLogCutoff candidates references accessLogRows } }`;
    const { retentionReport } = await roles.admin.client.data<{ retentionReport: { candidates: number; lastExpiredDay: string } }>(REPORT);
    expect(retentionReport).toMatchObject({ candidates: 3, lastExpiredDay: LAST_EXPIRED_DAY });
    for (const session of [roles.jobcentre, roles.employer, roles.union])
      expect(errorOf(await session.client.request(REPORT))?.code).toBe('FORBIDDEN');
    expect(await pseudonymised()).toEqual([]);
    expect(await api.dataSource.query(STATISTICS)).toEqual(statisticsBefore);
  });

  it('loses nothing when a run dies inside a batch, and resumes batch by batch', async () => {
    // A run that dies while pseudonymising the last expired person in id order: that batch rolls back whole.
    const [lastExpired] = (
      await api.dataSource.query('SELECT id FROM candidate WHERE id = ANY($1::uuid[]) ORDER BY id DESC LIMIT 1', [
        EXPIRED.map((name) => people[name]),
      ])
    ).map((row: { id: string }) => row.id);
    await api.dataSource.query(`
      CREATE FUNCTION die_on_erasure() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.subject_id = '${lastExpired}' THEN RAISE EXCEPTION 'worker killed'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER die_on_erasure BEFORE INSERT ON personal_data_erasure FOR EACH ROW EXECUTE FUNCTION die_on_erasure();`);
    try {
      await expect(retention.run()).rejects.toThrow(/worker killed/);
    } finally {
      await api.dataSource.query('DROP TRIGGER die_on_erasure ON personal_data_erasure; DROP FUNCTION die_on_erasure();');
    }
    const afterCrash = await pseudonymised();
    expect(afterCrash.length).toBeLessThan(3);
    expect(afterCrash.every((name) => EXPIRED.includes(name!))).toBe(true);
    const [{ unrecorded }] = await api.dataSource.query(
      `SELECT count(*)::int AS unrecorded FROM candidate c WHERE c.pseudonymised_at IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM personal_data_erasure e WHERE e.subject_id = c.id)`,
    );
    expect(unrecorded).toBe(0); // a pseudonymisation and its record commit together

    // One batch, then stop (an interruption between batches); then the rest.
    expect(await retention.run({ maxBatches: 1 })).toMatchObject({ complete: false });
    const finished = await retention.run();
    expect(finished).toMatchObject({ complete: true, accessLogRowsDeleted: 1 });
    expect((await pseudonymised()).sort()).toEqual(EXPIRED);
  });

  it('removed exactly what erasure removes, kept statistics, and deleted only the old access-log row', async () => {
    const rows: Record<string, unknown>[] = await api.dataSource.query(
      `SELECT id, full_name_encrypted, cpr_encrypted, cpr_index, email_encrypted, phone_encrypted, name_search_index,
         to_char(date_of_birth, 'MM-DD') AS birthday FROM candidate WHERE id = ANY($1::uuid[])`,
      [EXPIRED.map((name) => people[name])],
    );
    for (const row of rows) {
      expect(row).toMatchObject({
        full_name_encrypted: null,
        cpr_encrypted: null,
        cpr_index: null,
        email_encrypted: null,
        phone_encrypted: null,
        name_search_index: [],
        birthday: '01-01',
      });
    }
    expect(await api.dataSource.query('SELECT note FROM proposal WHERE candidate_id = $1', [people.Dina])).toEqual([{ note: null }]);
    expect(await api.dataSource.query('SELECT note FROM proposal WHERE candidate_id = $1', [people.Chen])).toEqual([
      { note: 'Chen kan køre truck' },
    ]);
    expect(await api.dataSource.query(`SELECT kind, erased_by_user_id, ground FROM personal_data_erasure ORDER BY subject_id`)).toEqual(
      EXPIRED.map(() => ({ kind: 'RETENTION', erased_by_user_id: null, ground: null })),
    );
    expect(await api.dataSource.query(STATISTICS)).toEqual(statisticsBefore);
    expect(await municipalityFigures(api.dataSource)).toEqual(figuresBefore);
    const operations: { operation: string }[] = await api.dataSource.query(
      `SELECT operation FROM personal_data_access WHERE operation IN ('old-read', 'kept-read')`,
    );
    expect(operations).toEqual([{ operation: 'kept-read' }]);
  });

  it('changes nothing when run again', async () => {
    const snapshot = async () =>
      api.dataSource.query(`SELECT
        (SELECT json_agg(c ORDER BY c.id)::text FROM candidate c) AS candidates,
        (SELECT json_agg(p ORDER BY p.id)::text FROM proposal p) AS proposals,
        (SELECT json_agg(e ORDER BY e.id)::text FROM proposal_event e) AS events,
        (SELECT json_agg(g ORDER BY g.id)::text FROM programme g) AS programmes,
        (SELECT json_agg(r ORDER BY r.id)::text FROM personal_data_erasure r) AS erasures,
        (SELECT count(*) FROM personal_data_access) AS reads`);
    const before = await snapshot();
    expect(await retention.run()).toEqual({ pseudonymised: 0, accessLogRowsDeleted: 0, complete: true });
    expect(await snapshot()).toEqual(before);
    expect((await retention.report()).candidates).toBe(0);
  });
});
