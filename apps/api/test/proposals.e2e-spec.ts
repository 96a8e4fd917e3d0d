import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type GraphqlClient, login, referenceIds, signInAllRoles, TEST_PASSWORD, TEST_TODAY } from '@igu/testing';
import { startTestApi, type TestApi } from './support/test-api.js';
import { createCandidate } from './support/candidates.js';
import { createOpenPosition, errorOf, iguInput, jobInput, registerOtherEmployer } from './support/positions.js';

const ADMIN = { email: 'admin@test.example', password: 'bootstrap-admin-password' };
const PROPOSAL_FIELDS = `id version status note crossMunicipality interviewAt decisionReason
  position { id title } candidate { id reference } proposedBy { name }
  candidateContact { fullName email phone } history { status at note by { email } }`;
const PROPOSE = `mutation($input: ProposeCandidateInput!) { proposeCandidate(input: $input) { ${PROPOSAL_FIELDS} } }`;
const GET = `query($id: ID!) { proposal(id: $id) { ${PROPOSAL_FIELDS} } }`;
const INTERVIEW = `mutation($id: ID!, $at: DateTime!) { scheduleInterview(id: $id, at: $at) { ${PROPOSAL_FIELDS} } }`;
const ACCEPT = `mutation($id: ID!) { acceptProposal(id: $id) { ${PROPOSAL_FIELDS} } }`;
const REJECT = `mutation($id: ID!, $reason: String!) { rejectProposal(id: $id, reason: $reason) { id status decisionReason } }`;
const WITHDRAW = `mutation($id: ID!, $reason: String) { withdrawProposal(id: $id, reason: $reason) { id status } }`;

interface Proposal {
  id: string;
  status: string;
  crossMunicipality: boolean;
  candidateContact: { fullName: string } | null;
  history: { status: string; by: { email: string } | null }[];
  candidate: { id: string; reference: string };
}

