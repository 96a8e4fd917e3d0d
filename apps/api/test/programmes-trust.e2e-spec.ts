import { addDays } from '@igu/calendar';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type GraphqlClient, signInAllRoles, TEST_PASSWORD } from '@igu/testing';
import { startTestApi, type TestApi } from './support/test-api.js';
import { createCandidate } from './support/candidates.js';
import { createOpenPosition, errorOf, iguInput, inDays, jobInput, UPDATE as UPDATE_POSITION } from './support/positions.js';
import { statementsDuring } from './support/statements.js';

const ADMIN = { email: 'admin@test.example', password: 'bootstrap-admin-password' };
const CREATE = `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id version status unionId: union { id } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateProgrammeInput!) {
  updateProgramme(id: $id, expectedVersion: $v, input: $input) { id version status hourlyWageDkk collectiveAgreement union { id } } }`;
const SUBMIT = `mutation($id: ID!) { submitProgramme(id: $id) { id status } }`;
const DECIDE = `mutation($id: ID!, $d: ApprovalDecision!, $c: String) { decideProgramme(id: $id, decision: $d, comment: $c) { id status } }`;
const START = `mutation($id: ID!) { startProgramme(id: $id) { id status } }`;
const GET = `query($id: ID!) { programme(id: $id) { id version status } }`;

