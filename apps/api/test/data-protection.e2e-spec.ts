import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { MUNICIPALITY_STATS_SQL, municipalityStatsParameters } from '@igu/statistics';
import { type GraphqlClient, login, referenceIds, signInAllRoles, TEST_TODAY } from '@igu/testing';
import { startTestApi, type TestApi } from './support/test-api.js';
import { createCandidate } from './support/candidates.js';
import { createOpenPosition, errorOf, iguInput, inDays, jobInput } from './support/positions.js';

const ADMIN = { email: 'admin@test.example', password: 'bootstrap-admin-password' };
const ACCESS_LOG = `query($id: ID!, $first: Int, $after: String) { candidate(id: $id) { accessLog(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { at actorRole operation fields actor { id email displayName role company { name } jobcentre { name } } } } } } }`;
const ERASE = `mutation($id: ID!, $reason: String!) { eraseCandidate(id: $id, reason: $reason) }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateCandidateInput!) { updateCandidate(id: $id, expectedVersion: $v, input: $input) { id version } }`;
const PROPOSE = `mutation($input: ProposeCandidateInput!) { proposeCandidate(input: $input) { id } }`;

interface AccessNode {
  at: string;
  actorRole: string;
  operation: string;
  fields: string[];
  actor: { id: string; email: string; displayName: string; role: string; company: { name: string } | null } | null;
}
interface AccessPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: AccessNode }[];
}

/**
 * Issue 19 over HTTP: who looked (access log, ADMIN review), what we hold
 * (export), consent recorded, erasure on request.
 */
