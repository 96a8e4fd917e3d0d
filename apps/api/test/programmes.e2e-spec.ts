import { anniversary } from '@igu/calendar';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type GraphqlClient, login, signInAllRoles, TEST_PASSWORD, TEST_TODAY } from '@igu/testing';
import { startTestApi, type TestApi } from './support/test-api.js';
import { createCandidate } from './support/candidates.js';
import { createOpenPosition, errorOf, iguInput, inDays, jobInput } from './support/positions.js';

const ADMIN = { email: 'admin@test.example', password: 'bootstrap-admin-password' };
const PROGRAMME_FIELDS = `id version kind status startDate endDate weeklyWorkHours hourlyWageDkk collectiveAgreement
  noOrdinaryEmploymentLast3Months totalSchoolWeeks schoolPeriods { startDate endDate weeks } ruleViolations { code field }
  approvals { decision comment decidedBy { email } } bonusMilestones { kind dueOn amountDkk } registrationDeadline
  union { code } company { name } candidate { reference } position { id status } proposal { id status programme { id } }`;
const CREATE = `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { ${PROGRAMME_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateProgrammeInput!) { updateProgramme(id: $id, expectedVersion: $v, input: $input) { ${PROGRAMME_FIELDS} } }`;
const SUBMIT = `mutation($id: ID!) { submitProgramme(id: $id) { id status version } }`;
const DECIDE = `mutation($id: ID!, $d: ApprovalDecision!, $c: String) { decideProgramme(id: $id, decision: $d, comment: $c) { id status } }`;
const START = `mutation($id: ID!) { startProgramme(id: $id) { id status } }`;
const COMPLETE = `mutation($id: ID!) { completeProgramme(id: $id) { id status } }`;
const TERMINATE = `mutation($id: ID!, $on: Date!, $r: String!) { terminateProgramme(id: $id, on: $on, reason: $r) { id status terminatedOn terminationReason } }`;
const GET = `query($id: ID!) { programme(id: $id) { ${PROGRAMME_FIELDS} } }`;
const WITHDRAW = `mutation($id: ID!, $r: String!) { withdrawProgramme(id: $id, reason: $r) { id status } }`;