/** Trust rules of programmes (docs/domain.md §3–§5): union, dates, ratio lock, FILLED race, nested reads, batching. */
describe('programmes: trust', () => {
  let api: TestApi;
  let roles: Awaited<ReturnType<typeof signInAllRoles>>;
  let union3f: string;
  let unionHk: string;
  const start = inDays(40);
  const school = [{ startDate: addDays(start, 7), endDate: addDays(start, 7 + 23 * 7 - 1), description: 'AMU' }];

  beforeAll(async () => {
    api = await startTestApi({ BOOTSTRAP_ADMIN_EMAIL: ADMIN.email, BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password, DATABASE_POOL_SIZE: '15' });
    roles = await signInAllRoles(api.client, api.dataSource, ADMIN);
    [{ id: union3f }] = await api.dataSource.query(`SELECT id FROM trade_union WHERE code = '3f'`);
    [{ id: unionHk }] = await api.dataSource.query(`SELECT id FROM trade_union WHERE code = 'hk'`);
  });

  afterAll(async () => {
    await api.close();
  });

  async function accepted(position: { id: string }, employer = roles.employer.client): Promise<string> {
    const candidate = await createCandidate(roles.jobcentre.client);
    const { proposeCandidate } = await roles.jobcentre.client.data<{ proposeCandidate: { id: string } }>(
      `mutation($input: ProposeCandidateInput!) { proposeCandidate(input: $input) { id } }`,
      { input: { candidateId: candidate.id, positionId: position.id, note: 'Fortrolig note fra jobcentret' } },
    );
    await employer.data(`mutation($id: ID!) { acceptProposal(id: $id) { id } }`, { id: proposeCandidate.id });
    return proposeCandidate.id;
  }

  async function iguProgramme(position: { id: string }, overrides: Record<string, unknown> = {}) {
    const proposalId = await accepted(position);
    return (
      await roles.employer.client.data<{ createProgramme: { id: string; version: number } }>(CREATE, {
        input: {
          proposalId,
          startDate: start,
          weeklyWorkHours: 30,
          schoolPeriods: school,
          noOrdinaryEmploymentLast3Months: true,
          ...overrides,
        },
      })
    ).createProgramme;
  }

  async function registerEmployer(cvr: string, employeeCount: number): Promise<GraphqlClient> {
    const { registerEmployer: registered } = await api.client.data<{ registerEmployer: { accessToken: string } }>(
      `mutation($input: RegisterEmployerInput!) { registerEmployer(input: $input) { accessToken } }`,
      {
        input: {
          cvr,
          companyName: `Firma ${cvr}`,
          municipalityCode: 751,
          employeeCount,
          email: `e${cvr}@test.example`,
          password: TEST_PASSWORD,
          displayName: 'E',
        },
      },
    );
    return api.client.withToken(registered.accessToken);
  }

  it("fixes the union to the position's, and after submission for good; a union sees a programme only once submitted", async () => {
    const position = await createOpenPosition(roles.employer.client, iguInput(union3f, { title: 'IGU union' }));
    const proposalId = await accepted(position);
    const other = await roles.employer.client.request(CREATE, {
      input: { proposalId, startDate: start, weeklyWorkHours: 30, unionId: unionHk },
    });
    expect(errorOf(other)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNION_NOT_POSITION_UNION', field: 'input.unionId' });
    const programme = await iguProgramme(position);
    const cleared = await roles.employer.client.request(UPDATE, { id: programme.id, v: programme.version, input: { unionId: null } });
    expect(errorOf(cleared)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNION_NOT_POSITION_UNION' });

    // A position without a union: the employer names one at creation; once it has asked for changes it stays.
    const internship = await createOpenPosition(
      roles.employer.client,
      jobInput({ kind: 'INTERNSHIP', title: 'Praktik union', startDate: start }),
    );
    const internshipProposal = await accepted(internship);
    const { createProgramme: named } = await roles.employer.client.data<{ createProgramme: { id: string } }>(CREATE, {
      input: {
        proposalId: internshipProposal,
        startDate: start,
        endDate: addDays(start, 30),
        weeklyWorkHours: 20,
        unionId: union3f,
        employeeRepresentativeStatement: 'OK',
      },
    });
    expect(errorOf(await roles.union.client.request(GET, { id: named.id }))?.code).toBe('NOT_FOUND'); // a draft
    await roles.employer.client.data(SUBMIT, { id: named.id });
    await roles.union.client.data(DECIDE, { id: named.id, d: 'REQUEST_CHANGES', c: 'Uddyb' });
    const { programme: sentBack } = await roles.employer.client.data<{ programme: { version: number } }>(GET, { id: named.id });
    for (const unionId of [unionHk, null]) {
      const swapped = await roles.employer.client.request(UPDATE, { id: named.id, v: sentBack.version, input: { unionId } });
      expect(errorOf(swapped)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNION_FIXED' });
    }
    expect((await roles.union.client.data<{ programme: { status: string } }>(GET, { id: named.id })).programme.status).toBe(
      'CHANGES_REQUESTED',
    );
  });

  it("refuses changing an open IGU position's union once a programme of it was submitted", async () => {
    const position = await createOpenPosition(roles.employer.client, iguInput(union3f, { title: 'IGU union lock' }));
    const changeUnion = async (unionId: string) => {
      const { position: current } = await roles.employer.client.data<{ position: { version: number } }>(
        `query($id: ID!) { position(id: $id) { version } }`,
        { id: position.id },
      );
      return roles.employer.client.request(UPDATE_POSITION, { id: position.id, v: current.version, input: { unionId } });
    };
    const programme = await iguProgramme(position);
    // A DRAFT programme was never shown to a union: the position's union may still change (and back).
    expect((await changeUnion(unionHk)).errors).toBeUndefined();
    expect((await changeUnion(union3f)).errors).toBeUndefined();
    await roles.employer.client.data(SUBMIT, { id: programme.id });
    expect(errorOf(await changeUnion(unionHk))).toMatchObject({ code: 'CONFLICT', reason: 'UNION_LOCKED' });
    const [{ union_id: unionId }] = await api.dataSource.query('SELECT union_id FROM position WHERE id = $1', [position.id]);
    expect(unionId).toBe(union3f);
  });

  it('checks dates: no start before today, no absurd dates, a new date for an overdue start; START re-checks the rules', async () => {
    const position = await createOpenPosition(roles.employer.client, iguInput(union3f, { title: 'IGU dates', openings: 3 }));
    const proposalId = await accepted(position);
    for (const [startDate, reason] of [
      [inDays(-1), 'START_DATE_IN_PAST'],
      ['2150-01-01', 'DATE_OUT_OF_RANGE'],
    ] as const) {
      const refused = await roles.employer.client.request(CREATE, { input: { proposalId, startDate, weeklyWorkHours: 30 } });
      expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', reason, field: 'input.startDate' });
    }
    // Year 9999 does not even pass the Date scalar.
    const absurd = await roles.employer.client.request(CREATE, { input: { proposalId, startDate: '9999-12-31', weeklyWorkHours: 30 } });
    expect(errorOf(absurd)?.code).toBe('BAD_USER_INPUT');
    const programme = await iguProgramme(position);
    await roles.employer.client.data(SUBMIT, { id: programme.id });
    await roles.union.client.data(DECIDE, { id: programme.id, d: 'APPROVE' });
    // Fifteen days after its start date it must get a new date (edit goes back to DRAFT) and be resubmitted.
    await api.dataSource.query('UPDATE programme SET start_date = $2, end_date = $3 WHERE id = $1', [
      programme.id,
      inDays(-15),
      addDays(inDays(-15), 700),
    ]);
    expect(errorOf(await roles.employer.client.request(START, { id: programme.id }))).toMatchObject({
      code: 'CONFLICT',
      reason: 'START_DATE_PASSED',
    });
    const { programme: overdue } = await roles.employer.client.data<{ programme: { version: number } }>(GET, { id: programme.id });
    const { updateProgramme: redated } = await roles.employer.client.data<{ updateProgramme: { status: string } }>(UPDATE, {
      id: programme.id,
      v: overdue.version,
      input: { startDate: inDays(0), schoolPeriods: [{ ...school[0], startDate: inDays(7), endDate: addDays(inDays(7), 23 * 7 - 1) }] },
    });
    expect(redated.status).toBe('DRAFT');
    await roles.employer.client.data(SUBMIT, { id: programme.id });
    await roles.union.client.data(DECIDE, { id: programme.id, d: 'APPROVE' });
    // Facts changed after approval: the start re-checks eligibility and refuses.
    await api.dataSource.query('UPDATE candidate SET prior_igu = true WHERE id = (SELECT candidate_id FROM programme WHERE id = $1)', [
      programme.id,
    ]);
    const refusedStart = await roles.employer.client.request(START, { id: programme.id });
    expect(errorOf(refusedStart)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RULE_VIOLATIONS' });
    expect((errorOf(refusedStart)?.violations as { code: string }[]).map((v) => v.code)).toContain('PRIOR_IGU');
  });

  it('clears an optional field on explicit null, keeps an absent one, and refuses over-long text without changing anything', async () => {
    const position = await createOpenPosition(roles.employer.client, iguInput(union3f, { title: 'IGU edits' }));
    const programme = await iguProgramme(position, { hourlyWageDkk: 120, collectiveAgreement: 'Industriens' });
    const { updateProgramme } = await roles.employer.client.data<{
      updateProgramme: { version: number; hourlyWageDkk: number | null; collectiveAgreement: string };
    }>(UPDATE, { id: programme.id, v: programme.version, input: { hourlyWageDkk: null } });
    expect(updateProgramme).toMatchObject({ hourlyWageDkk: null, collectiveAgreement: 'Industriens' });
    for (const [input, field] of [
      [{ collectiveAgreement: 'x'.repeat(201) }, 'input.collectiveAgreement'],
      [{ employeeRepresentativeStatement: 'x'.repeat(2001) }, 'input.employeeRepresentativeStatement'],
    ] as const) {
      const result = await roles.employer.client.request(UPDATE, { id: programme.id, v: updateProgramme.version, input });
      expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_LONG', field });
    }
    const withdrawn = await roles.employer.client.request(
      `mutation($id: ID!, $r: String!) { withdrawProgramme(id: $id, reason: $r) { id } }`,
      { id: programme.id, r: 'x'.repeat(2001) },
    );
    expect(errorOf(withdrawn)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_LONG', field: 'reason' });
    expect(
      (await roles.employer.client.data<{ programme: { version: number; status: string } }>(GET, { id: programme.id })).programme,
    ).toMatchObject({
      version: updateProgramme.version,
      status: 'DRAFT',
    });
  });

  it('fills a position with 2 openings when two programmes start at the same time', async () => {
    const position = await createOpenPosition(roles.employer.client, iguInput(union3f, { title: 'IGU race', openings: 2 }));
    const ids: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      const programme = await iguProgramme(position);
      await roles.employer.client.data(SUBMIT, { id: programme.id });
      await roles.union.client.data(DECIDE, { id: programme.id, d: 'APPROVE' });
      ids.push(programme.id);
    }
    const results = await Promise.all(ids.map((id) => roles.employer.client.request(START, { id })));
    expect(results.map((result) => result.errors)).toEqual([undefined, undefined]);
    const [{ status }] = await api.dataSource.query('SELECT status FROM position WHERE id = $1', [position.id]);
    expect(status).toBe('FILLED');
  });

  it('ratio rule under concurrency: three internships submitted at once at a company of 3 employees → one', async () => {
    const small = await registerEmployer('20000015', 3);
    const position = await createOpenPosition(small, jobInput({ kind: 'INTERNSHIP', title: 'Praktik x3', startDate: start, openings: 3 }));
    const programmes: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const proposalId = await accepted(position, small);
      const { createProgramme } = await small.data<{ createProgramme: { id: string } }>(CREATE, {
        input: { proposalId, startDate: start, endDate: addDays(start, 60), weeklyWorkHours: 20, employeeRepresentativeStatement: 'OK' },
      });
      programmes.push(createProgramme.id);
    }
    const results = await Promise.all(programmes.map((id) => small.request(SUBMIT, { id })));
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    for (const refused of results.filter((result) => result.errors)) {
      expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RULE_VIOLATIONS' });
      expect((errorOf(refused)?.violations as { code: string }[]).map((v) => v.code)).toEqual(['RATIO_EXCEEDED']);
    }
  });

  it('role × nested field: what each role reads through a programme', async () => {
    const position = await createOpenPosition(roles.employer.client, iguInput(union3f, { title: 'IGU nested' }));
    const programme = await iguProgramme(position);
    await roles.employer.client.data(SUBMIT, { id: programme.id });
    await roles.union.client.data(DECIDE, { id: programme.id, d: 'REQUEST_CHANGES', c: 'Ret skoleperioden' });
    const NESTED = `query($id: ID!) { programme(id: $id) { candidate { reference }
      approvals { comment decidedBy { email displayName role } }
      proposal { id status note decisionReason position { id } candidate { reference } history { status note by { email } } } } }`;
    type View = {
      candidate: { reference: string };
      approvals: { comment: string; decidedBy: { email: string; displayName: string; role: string } }[];
      proposal: {
        note: string | null;
        position: { id: string };
        candidate: { reference: string };
        history: { note: string | null; by: { email: string } | null }[];
      };
    };
    const read = async (client: GraphqlClient) => (await client.data<{ programme: View }>(NESTED, { id: programme.id })).programme;
    const [employer, jobcentre, union, admin] = await Promise.all(
      [roles.employer, roles.jobcentre, roles.union, roles.admin].map((r) => read(r.client)),
    );
    expect(employer.proposal).toMatchObject({ note: 'Fortrolig note fra jobcentret', position: { id: position.id } });
    expect(employer.proposal.history.map((e) => e.by?.email ?? null)).toEqual([null, 'employer@test.example']);
    // Another organisation's user is anonymous: role kept, e-mail and name empty.
    const anonymousRep = { email: '', displayName: '', role: 'UNION_REP' };
    expect(employer.approvals).toEqual([{ comment: 'Ret skoleperioden', decidedBy: anonymousRep }]);
    expect(jobcentre.proposal.note).toBe('Fortrolig note fra jobcentret');
    expect(jobcentre.proposal.history.map((e) => e.by?.email ?? null)).toEqual(['caseworker@test.example', null]);
    expect(jobcentre.approvals[0].decidedBy).toEqual(anonymousRep);
    // The union: the proposal as far as the programme needs it, nobody of another organisation named.
    expect(union.proposal).toMatchObject({
      note: null,
      decisionReason: null,
      position: { id: position.id },
      candidate: { reference: employer.candidate.reference },
    });
    expect(union.proposal.history).toEqual([
      { status: 'PROPOSED', note: null, by: null },
      { status: 'ACCEPTED', note: null, by: null },
    ]);
    expect(union.approvals[0].decidedBy).toEqual({ email: 'rep@test.example', displayName: 'Ulla Union', role: 'UNION_REP' });
    // ADMIN sees proposals only as counts: the same reduced proposal; the profile may be seen in programmes.
    expect(admin.proposal).toMatchObject({ note: null, decisionReason: null, position: { id: position.id } });
    expect(admin.proposal.history.every((event) => event.note === null && event.by === null)).toBe(true);
    expect(admin.candidate.reference).toBe(employer.candidate.reference);
    expect(admin.approvals[0].decidedBy).toEqual(anonymousRep);
  });

  describe('SQL statements per page', () => {
    it('is the same for 3 and 6 programmes with rules, approvals, proposal history; and for positions with their proposals', async () => {
      const PAGE = `query($first: Int) { programmes(first: $first) { edges { node { id ruleViolations { code } bonusMilestones { kind }
        approvals { decidedBy { email } } proposal { id history { by { email } } } } } } }`;
      const counts: number[] = [];
      for (const first of [3, 6]) {
        counts.push(
          await statementsDuring(api, async () => {
            const { programmes } = await roles.employer.client.data<{ programmes: { edges: unknown[] } }>(PAGE, { first });
            expect(programmes.edges).toHaveLength(first);
          }),
        );
      }
      expect(counts[1]).toBe(counts[0]);

      const POSITIONS = `query($first: Int) { myPositions: positions(first: $first) { edges { node { id proposals { totalCount edges { node { id history { status } } } } } } } }`;
      const positionCounts: number[] = [];
      for (const first of [3, 6]) {
        positionCounts.push(await statementsDuring(api, () => roles.employer.client.data(POSITIONS, { first })));
      }
      expect(positionCounts[1]).toBe(positionCounts[0]);
    });
  });
});