describe('data protection over HTTP', () => {
  let api: TestApi;
  let roles: Awaited<ReturnType<typeof signInAllRoles>>;
  let other: Awaited<ReturnType<typeof login>>;
  let union3f: string;

  beforeAll(async () => {
    api = await startTestApi({ BOOTSTRAP_ADMIN_EMAIL: ADMIN.email, BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password, DATABASE_POOL_SIZE: '15' });
    roles = await signInAllRoles(api.client, api.dataSource, ADMIN);
    const ids = await referenceIds(api.dataSource);
    union3f = ids.union3f;
    await roles.admin.client.data(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: {
        email: 'aarhus@test.example',
        password: 'correct-horse-battery',
        displayName: 'Aase Aarhus',
        role: 'JOBCENTRE',
        jobcentreId: ids.jobcentre751,
      },
    });
    other = await login(api.client, 'aarhus@test.example');
  });

  afterAll(async () => {
    await api.close();
  });

  const accessLog = async (client: GraphqlClient, id: string, first = 50, after: string | null = null) =>
    (await client.data<{ candidate: { accessLog: AccessPage } }>(ACCESS_LOG, { id, first, after })).candidate.accessLog;

  const exportOf = (id: string, token: string | null, format = '') =>
    fetch(`${api.baseUrl}/candidates/${id}/export${format ? `?format=${format}` : ''}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  /** A proposal of the candidate to a new open position of the employer, accepted after an interview. */
  async function acceptedProposal(candidateId: string, position: { id: string }, note: string | null = null) {
    const { proposeCandidate } = await roles.jobcentre.client.data<{ proposeCandidate: { id: string } }>(PROPOSE, {
      input: { candidateId, positionId: position.id, note },
    });
    await roles.employer.client.data(`mutation($id: ID!, $at: DateTime!) { scheduleInterview(id: $id, at: $at) { id } }`, {
      id: proposeCandidate.id,
      at: '2030-01-10T09:00:00.000Z',
    });
    await roles.employer.client.data(`mutation($id: ID!) { acceptProposal(id: $id) { id } }`, { id: proposeCandidate.id });
    return proposeCandidate.id;
  }

  describe('access review', () => {
    let hana: string;
    let omar: string;

    it('lists exactly the reads made, list queries, contact reads and exports included, newest first', async () => {
      hana = (await createCandidate(roles.jobcentre.client, { fullName: 'Hana Access', shareProfileWithEmployers: true })).id;
      omar = (await createCandidate(roles.jobcentre.client, { fullName: 'Omar Other' })).id;
      const position = await createOpenPosition(roles.employer.client, jobInput({ title: 'Rengøring, adgangslog' }));
      const proposalId = await acceptedProposal(hana, position, 'Stærk i rengøring');
      // The employer reads the contact of an ACCEPTED proposal.
      await roles.employer.client.data(`query($id: ID!) { proposal(id: $id) { candidateContact { fullName email } } }`, { id: proposalId });
      await roles.jobcentre.client.data(`query($id: ID!) { candidate(id: $id) { fullName cprMasked } }`, { id: hana });
      const list = await roles.jobcentre.client.data<{ candidates: { edges: { node: { id: string } }[] } }>(
        `{ candidates(first: 50) { edges { node { id fullName } } } }`,
      );
      expect(list.candidates.edges.map((edge) => edge.node.id).sort()).toEqual([hana, omar].sort());
      expect((await exportOf(hana, roles.jobcentre.token)).status).toBe(200);

      const log = await accessLog(roles.jobcentre.client, hana);
      expect(log.edges.map((edge) => [edge.node.operation, edge.node.actorRole])).toEqual([
        ['accessLog', 'JOBCENTRE'], // reading the log is itself logged…
        ['candidate', 'JOBCENTRE'], // …as is the record it is read through (`candidate(id) { accessLog }`)
        ['export', 'JOBCENTRE'],
        ['candidates', 'JOBCENTRE'],
        ['candidate', 'JOBCENTRE'],
        ['candidateContact', 'EMPLOYER'],
        ['createCandidate', 'JOBCENTRE'],
      ]);
      expect(log.totalCount).toBe(7);
      const times = log.edges.map((edge) => Date.parse(edge.node.at));
      expect([...times].sort((a, b) => b - a)).toEqual(times);
      const byOperation = new Map(log.edges.map((edge) => [edge.node.operation, edge.node]));
      expect(byOperation.get('export')?.fields).toEqual(
        expect.arrayContaining(['fullName', 'cpr', 'email', 'phone', 'proposals.note', 'matches', 'accessLog']),
      );
      expect(byOperation.get('candidates')?.fields).toEqual(['fullName', 'cprMasked', 'dateOfBirth', 'email', 'phone']);
      // Own caseworker by name; the employer's user only by role and organisation.
      expect(byOperation.get('candidate')?.actor).toMatchObject({ id: roles.jobcentre.userId, displayName: 'Kim Caseworker' });
      expect(byOperation.get('candidateContact')?.actor).toMatchObject({
        email: '',
        displayName: '',
        role: 'EMPLOYER',
        company: { name: 'Aarhus Byg ApS' },
      });
      // The other person's log has only their own reads (creation and the list).
      expect((await accessLog(roles.jobcentre.client, omar)).edges.map((edge) => edge.node.operation)).toEqual([
        'accessLog',
        'candidate',
        'candidates',
        'createCandidate',
      ]);
      // The log holds ids and field names only, never a value read.
      const rows: { row: string }[] = await api.dataSource.query(`SELECT t::text AS row FROM personal_data_access t`);
      expect(rows.filter(({ row }) => /Hana|Access|example\.test|\+45/.test(row))).toEqual([]);
    });

    it('pages with keyset cursors, newest first, without gaps or repeats', async () => {
      const operations: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const page = await accessLog(roles.jobcentre.client, hana, 2, after);
        // The first request adds its own two reads at the top; later pages continue strictly behind the cursor.
        operations.push(...page.edges.map((edge) => edge.node.operation));
        pages += 1;
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(pages).toBe(5);
      expect(operations).toEqual([
        ...['accessLog', 'candidate'], // this test's first page
        ...['accessLog', 'candidate', 'export', 'candidates', 'candidate', 'candidateContact', 'createCandidate'],
      ]);
      const bad = await roles.jobcentre.client.request(ACCESS_LOG, { id: hana, first: 2, after: 'garbage' });
      expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });
    });

    it('is visible to no one outside the jobcentre but ADMIN (system-wide, by user and period)', async () => {
      for (const client of [other.client, roles.employer.client, roles.union.client, roles.admin.client]) {
        expect(errorOf(await client.request(ACCESS_LOG, { id: hana }))?.code).toBe('NOT_FOUND');
      }
      const ACCESSES = `query($userId: ID, $from: DateTime, $to: DateTime, $first: Int) {
        personalDataAccesses(userId: $userId, from: $from, to: $to, first: $first) { totalCount edges { node { operation actorRole actor { email } } } } }`;
      for (const client of [roles.jobcentre.client, roles.employer.client, roles.union.client]) {
        expect(errorOf(await client.request(ACCESSES, {}))?.code).toBe('FORBIDDEN');
      }
      const { personalDataAccesses } = await roles.admin.client.data<{
        personalDataAccesses: { totalCount: number; edges: { node: { operation: string; actor: { email: string } } }[] };
      }>(ACCESSES, { userId: roles.employer.userId, first: 10 });
      expect(personalDataAccesses.edges.map((edge) => [edge.node.operation, edge.node.actor.email])).toEqual([
        ['candidateContact', 'employer@test.example'],
      ]);
      const future = await roles.admin.client.data<{ personalDataAccesses: { totalCount: number } }>(ACCESSES, {
        from: new Date(Date.now() + 3_600_000).toISOString(),
      });
      expect(future.personalDataAccesses.totalCount).toBe(0);
      const reversed = await roles.admin.client.request(ACCESSES, { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' });
      expect(errorOf(reversed)?.reason).toBe('PERIOD_INVALID');
      // ADMIN's read of the log is in the person's log too.
      const log = await accessLog(roles.jobcentre.client, hana, 3);
      expect(log.edges[2].node).toMatchObject({ operation: 'personalDataAccesses', actorRole: 'ADMIN', fields: ['accessLog'] });
    });

    it('ranks users by the distinct candidates they read in a period', async () => {
      const READERS = `query($from: DateTime!, $to: DateTime!) { personalDataReaders(from: $from, to: $to) { candidates reads role user { email } } }`;
      const period = { from: new Date(Date.now() - 3_600_000).toISOString(), to: new Date(Date.now() + 60_000).toISOString() };
      expect(errorOf(await roles.jobcentre.client.request(READERS, period))?.code).toBe('FORBIDDEN');
      const { personalDataReaders } = await roles.admin.client.data<{
        personalDataReaders: { candidates: number; reads: number; role: string; user: { email: string } }[];
      }>(READERS, period);
      const ranked = personalDataReaders.map((reader) => [reader.user.email, reader.role, reader.candidates]);
      expect(ranked[0]).toEqual(['caseworker@test.example', 'JOBCENTRE', 2]);
      // A tie (one person each) in either order.
      expect(ranked.slice(1)).toEqual(
        expect.arrayContaining([
          ['admin@test.example', 'ADMIN', 1],
          ['employer@test.example', 'EMPLOYER', 1],
        ]),
      );
      expect(ranked).toHaveLength(3);
    });
  });

  describe('subject access export', () => {
    it('answers 401 without a token, 403 for other roles, 404 for a candidate the caller may not see', async () => {
      const { id } = await createCandidate(roles.jobcentre.client, { fullName: 'Sara Export' });
      expect((await exportOf(id, null)).status).toBe(401);
      expect((await exportOf(id, 'not-a-token')).status).toBe(401);
      for (const token of [roles.employer.token, roles.union.token, roles.admin.token])
        expect((await exportOf(id, token)).status).toBe(403);
      expect((await exportOf(id, other.token)).status).toBe(404);
      expect((await exportOf(randomUUID(), roles.jobcentre.token)).status).toBe(404);
      expect((await exportOf('not-a-uuid', roles.jobcentre.token)).status).toBe(404);
      const refused = await exportOf(id, other.token);
      expect(await refused.text()).not.toContain('Sara');
    });

    it('contains every piece of data created for the person and nothing of other people, as JSON and as PDF', async () => {
      const sara = await createCandidate(roles.jobcentre.client, {
        fullName: 'Sara Sørensen Export',
        email: 'sara.export@example.test',
        phone: '+4522334455',
        shareProfileWithEmployers: true,
      });
      const bystander = await createCandidate(roles.jobcentre.client, { fullName: 'Bent Bystander', email: 'bent@example.test' });
      const position = await createOpenPosition(roles.employer.client, jobInput({ title: 'Lagermedarbejder til eksport' }));
      const { proposeCandidate } = await roles.jobcentre.client.data<{ proposeCandidate: { id: string } }>(PROPOSE, {
        input: { candidateId: sara.id, positionId: position.id, note: 'Sara har erfaring fra lager' },
      });
      await roles.employer.client.data(`mutation($id: ID!, $r: String!) { rejectProposal(id: $id, reason: $r) { id } }`, {
        id: proposeCandidate.id,
        r: 'Sara mangler truckcertifikat',
      });
      await roles.jobcentre.client.data(PROPOSE, { input: { candidateId: bystander.id, positionId: position.id, note: 'Bent er god' } });
      const [{ reference: bystanderReference }] = await api.dataSource.query('SELECT reference FROM candidate WHERE id = $1', [
        bystander.id,
      ]);
      await api.dataSource.query(
        `INSERT INTO candidate_match_list (candidate_id, position_ids, scores) VALUES ($1, ARRAY[$2]::uuid[], ARRAY[0.8125])`,
        [sara.id, position.id],
      );
      // Notices as the worker writes them: one about Sara to two users (one notice, two rows), one about Bent.
      const [{ reference: saraReference }] = await api.dataSource.query('SELECT reference FROM candidate WHERE id = $1', [sara.id]);
      const notice = (reference: string) => `Jobcentret foreslår kandidat ${reference} til stillingen "Lagermedarbejder til eksport".`;
      await api.dataSource.query(
        `INSERT INTO notification (recipient_id, kind, dedupe_key, title, body, title_en, body_en)
         VALUES ($1, 'PROPOSAL_RECEIVED', 'event:sara', 'Nyt kandidatforslag', $3, 'New candidate proposal', $3),
                ($2, 'PROPOSAL_RECEIVED', 'event:sara', 'Nyt kandidatforslag', $3, 'New candidate proposal', $3),
                ($1, 'PROPOSAL_RECEIVED', 'event:bent', 'Nyt kandidatforslag', $4, 'New candidate proposal', $4)`,
        [roles.employer.userId, roles.jobcentre.userId, notice(saraReference), notice(bystanderReference)],
      );

      const response = await exportOf(sara.id, roles.jobcentre.token);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/application\/json/);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const body = await response.text();
      const data = JSON.parse(body) as {
        reference: string;
        sections: Record<string, unknown>;
        accessLog: { operation: string }[];
      };
      expect(data.sections.candidate).toMatchObject({
        fullName: 'Sara Sørensen Export',
        cpr: sara.cpr.replace('-', ''),
        dateOfBirth: '1995-03-15',
        email: 'sara.export@example.test',
        phone: '+4522334455',
        residenceBasis: 'REFUGEE',
        shareProfileWithEmployers: true,
        consentHistory: [expect.objectContaining({ shared: true, byUserId: roles.jobcentre.userId })],
      });
      expect(data.sections.proposals).toEqual([
        expect.objectContaining({
          status: 'REJECTED',
          positionTitle: 'Lagermedarbejder til eksport',
          note: 'Sara har erfaring fra lager',
          decisionReason: 'Sara mangler truckcertifikat',
          history: [expect.objectContaining({ status: 'PROPOSED' }), expect.objectContaining({ status: 'REJECTED' })],
        }),
      ]);
      expect(data.sections.programmes).toEqual([]);
      expect(data.sections.matches).toEqual([expect.objectContaining({ positionId: position.id, score: 0.8125 })]);
      expect(data.sections.notifications).toEqual([
        { kind: 'PROPOSAL_RECEIVED', title: 'Nyt kandidatforslag', body: notice(saraReference), createdAt: expect.any(String) },
      ]);
      expect(data.accessLog.map((entry) => entry.operation)).toEqual(['createCandidate', 'export']);
      for (const foreign of [
        'Bent',
        'bent@example.test',
        bystander.cpr.replace('-', ''),
        bystander.id,
        bystanderReference,
        'Bent er god',
      ]) {
        expect(body).not.toContain(foreign);
      }

      const pdf = await exportOf(sara.id, roles.jobcentre.token, 'pdf');
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      const bytes = Buffer.from(await pdf.arrayBuffer());
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      expect(bytes.length).toBeGreaterThan(2000);
      // Both downloads are reads of every field.
      const log = await accessLog(roles.jobcentre.client, sara.id, 5);
      expect(log.edges.map((edge) => edge.node.operation)).toEqual(['accessLog', 'candidate', 'export', 'export', 'createCandidate']);
    });
  });

  describe('consent to share the profile', () => {
    it('is recorded with who and when, and withdrawing it empties employers’ profile searches and match lists at once', async () => {
      const layla = await createCandidate(roles.jobcentre.client, { fullName: 'Layla Consent', shareProfileWithEmployers: true });
      const [{ reference }] = await api.dataSource.query('SELECT reference FROM candidate WHERE id = $1', [layla.id]);
      const position = await createOpenPosition(roles.employer.client, jobInput({ title: 'Køkkenmedhjælper, samtykke' }));
      // A stored match list, as the matching worker writes it.
      await api.dataSource.query(
        `INSERT INTO position_match_list (position_id, candidate_ids, scores) VALUES ($1, ARRAY[$2]::uuid[], ARRAY[0.9])`,
        [position.id, layla.id],
      );
      const employerView = async () => {
        const profiles = await roles.employer.client.data<{ candidateProfiles: { edges: { node: { reference: string } }[] } }>(
          `{ candidateProfiles(first: 100) { edges { node { reference } } } }`,
        );
        const matches = await roles.employer.client.data<{
          position: { matches: { totalCount: number; edges: { node: { candidate: { reference: string } } }[] } };
        }>(`query($id: ID!) { position(id: $id) { matches(first: 10) { totalCount edges { node { candidate { reference } } } } } }`, {
          id: position.id,
        });
        return {
          profiles: profiles.candidateProfiles.edges.some((edge) => edge.node.reference === reference),
          matches: matches.position.matches.edges.map((edge) => edge.node.candidate.reference),
        };
      };
      expect(await employerView()).toEqual({ profiles: true, matches: [reference] });

      const version = async () =>
        (await api.dataSource.query('SELECT version FROM candidate WHERE id = $1', [layla.id]))[0].version as number;
      await roles.jobcentre.client.data(UPDATE, { id: layla.id, v: await version(), input: { shareProfileWithEmployers: false } });
      // No recomputation has run: the query path itself checks consent.
      expect(await employerView()).toEqual({ profiles: false, matches: [] });
      await roles.jobcentre.client.data(UPDATE, { id: layla.id, v: await version(), input: { phone: '+4511112222' } }); // not a consent change
      await roles.jobcentre.client.data(UPDATE, { id: layla.id, v: await version(), input: { shareProfileWithEmployers: true } });
      expect(await employerView()).toEqual({ profiles: true, matches: [reference] });

      const { candidate } = await roles.jobcentre.client.data<{
        candidate: { consentHistory: { shared: boolean; at: string; by: { displayName: string } | null }[] };
      }>(`query($id: ID!) { candidate(id: $id) { consentHistory { shared at by { displayName } } } }`, { id: layla.id });
      expect(candidate.consentHistory.map((change) => [change.shared, change.by?.displayName])).toEqual([
        [true, 'Kim Caseworker'],
        [false, 'Kim Caseworker'],
        [true, 'Kim Caseworker'],
      ]);
      const times = candidate.consentHistory.map((change) => Date.parse(change.at));
      expect([...times].sort((a, b) => a - b)).toEqual(times);
    });
  });

  describe('erasure on request', () => {
    const STATISTICS = `SELECT c.reference, c.municipality_code, c.arrived_in_denmark_on, c.arrived_in_municipality_on, c.first_offer_target_date,
        c.first_offer_deadline, c.first_offer_at, c.status, c.igu_started_on, extract(year FROM c.date_of_birth) AS birth_year,
        (SELECT json_agg(json_build_object('status', p.status, 'created', p.created_at, 'interview', p.interview_at) ORDER BY p.created_at)
           FROM proposal p WHERE p.candidate_id = c.id) AS proposals,
        (SELECT json_agg(json_build_object('kind', g.kind, 'status', g.status, 'start', g.start_date, 'end', g.end_date, 'terminated', g.terminated_on) ORDER BY g.created_at)
           FROM programme g WHERE g.candidate_id = c.id) AS programmes
      FROM candidate c WHERE c.id = $1`;
    const PROGRAMME = `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id version } }`;
    const schoolPeriods = [{ startDate: inDays(47), endDate: inDays(47 + 23 * 7 - 1), description: 'AMU-kursus for Nadia' }];

    it('is refused while a programme is ACTIVE, then removes every personal and free-text value, keeping statistics', async () => {
      const nadia = await createCandidate(roles.jobcentre.client, {
        fullName: 'Nadia Erasure Haddad',
        email: 'nadia@example.test',
        phone: '+4599887766',
        shareProfileWithEmployers: true,
        idempotencyKey: 'register-nadia',
      });
      const idempotencyRecords = async () =>
        (await api.dataSource.query('SELECT count(*)::int AS n FROM idempotency_key WHERE result_id = $1', [nadia.id]))[0].n as number;
      expect(await idempotencyRecords()).toBe(1);
      const igu = await createOpenPosition(
        roles.employer.client,
        iguInput(union3f, { title: 'IGU, sletning', openings: 1, startDate: inDays(40) }),
      );
      const proposalId = await acceptedProposal(nadia.id, igu, 'Nadia er motiveret');
      const { createProgramme } = await roles.employer.client.data<{ createProgramme: { id: string; version: number } }>(PROGRAMME, {
        input: {
          proposalId,
          startDate: inDays(40),
          weeklyWorkHours: 30,
          schoolPeriods,
          noOrdinaryEmploymentLast3Months: true,
          employeeRepresentativeStatement: 'Medarbejderne støtter Nadia',
        },
      });
      const programme = createProgramme.id;
      await roles.employer.client.data(`mutation($id: ID!) { submitProgramme(id: $id) { id } }`, { id: programme });
      await roles.union.client.data(`mutation($id: ID!, $c: String) { decideProgramme(id: $id, decision: APPROVE, comment: $c) { id } }`, {
        id: programme,
        c: 'Godkendt, Nadia har de rette forudsætninger',
      });
      await roles.employer.client.data(`mutation($id: ID!) { startProgramme(id: $id) { id } }`, { id: programme });

      const refused = await roles.jobcentre.client.request(ERASE, { id: nadia.id, reason: 'Borgeren har bedt om sletning' });
      expect(errorOf(refused)).toMatchObject({ code: 'CONFLICT', reason: 'PROGRAMME_ACTIVE' });
      expect(
        (await api.dataSource.query('SELECT pseudonymised_at FROM candidate WHERE id = $1', [nadia.id]))[0].pseudonymised_at,
      ).toBeNull();

      await roles.employer.client.data(
        `mutation($id: ID!, $on: Date!, $r: String!) { terminateProgramme(id: $id, on: $on, reason: $r) { id } }`,
        {
          id: programme,
          on: inDays(45),
          r: 'Nadia flyttede til Odense med sin familie',
        },
      );
      const second = await createOpenPosition(roles.employer.client, jobInput({ title: 'Anden stilling, sletning' }));
      const { proposeCandidate } = await roles.jobcentre.client.data<{ proposeCandidate: { id: string } }>(PROPOSE, {
        input: { candidateId: nadia.id, positionId: second.id, note: 'Nadia kan starte straks' },
      });
      await roles.jobcentre.client.data(`mutation($id: ID!, $r: String) { withdrawProposal(id: $id, reason: $r) { id } }`, {
        id: proposeCandidate.id,
        r: 'Nadia er syg',
      });
      const before = (await api.dataSource.query(STATISTICS, [nadia.id]))[0];
      // The statistics' own query (before suppression), over every arrival up to today.
      const figures = () =>
        api.dataSource.query(
          MUNICIPALITY_STATS_SQL,
          municipalityStatsParameters({
            periods: [{ from: '2000-01-01', to: TEST_TODAY }],
            regionCode: null,
            municipalityCode: null,
            today: TEST_TODAY,
          }),
        );
      const figuresBefore = await figures();

      // Other organisations may not erase.
      expect(errorOf(await other.client.request(ERASE, { id: nadia.id, reason: 'x' }))?.code).toBe('NOT_FOUND');
      expect(errorOf(await roles.employer.client.request(ERASE, { id: nadia.id, reason: 'x' }))?.code).toBe('FORBIDDEN');
      expect(errorOf(await roles.jobcentre.client.request(ERASE, { id: nadia.id, reason: '  ' }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'REASON_REQUIRED',
      });

      const erased = await roles.jobcentre.client.data<{ eraseCandidate: boolean }>(ERASE, { id: nadia.id, reason: 'consent_withdrawn' });
      expect(erased.eraseCandidate).toBe(true);

      // Column by column: encrypted values cannot be grepped, so each is checked for absence.
      const [candidate] = await api.dataSource.query(
        `SELECT full_name_encrypted, cpr_encrypted, cpr_index, email_encrypted, phone_encrypted, name_search_index,
           to_char(date_of_birth, 'YYYY-MM-DD') AS dob, share_profile_with_employers, pseudonymised_at FROM candidate WHERE id = $1`,
        [nadia.id],
      );
      expect(candidate).toMatchObject({
        full_name_encrypted: null,
        cpr_encrypted: null,
        cpr_index: null,
        email_encrypted: null,
        phone_encrypted: null,
        name_search_index: [],
        dob: '1995-01-01',
        share_profile_with_employers: false,
      });
      expect(candidate.pseudonymised_at).toBeInstanceOf(Date);
      expect(await idempotencyRecords()).toBe(0); // its request hash derives from the CPR and name
      expect(await api.dataSource.query('SELECT note, decision_reason FROM proposal WHERE candidate_id = $1', [nadia.id])).toEqual([
        { note: null, decision_reason: null },
        { note: null, decision_reason: null },
      ]);
      const events: { note: string | null }[] = await api.dataSource.query(
        'SELECT e.note FROM proposal_event e JOIN proposal p ON p.id = e.proposal_id WHERE p.candidate_id = $1',
        [nadia.id],
      );
      expect(events.length).toBeGreaterThan(3);
      expect(events.every((event) => event.note === null)).toBe(true);
      const [programmeRow] = await api.dataSource.query(
        `SELECT employee_representative_statement, withdrawal_reason, termination_reason, school_periods FROM programme WHERE candidate_id = $1`,
        [nadia.id],
      );
      expect(programmeRow).toMatchObject({ employee_representative_statement: null, withdrawal_reason: null, termination_reason: null });
      expect(programmeRow.school_periods).toEqual([{ startDate: schoolPeriods[0].startDate, endDate: schoolPeriods[0].endDate }]);
      expect(
        await api.dataSource.query(
          'SELECT comment FROM programme_approval a JOIN programme g ON g.id = a.programme_id WHERE g.candidate_id = $1',
          [nadia.id],
        ),
      ).toEqual([{ comment: null }]);
      // Nothing about her left in plain text anywhere: every row of every table, cast to text.
      const tables: { name: string }[] = await api.dataSource.query(
        `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
      );
      const [day, month, year] = ['15', '03', '95'];
      for (const needle of [
        'Nadia',
        'Haddad',
        'nadia@example.test',
        '99887766',
        nadia.cpr.replace('-', ''),
        `${day}${month}${year}`,
        'Odense med',
        'motiveret',
      ]) {
        for (const { name } of tables) {
          const [{ n }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM "${name}" t WHERE t::text LIKE '%' || $1 || '%'`, [
            needle,
          ]);
          expect([name, needle, n]).toEqual([name, needle, 0]);
        }
      }
      // The erasure is recorded: who, when, the art. 17 ground code; not the reason's text.
      expect(
        await api.dataSource.query('SELECT kind, ground, erased_by_user_id FROM personal_data_erasure WHERE subject_id = $1', [nadia.id]),
      ).toEqual([{ kind: 'REQUEST', ground: 'CONSENT_WITHDRAWN', erased_by_user_id: roles.jobcentre.userId }]);
      expect((await api.dataSource.query(STATISTICS, [nadia.id]))[0]).toEqual(before);
      expect(await figures()).toEqual(figuresBefore);

      // The record stays for the jobcentre under its reference; it is no longer offered or editable.
      const { candidate: view } = await roles.jobcentre.client.data<{
        candidate: {
          fullName: string;
          email: string | null;
          phone: string | null;
          cprMasked: string;
          pseudonymisedAt: string | null;
          version: number;
          profile: { reference: string };
        };
      }>(`query($id: ID!) { candidate(id: $id) { fullName email phone cprMasked pseudonymisedAt version profile { reference } } }`, {
        id: nadia.id,
      });
      expect(view).toMatchObject({ fullName: view.profile.reference, email: null, phone: null, cprMasked: 'XXXXXX-XXXX' });
      expect(view.pseudonymisedAt).not.toBeNull();
      const edit = await roles.jobcentre.client.request(UPDATE, { id: nadia.id, v: view.version, input: { fullName: 'Nadia Again' } });
      expect(errorOf(edit)).toMatchObject({ code: 'CONFLICT', reason: 'CANDIDATE_PSEUDONYMISED' });
      const profiles = await roles.jobcentre.client.data<{ candidateProfiles: { edges: { node: { id: string } }[] } }>(
        `{ candidateProfiles(first: 100) { edges { node { id } } } }`,
      );
      expect(profiles.candidateProfiles.edges.some((edge) => edge.node.id === nadia.id)).toBe(false);

      // Idempotent: again, nothing changes.
      const snapshot = async () =>
        api.dataSource.query(
          `SELECT (SELECT row_to_json(c)::text FROM candidate c WHERE c.id = $1) AS candidate,
             (SELECT json_agg(p ORDER BY p.id)::text FROM proposal p WHERE p.candidate_id = $1) AS proposals,
             (SELECT json_agg(g ORDER BY g.id)::text FROM programme g WHERE g.candidate_id = $1) AS programmes,
             (SELECT count(*) FROM personal_data_erasure WHERE subject_id = $1) AS erasures`,
          [nadia.id],
        );
      const once = await snapshot();
      expect((await roles.jobcentre.client.data<{ eraseCandidate: boolean }>(ERASE, { id: nadia.id, reason: 'igen' })).eraseCandidate).toBe(
        true,
      );
      expect(await snapshot()).toEqual(once);
    });
  });
});