interface Programme {
  id: string;
  version: number;
  status: string;
  endDate: string;
  totalSchoolWeeks: number;
  ruleViolations: { code: string; field: string | null }[];
  bonusMilestones: { kind: string; dueOn: string; amountDkk: number }[];
  registrationDeadline: string | null;
  approvals: { decision: string; decidedBy: { email: string } }[];
  position: { status: string };
  proposal: { programme: { id: string } | null } | null;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe('programmes over HTTP: the whole IGU story with four users', () => {
  let api: TestApi;
  let roles: Awaited<ReturnType<typeof signInAllRoles>>;
  let union3f: string;
  let unionHk: string;

  beforeAll(async () => {
    api = await startTestApi({ BOOTSTRAP_ADMIN_EMAIL: ADMIN.email, BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password, DATABASE_POOL_SIZE: '15' });
    roles = await signInAllRoles(api.client, api.dataSource, ADMIN);
    [{ id: union3f }] = await api.dataSource.query(`SELECT id FROM trade_union WHERE code = '3f'`);
    [{ id: unionHk }] = await api.dataSource.query(`SELECT id FROM trade_union WHERE code = 'hk'`);
  });

  afterAll(async () => {
    await api.close();
  });

  /** An Aarhus position, a København candidate, proposed and accepted through the API. */
  async function acceptedProposal(
    position: { id: string },
    candidateOverrides: Record<string, unknown> = {},
    employer = roles.employer.client,
  ) {
    const candidate = await createCandidate(roles.jobcentre.client, candidateOverrides);
    const { proposeCandidate } = await roles.jobcentre.client.data<{ proposeCandidate: { id: string } }>(
      `mutation($input: ProposeCandidateInput!) { proposeCandidate(input: $input) { id } }`,
      { input: { candidateId: candidate.id, positionId: position.id } },
    );
    await employer.data(`mutation($id: ID!, $at: DateTime!) { scheduleInterview(id: $id, at: $at) { id } }`, {
      id: proposeCandidate.id,
      at: '2030-01-10T09:00:00.000Z',
    });
    await employer.data(`mutation($id: ID!) { acceptProposal(id: $id) { id } }`, { id: proposeCandidate.id });
    return { proposalId: proposeCandidate.id, candidateId: candidate.id };
  }

  const start = inDays(40);
  const schoolWeeks = (weeks: number) => [{ startDate: addDays(start, 7), endDate: addDays(start, 7 + weeks * 7 - 1), description: 'AMU' }];
  const candidateStatus = async (id: string) => (await api.dataSource.query('SELECT status FROM candidate WHERE id = $1', [id]))[0].status;

  it('walks create (violations) → fix → submit → changes requested → resubmit → approve → start', async () => {
    const position = await createOpenPosition(roles.employer.client, iguInput(union3f, { openings: 1, startDate: start }));
    const { proposalId, candidateId } = await acceptedProposal(position);

    const created = (
      await roles.employer.client.data<{ createProgramme: Programme }>(CREATE, {
        input: { proposalId, startDate: start, weeklyWorkHours: 30, schoolPeriods: schoolWeeks(10), noOrdinaryEmploymentLast3Months: true },
      })
    ).createProgramme;
    expect(created).toMatchObject({ status: 'DRAFT', kind: 'IGU', totalSchoolWeeks: 10, noOrdinaryEmploymentLast3Months: true });
    expect(created.ruleViolations.map((v) => v.code)).toEqual(['SCHOOL_WEEKS_TOO_FEW']);
    // start + 24 months − 1 day: the day before the 2nd anniversary (29 February → 1 March, as eligibility counts).
    expect(created.endDate).toBe(addDays(anniversary(start, 2), -1));
    expect(created.bonusMilestones).toEqual([]); // nothing is earned by a draft
    expect(created.proposal?.programme?.id).toBe(created.id);

    const refused = await roles.employer.client.request(SUBMIT, { id: created.id });
    expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RULE_VIOLATIONS' });
    expect((errorOf(refused)?.violations as { code: string }[]).map((v) => v.code)).toEqual(['SCHOOL_WEEKS_TOO_FEW']);

    // The union does not see drafts.
    expect(errorOf(await roles.union.client.request(GET, { id: created.id }))?.code).toBe('NOT_FOUND');

    const stale = await roles.employer.client.request(UPDATE, { id: created.id, v: created.version + 1, input: { weeklyWorkHours: 31 } });
    expect(errorOf(stale)).toMatchObject({ code: 'CONFLICT', reason: 'VERSION_MISMATCH' });
    const fixed = (
      await roles.employer.client.data<{ updateProgramme: Programme }>(UPDATE, {
        id: created.id,
        v: created.version,
        input: { schoolPeriods: schoolWeeks(23) },
      })
    ).updateProgramme;
    expect(fixed).toMatchObject({ totalSchoolWeeks: 23, ruleViolations: [] });

    expect((await roles.employer.client.data<{ submitProgramme: Programme }>(SUBMIT, { id: created.id })).submitProgramme.status).toBe(
      'PENDING_APPROVAL',
    );
    expect(
      (
        await roles.union.client.data<{ decideProgramme: Programme }>(DECIDE, {
          id: created.id,
          d: 'REQUEST_CHANGES',
          c: 'Beskriv skoleforløbet',
        })
      ).decideProgramme.status,
    ).toBe('CHANGES_REQUESTED');
    const reopened = (await roles.employer.client.data<{ programme: Programme }>(GET, { id: created.id })).programme;
    await roles.employer.client.data(UPDATE, { id: created.id, v: reopened.version, input: { weeklyWorkHours: 32 } });
    expect((await roles.employer.client.data<{ submitProgramme: Programme }>(SUBMIT, { id: created.id })).submitProgramme.status).toBe(
      'PENDING_APPROVAL',
    );
    expect(
      (await roles.union.client.data<{ decideProgramme: Programme }>(DECIDE, { id: created.id, d: 'APPROVE' })).decideProgramme.status,
    ).toBe('APPROVED');
    expect(errorOf(await roles.employer.client.request(UPDATE, { id: created.id, v: 99, input: { weeklyWorkHours: 30 } }))?.code).toBe(
      'CONFLICT',
    );

    const started = await Promise.all([1, 2].map(() => roles.employer.client.request(START, { id: created.id })));
    expect(started.filter((result) => !result.errors)).toHaveLength(1);
    expect(started.filter((result) => errorOf(result)?.code === 'CONFLICT')).toHaveLength(1);

    const active = (await roles.employer.client.data<{ programme: Programme }>(GET, { id: created.id })).programme;
    expect(active).toMatchObject({ status: 'ACTIVE', position: { status: 'FILLED' } });
    expect(active.bonusMilestones.map((m) => [m.kind, m.amountDkk])).toEqual([
      ['SIX_MONTHS', 20000],
      ['COMPLETION', 20000],
    ]);
    // The employer does not learn who at the union decided; the union does.
    expect(active.approvals.map((a) => [a.decision, a.decidedBy.email])).toEqual([
      ['REQUEST_CHANGES', ''],
      ['APPROVE', ''],
    ]);
    const seenByUnion = (await roles.union.client.data<{ programme: Programme }>(GET, { id: created.id })).programme;
    expect(seenByUnion.approvals.map((a) => a.decidedBy.email)).toEqual(['rep@test.example', 'rep@test.example']);
    const [{ igu_started_on: iguStartedOn }] = await api.dataSource.query('SELECT igu_started_on FROM candidate WHERE id = $1', [
      candidateId,
    ]);
    expect(iguStartedOn).toBe(TEST_TODAY);
    expect(await candidateStatus(candidateId)).toBe('IN_PROGRAMME');
    expect(errorOf(await roles.employer.client.request(COMPLETE, { id: created.id }))).toMatchObject({
      code: 'CONFLICT',
      reason: 'COMPLETE_BEFORE_END',
    });

    // Visible to the candidate's jobcentre and to admin; the union sees it now it is submitted.
    for (const client of [roles.jobcentre.client, roles.admin.client, roles.union.client]) {
      expect((await client.data<{ programme: Programme }>(GET, { id: created.id })).programme.status).toBe('ACTIVE');
    }
    const bad = await roles.employer.client.request(TERMINATE, { id: created.id, on: addDays(start, -1), r: 'x' });
    expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TERMINATION_DATE_OUTSIDE_PROGRAMME' });
    const terminated = await roles.employer.client.data<{ terminateProgramme: { status: string; terminatedOn: string } }>(TERMINATE, {
      id: created.id,
      on: addDays(start, 30),
      r: 'Flyttede',
    });
    expect(terminated.terminateProgramme).toMatchObject({ status: 'TERMINATED', terminatedOn: addDays(start, 30) });
    expect(await candidateStatus(candidateId)).toBe('AVAILABLE');
  });

  it("hides another union's programme from a representative (NOT_FOUND) and refuses illegal transitions", async () => {
    const position = await createOpenPosition(roles.employer.client, iguInput(union3f, { title: 'IGU 2', startDate: start }));
    const { proposalId } = await acceptedProposal(position);
    const { createProgramme } = await roles.employer.client.data<{ createProgramme: Programme }>(CREATE, {
      input: { proposalId, startDate: start, weeklyWorkHours: 30, schoolPeriods: schoolWeeks(23), noOrdinaryEmploymentLast3Months: true },
    });
    expect(errorOf(await roles.employer.client.request(START, { id: createProgramme.id }))).toMatchObject({
      code: 'CONFLICT',
      reason: 'ILLEGAL_TRANSITION',
    });
    await roles.employer.client.data(SUBMIT, { id: createProgramme.id });
    await roles.admin.client.data(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: { email: 'hk-rep@test.example', password: TEST_PASSWORD, displayName: 'H', role: 'UNION_REP', unionId: unionHk },
    });
    const hk = await login(api.client, 'hk-rep@test.example');
    expect(errorOf(await hk.client.request(GET, { id: createProgramme.id }))?.code).toBe('NOT_FOUND');
    expect(errorOf(await hk.client.request(DECIDE, { id: createProgramme.id, d: 'APPROVE' }))?.code).toBe('NOT_FOUND');
    expect((await hk.client.data<{ programmes: { totalCount: number } }>('{ programmes { totalCount } }')).programmes.totalCount).toBe(0);
    expect(
      errorOf(await roles.employer.client.request(CREATE, { input: { proposalId, startDate: start, weeklyWorkHours: 30 } })),
    ).toMatchObject({ code: 'CONFLICT', reason: 'PROGRAMME_EXISTS' });
  });

  it('allows one IGU per person, also under a race', async () => {
    const candidate = await createCandidate(roles.jobcentre.client);
    const proposals: string[] = [];
    for (const title of ['IGU A', 'IGU B']) {
      const position = await createOpenPosition(roles.employer.client, iguInput(union3f, { title, startDate: start }));
      const { proposeCandidate } = await roles.jobcentre.client.data<{ proposeCandidate: { id: string } }>(
        `mutation($input: ProposeCandidateInput!) { proposeCandidate(input: $input) { id } }`,
        { input: { candidateId: candidate.id, positionId: position.id } },
      );
      await roles.employer.client.data(`mutation($id: ID!) { acceptProposal(id: $id) { id } }`, { id: proposeCandidate.id });
      proposals.push(proposeCandidate.id);
    }
    const results = await Promise.all(
      proposals.map((proposalId) =>
        roles.employer.client.request(CREATE, { input: { proposalId, startDate: start, weeklyWorkHours: 30 } }),
      ),
    );
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    // CONFLICT, saying only that one is in progress (not PRIOR_IGU: the person has had no IGU).
    const refused = results.find((result) => result.errors)!;
    expect(errorOf(refused)).toMatchObject({ code: 'CONFLICT', reason: 'IGU_PROGRAMME_IN_PROGRESS' });
    expect(refused.errors![0].message).toBe('The candidate already has an IGU programme in progress');

    // Withdrawing the one in progress frees the candidate for the other.
    const winner = results.find((result) => !result.errors)!.data as { createProgramme: Programme };
    await roles.employer.client.data(WITHDRAW, { id: winner.createProgramme.id, r: 'Kandidaten valgte en anden stilling' });
    const loser = proposals[results.indexOf(refused)];
    const second = await roles.employer.client.request(CREATE, { input: { proposalId: loser, startDate: start, weeklyWorkHours: 30 } });
    expect(second.errors).toBeUndefined();
  });

  it('checks internships: employee statement, duration and the ratio rule; public employers get no bonus', async () => {
    const position = await createOpenPosition(roles.employer.client, jobInput({ kind: 'INTERNSHIP', title: 'Praktik', startDate: start }));
    const { proposalId } = await acceptedProposal(position);
    const { createProgramme } = await roles.employer.client.data<{ createProgramme: Programme }>(CREATE, {
      input: { proposalId, startDate: start, endDate: addDays(start, 13 * 7), weeklyWorkHours: 30 },
    });
    expect(createProgramme.ruleViolations.map((v) => v.code).sort()).toEqual(['DURATION_TOO_LONG', 'EMPLOYEE_STATEMENT_MISSING']);
    expect(createProgramme.bonusMilestones).toEqual([]);
    expect(createProgramme.registrationDeadline ?? null).toBeNull();

    // A public employer of 3 employees: one internship at a time (ratio rule), and no IGU bonus (public employer).
    const council = await registerEmployer('20000007', { employeeCount: 3, publicEmployer: true, companyName: 'Kommunen' });
    const internship = await createOpenPosition(council, jobInput({ kind: 'INTERNSHIP', title: 'Kommunepraktik', startDate: start }));
    const internshipInput = (proposalId: string) => ({
      proposalId,
      startDate: start,
      endDate: addDays(start, 30),
      weeklyWorkHours: 20,
      employeeRepresentativeStatement: 'Tillidsrepræsentanten er enig',
    });
    const [a, b] = [await acceptedProposal(internship, {}, council), await acceptedProposal(internship, {}, council)];
    const first = (await council.data<{ createProgramme: Programme }>(CREATE, { input: internshipInput(a.proposalId) })).createProgramme;
    const second = (await council.data<{ createProgramme: Programme }>(CREATE, { input: internshipInput(b.proposalId) })).createProgramme;
    expect((await council.data<{ submitProgramme: Programme }>(SUBMIT, { id: first.id })).submitProgramme.status).toBe('APPROVED');
    expect((await council.data<{ programme: Programme }>(GET, { id: second.id })).programme.ruleViolations.map((v) => v.code)).toEqual([
      'RATIO_EXCEEDED',
    ]);
    expect(errorOf(await council.request(SUBMIT, { id: second.id }))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RULE_VIOLATIONS' });

    const igu = await createOpenPosition(council, iguInput(union3f, { title: 'Kommune-IGU', startDate: start }));
    const { proposalId: iguProposal } = await acceptedProposal(igu, {}, council);
    const iguProgramme = (
      await council.data<{ createProgramme: Programme }>(CREATE, {
        input: {
          proposalId: iguProposal,
          startDate: start,
          weeklyWorkHours: 30,
          schoolPeriods: schoolWeeks(23),
          noOrdinaryEmploymentLast3Months: true,
        },
      })
    ).createProgramme;
    await council.data(SUBMIT, { id: iguProgramme.id });
    await roles.union.client.data(DECIDE, { id: iguProgramme.id, d: 'APPROVE' });
    const approved = (await council.data<{ programme: Programme }>(GET, { id: iguProgramme.id })).programme;
    expect(approved).toMatchObject({ status: 'APPROVED', bonusMilestones: [] });
  });

  async function registerEmployer(cvr: string, overrides: Record<string, unknown> = {}): Promise<GraphqlClient> {
    const { registerEmployer: registered } = await api.client.data<{ registerEmployer: { accessToken: string } }>(
      `mutation($input: RegisterEmployerInput!) { registerEmployer(input: $input) { accessToken } }`,
      {
        input: {
          cvr,
          companyName: `Firma ${cvr}`,
          municipalityCode: 751,
          employeeCount: 3,
          email: `e${cvr}@test.example`,
          password: TEST_PASSWORD,
          displayName: 'E',
          ...overrides,
        },
      },
    );
    return api.client.withToken(registered.accessToken);
  }

  it('role × operation matrix', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const operations: [string, Record<string, unknown>][] = [
      [CREATE, { input: { proposalId: id, startDate: start, weeklyWorkHours: 30 } }],
      [UPDATE, { id, v: 1, input: {} }],
      [SUBMIT, { id }],
      [START, { id }],
      [COMPLETE, { id }],
      [TERMINATE, { id, on: start, r: 'x' }],
      [DECIDE, { id, d: 'APPROVE' }],
    ];
    const codes = async (client: GraphqlClient) =>
      Promise.all(
        operations.map(async ([query, variables]) => (errorOf(await client.request(query, variables))?.code as string | undefined) ?? 'OK'),
      );
    expect(await codes(api.client)).toEqual(Array(7).fill('UNAUTHENTICATED'));
    expect(await codes(roles.employer.client)).toEqual([...Array(6).fill('NOT_FOUND'), 'FORBIDDEN']);
    expect(await codes(roles.union.client)).toEqual([...Array(6).fill('FORBIDDEN'), 'NOT_FOUND']);
    expect(await codes(roles.jobcentre.client)).toEqual(Array(7).fill('FORBIDDEN'));
    expect(await codes(roles.admin.client)).toEqual(Array(7).fill('FORBIDDEN'));
    expect(errorOf(await roles.jobcentre.client.request(GET, { id }))?.code).toBe('NOT_FOUND');
  });
});