describe('proposals over HTTP', () => {
  let api: TestApi;
  let roles: Awaited<ReturnType<typeof signInAllRoles>>;
  let union3f: string;

  beforeAll(async () => {
    api = await startTestApi({ BOOTSTRAP_ADMIN_EMAIL: ADMIN.email, BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password, DATABASE_POOL_SIZE: '25' });
    roles = await signInAllRoles(api.client, api.dataSource, ADMIN);
    union3f = (await referenceIds(api.dataSource)).union3f;
  });

  afterAll(async () => {
    await api.close();
  });

  const propose = (client: GraphqlClient, input: Record<string, unknown>) =>
    client.request<{ proposeCandidate: Proposal }>(PROPOSE, { input });

  it('walks propose → interview → accept across municipalities, with history, contact only once accepted, never a CPR', async () => {
    const position = await createOpenPosition(roles.employer.client, jobInput()); // Aarhus
    const candidate = await createCandidate(roles.jobcentre.client, { fullName: 'Amal Nour' }); // København
    const proposed = await propose(roles.jobcentre.client, { candidateId: candidate.id, positionId: position.id, note: 'Motiveret' });
    const proposal = proposed.data!.proposeCandidate;
    expect(proposal).toMatchObject({ status: 'PROPOSED', crossMunicipality: true, candidateContact: { fullName: 'Amal Nour' } });

    const seenByEmployer = (await roles.employer.client.data<{ proposal: Proposal }>(GET, { id: proposal.id })).proposal;
    expect(seenByEmployer.candidateContact).toBeNull();
    expect(seenByEmployer.candidate.reference).toMatch(/^C-/);
    expect(JSON.stringify(seenByEmployer)).not.toContain('Amal');

    await roles.employer.client.data(INTERVIEW, { id: proposal.id, at: '2030-01-10T09:00:00.000Z' });
    const accepted = (await roles.employer.client.data<{ acceptProposal: Proposal }>(ACCEPT, { id: proposal.id })).acceptProposal;
    expect(accepted.status).toBe('ACCEPTED');
    expect(accepted.candidateContact).toEqual({ fullName: 'Amal Nour', email: 'hana@example.test', phone: '+4512345678' });
    expect(accepted.history.map((event) => event.status)).toEqual(['PROPOSED', 'INTERVIEW', 'ACCEPTED']);
    // The employer sees its own users; the jobcentre's caseworker stays anonymous to it, and vice versa.
    expect(accepted.history.map((event) => event.by?.email ?? null)).toEqual([null, 'employer@test.example', 'employer@test.example']);
    const seenByJobcentre = (await roles.jobcentre.client.data<{ proposal: Proposal }>(GET, { id: proposal.id })).proposal;
    expect(seenByJobcentre.history.map((event) => event.by?.email ?? null)).toEqual(['caseworker@test.example', null, null]);
    for (const response of [proposed, accepted, seenByEmployer]) {
      expect(JSON.stringify(response)).not.toContain(candidate.cpr);
      expect(JSON.stringify(response)).not.toContain(candidate.cpr.replace('-', ''));
    }
    const [{ n }] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM personal_data_access WHERE subject_id = $1 AND actor_user_id = $2 AND 'phone' = ANY(fields)`,
      [candidate.id, roles.employer.userId],
    );
    expect(n).toBe(1); // one contact read by the employer, after acceptance
  });

  it('sets firstOfferAt on the first acceptance only', async () => {
    const candidate = await createCandidate(roles.jobcentre.client);
    const firstOffer = async () =>
      (await api.dataSource.query('SELECT first_offer_at::text AS d FROM candidate WHERE id = $1', [candidate.id]))[0].d;
    expect(await firstOffer()).toBeNull();
    const accept = async (title: string) => {
      const position = await createOpenPosition(roles.employer.client, jobInput({ title }));
      const { proposeCandidate } = (await propose(roles.jobcentre.client, { candidateId: candidate.id, positionId: position.id })).data!;
      await roles.employer.client.data(ACCEPT, { id: proposeCandidate.id });
    };
    await accept('Job 0');
    expect(await firstOffer()).toBe(TEST_TODAY); // set by the acceptance, on the (pinned) Danish day
    // Move it, as if the first offer had been long ago: a later acceptance must leave it alone.
    await api.dataSource.query(`UPDATE candidate SET first_offer_at = '2026-01-05' WHERE id = $1`, [candidate.id]);
    await accept('Job 1');
    expect(await firstOffer()).toBe('2026-01-05');
  });

  it('gives exactly one proposal under 50 parallel proposals of the same pair; the rest CONFLICT', async () => {
    const position = await createOpenPosition(roles.employer.client, jobInput({ title: 'Race' }));
    const candidate = await createCandidate(roles.jobcentre.client);
    const results = await Promise.all(
      Array.from({ length: 50 }, () => propose(roles.jobcentre.client, { candidateId: candidate.id, positionId: position.id })),
    );
    const codes = results.map((result) => (result.errors ? String(errorOf(result)?.code) : 'OK'));
    expect(codes.filter((code) => code === 'OK')).toHaveLength(1);
    expect(codes.filter((code) => code === 'CONFLICT')).toHaveLength(49);
    const [{ n }] = await api.dataSource.query('SELECT count(*)::int AS n FROM proposal WHERE candidate_id = $1', [candidate.id]);
    expect(n).toBe(1);
  });

  it('honours idempotency keys', async () => {
    const position = await createOpenPosition(roles.employer.client, jobInput({ title: 'Idem' }));
    const candidate = await createCandidate(roles.jobcentre.client);
    const input = { candidateId: candidate.id, positionId: position.id, idempotencyKey: 'prop-1' };
    const [a, b] = await Promise.all([propose(roles.jobcentre.client, input), propose(roles.jobcentre.client, input)]);
    expect(a.data!.proposeCandidate.id).toBe(b.data!.proposeCandidate.id);
    const reused = await propose(roles.jobcentre.client, { ...input, note: 'different' });
    expect(errorOf(reused)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it("judges a proposed profile's IGU eligibility at the position's start for the employer, whatever asOf it sends", async () => {
    const position = await createOpenPosition(roles.employer.client, iguInput(union3f, { title: 'IGU asOf' }));
    const candidate = await createCandidate(roles.jobcentre.client);
    const { proposeCandidate } = await roles.jobcentre.client.data<{ proposeCandidate: { id: string } }>(PROPOSE, {
      input: { candidateId: candidate.id, positionId: position.id },
    });
    const ELIGIBILITY = `query($id: ID!) { proposal(id: $id) { candidate {
      early: iguEligibility(asOf: "2000-01-01") { asOf } late: iguEligibility(asOf: "2045-06-01") { asOf } } } }`;
    type Answer = { proposal: { candidate: { early: { asOf: string }; late: { asOf: string } } } };
    const employerView = (await roles.employer.client.data<Answer>(ELIGIBILITY, { id: proposeCandidate.id })).proposal.candidate;
    expect(employerView).toEqual({ early: { asOf: position.startDate }, late: { asOf: position.startDate } });
    // The candidate's own jobcentre chooses freely.
    const ownView = (await roles.jobcentre.client.data<Answer>(ELIGIBILITY, { id: proposeCandidate.id })).proposal.candidate;
    expect(ownView).toEqual({ early: { asOf: '2000-01-01' }, late: { asOf: '2045-06-01' } });
  });

  it('refuses a candidate whose IGU programme once became ACTIVE (igu_started_on), like priorIgu', async () => {
    const position = await createOpenPosition(roles.employer.client, iguInput(union3f, { title: 'IGU again' }));
    const hadOne = await createCandidate(roles.jobcentre.client);
    await api.dataSource.query(`UPDATE candidate SET igu_started_on = '2026-01-05' WHERE id = $1`, [hadOne.id]);
    const result = await propose(roles.jobcentre.client, { candidateId: hadOne.id, positionId: position.id });
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'IGU_NOT_ELIGIBLE' });
    expect((errorOf(result)?.reasons as { code: string }[]).map((reason) => reason.code)).toEqual(['PRIOR_IGU']);
    const long = await propose(roles.jobcentre.client, {
      candidateId: hadOne.id,
      positionId: position.id,
      idempotencyKey: 'k'.repeat(201),
    });
    expect(errorOf(long)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'IDEMPOTENCY_KEY_INVALID', field: 'input.idempotencyKey' });
  });

  it('refuses an ineligible candidate for an IGU position with the reasons', async () => {
    const position = await createOpenPosition(roles.employer.client, iguInput(union3f, { title: 'IGU' }));
    const tooOld = await createCandidate(roles.jobcentre.client, { cpr: '150360-1234', residenceBasis: 'OTHER' });
    const result = await propose(roles.jobcentre.client, { candidateId: tooOld.id, positionId: position.id });
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'IGU_NOT_ELIGIBLE' });
    const codes = (errorOf(result)?.reasons as { code: string }[]).map((reason) => reason.code);
    expect(codes).toEqual(expect.arrayContaining(['AGE_OUT_OF_RANGE', 'RESIDENCE_BASIS']));
    const eligible = await createCandidate(roles.jobcentre.client);
    expect((await propose(roles.jobcentre.client, { candidateId: eligible.id, positionId: position.id })).errors).toBeUndefined();
  });

  it('enforces the state machine: reasons, withdrawals, illegal transitions and racing accepts', async () => {
    const position = await createOpenPosition(roles.employer.client, jobInput({ title: 'States' }));
    const make = async () => {
      const candidate = await createCandidate(roles.jobcentre.client);
      return (await propose(roles.jobcentre.client, { candidateId: candidate.id, positionId: position.id })).data!.proposeCandidate.id;
    };
    const rejected = await make();
    expect(errorOf(await roles.employer.client.request(REJECT, { id: rejected, reason: '  ' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'REASON_REQUIRED',
    });
    expect(
      (await roles.employer.client.data<{ rejectProposal: { status: string } }>(REJECT, { id: rejected, reason: 'Ikke nu' })).rejectProposal
        .status,
    ).toBe('REJECTED');
    expect(errorOf(await roles.employer.client.request(ACCEPT, { id: rejected }))).toMatchObject({
      code: 'CONFLICT',
      reason: 'ILLEGAL_TRANSITION',
    });
    expect(errorOf(await roles.jobcentre.client.request(WITHDRAW, { id: rejected }))).toMatchObject({ code: 'CONFLICT' });

    const withdrawn = await make();
    await roles.employer.client.data(ACCEPT, { id: withdrawn });
    expect(
      (await roles.jobcentre.client.data<{ withdrawProposal: { status: string } }>(WITHDRAW, { id: withdrawn, reason: 'Fik job' }))
        .withdrawProposal.status,
    ).toBe('WITHDRAWN');

    const withProgramme = await make();
    await roles.employer.client.data(ACCEPT, { id: withProgramme });
    await api.dataSource.query(
      `INSERT INTO programme (kind, status, proposal_id, position_id, candidate_id, company_id, start_date, weekly_work_hours)
       SELECT 'INTERNSHIP', 'DRAFT', p.id, p.position_id, p.candidate_id, pos.company_id, '2030-01-01', 30
       FROM proposal p JOIN position pos ON pos.id = p.position_id WHERE p.id = $1`,
      [withProgramme],
    );
    // A programme that has not started is withdrawn with its proposal, in the same transaction.
    expect(
      (await roles.jobcentre.client.data<{ withdrawProposal: { status: string } }>(WITHDRAW, { id: withProgramme })).withdrawProposal
        .status,
    ).toBe('WITHDRAWN');
    const programmeStatus = async (proposalId: string) =>
      (await api.dataSource.query('SELECT status FROM programme WHERE proposal_id = $1', [proposalId]))[0].status;
    expect(await programmeStatus(withProgramme)).toBe('WITHDRAWN');

    const started = await make();
    await roles.employer.client.data(ACCEPT, { id: started });
    await api.dataSource.query(
      `INSERT INTO programme (kind, status, proposal_id, position_id, candidate_id, company_id, start_date, weekly_work_hours)
       SELECT 'INTERNSHIP', 'ACTIVE', p.id, p.position_id, p.candidate_id, pos.company_id, '2030-01-01', 30
       FROM proposal p JOIN position pos ON pos.id = p.position_id WHERE p.id = $1`,
      [started],
    );
    expect(errorOf(await roles.jobcentre.client.request(WITHDRAW, { id: started }))).toMatchObject({
      code: 'CONFLICT',
      reason: 'PROGRAMME_STARTED',
    });
    expect(await programmeStatus(started)).toBe('ACTIVE');

    // Text limits: a reason over 2,000 characters is refused and nothing changes.
    const tooLong = await roles.jobcentre.client.request(WITHDRAW, { id: started, reason: 'x'.repeat(2001) });
    expect(errorOf(tooLong)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_LONG', field: 'reason' });

    const raced = await make();
    const outcomes = await Promise.all([1, 2, 3].map(() => roles.employer.client.request(ACCEPT, { id: raced })));
    expect(outcomes.filter((result) => !result.errors)).toHaveLength(1);
    expect(outcomes.filter((result) => errorOf(result)?.code === 'CONFLICT')).toHaveLength(2);
  });

  it('shows proposals only to the position owner and the proposing jobcentre', async () => {
    const position = await createOpenPosition(roles.employer.client, jobInput({ title: 'Visibility' }));
    const candidate = await createCandidate(roles.jobcentre.client);
    const { id } = (await propose(roles.jobcentre.client, { candidateId: candidate.id, positionId: position.id })).data!.proposeCandidate;
    const other = await registerOtherEmployer(api.client);
    expect(errorOf(await other.client.request(GET, { id }))?.code).toBe('NOT_FOUND');
    expect(errorOf(await other.client.request(ACCEPT, { id }))?.code).toBe('NOT_FOUND');
    const ids = await referenceIds(api.dataSource);
    await roles.admin.client.data(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: {
        email: 'aarhus-jc@test.example',
        password: TEST_PASSWORD,
        displayName: 'A',
        role: 'JOBCENTRE',
        jobcentreId: ids.jobcentre751,
      },
    });
    const aarhus = await login(api.client, 'aarhus-jc@test.example');
    expect(errorOf(await aarhus.client.request(GET, { id }))?.code).toBe('NOT_FOUND');
    expect(errorOf(await aarhus.client.request(WITHDRAW, { id }))?.code).toBe('NOT_FOUND');
    expect(errorOf(await aarhus.client.request(PROPOSE, { input: { candidateId: candidate.id, positionId: position.id } }))?.code).toBe(
      'NOT_FOUND',
    );

    const onPosition = `query($id: ID!) { position(id: $id) { proposals { totalCount edges { node { id } } } } }`;
    const count = async (client: GraphqlClient) =>
      (await client.data<{ position: { proposals: { totalCount: number } } }>(onPosition, { id: position.id })).position.proposals
        .totalCount;
    expect(await count(roles.employer.client)).toBe(1);
    expect(await count(roles.jobcentre.client)).toBe(1);
    expect(await count(aarhus.client)).toBe(0);
    const candidateProposals = `query($id: ID!) { candidate(id: $id) { proposals { totalCount } } }`;
    expect(
      (await roles.jobcentre.client.data<{ candidate: { proposals: { totalCount: number } } }>(candidateProposals, { id: candidate.id }))
        .candidate.proposals.totalCount,
    ).toBe(1);
  });

  it('role × operation matrix', async () => {
    const position = await createOpenPosition(roles.employer.client, jobInput({ title: 'Matrix' }));
    const candidate = await createCandidate(roles.jobcentre.client);
    const { id } = (await propose(roles.jobcentre.client, { candidateId: candidate.id, positionId: position.id })).data!.proposeCandidate;
    const operations: Record<string, [string, Record<string, unknown>]> = {
      proposeCandidate: [PROPOSE, { input: { candidateId: candidate.id, positionId: position.id } }],
      scheduleInterview: [INTERVIEW, { id, at: '2030-01-10T09:00:00.000Z' }],
      acceptProposal: [ACCEPT, { id }],
      rejectProposal: [REJECT, { id, reason: 'x' }],
      withdrawProposal: [WITHDRAW, { id }],
      proposal: [GET, { id }],
      proposals: ['{ proposals { totalCount } }', {}],
    };
    const outcome = async (client: GraphqlClient, name: string) => {
      const [query, variables] = operations[name];
      const result = await client.request(query, variables);
      return result.errors ? String(errorOf(result)?.code) : 'OK';
    };
    const refused = (client: GraphqlClient) =>
      Promise.all(
        ['proposeCandidate', 'scheduleInterview', 'acceptProposal', 'rejectProposal', 'withdrawProposal', 'proposal'].map((name) =>
          outcome(client, name),
        ),
      );
    expect(await refused(api.client)).toEqual(Array(6).fill('UNAUTHENTICATED'));
    expect(await refused(roles.union.client)).toEqual(Array(6).fill('FORBIDDEN'));
    expect(await refused(roles.admin.client)).toEqual(Array(6).fill('FORBIDDEN'));
    expect(await outcome(roles.employer.client, 'proposeCandidate')).toBe('FORBIDDEN');
    expect(await outcome(roles.jobcentre.client, 'acceptProposal')).toBe('FORBIDDEN');
    expect(await outcome(roles.employer.client, 'withdrawProposal')).toBe('FORBIDDEN');
    expect(await outcome(roles.union.client, 'proposals')).toBe('FORBIDDEN');
    const admin = await roles.admin.client.data<{ proposals: { totalCount: number } }>(
      '{ proposals { totalCount edges { node { id } } } }',
    );
    expect(admin.proposals.totalCount).toBeGreaterThan(0); // counts only
    expect((admin.proposals as unknown as { edges: unknown[] }).edges).toEqual([]);
  });
});
