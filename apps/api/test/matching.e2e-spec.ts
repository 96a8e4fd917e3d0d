import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { signInAllRoles } from '@igu/testing';
import { startTestApi, type TestApi } from './support/test-api.js';
import { startTestWorker } from '../../worker/test/support/test-worker.js';
import { cprFor, createCandidate } from './support/candidates.js';
import { createOpenPosition, errorOf, inDays, jobInput } from './support/positions.js';
import { statementsDuring } from './support/statements.js';

const ADMIN = { email: 'admin@test.example', password: 'bootstrap-admin-password' };
const MATCHES = `query($id: ID!) { position(id: $id) { matches { totalCount edges { node {
  score distanceKm crossMunicipality computedAt candidate { id reference }
  breakdown { occupation skills language distance availability iguEligible missingRequiredSkills { code } } } } } } }`;

const eventually = async <T>(probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> => {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

describe(`matching through the API and the worker (${process.env.REDIS_URL ? 'Redis' : 'PostgreSQL'} queue)`, () => {
  let api: TestApi;
  let worker: Awaited<ReturnType<typeof startTestWorker>>;
  let roles: Awaited<ReturnType<typeof signInAllRoles>>;

  beforeAll(async () => {
    api = await startTestApi({ BOOTSTRAP_ADMIN_EMAIL: ADMIN.email, BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password });
    worker = await startTestWorker(api.database.url, { QUEUE_PREFIX: api.config.QUEUE_PREFIX });
    roles = await signInAllRoles(api.client, api.dataSource, ADMIN);
  });

  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  type Matches = {
    position: { matches: { totalCount: number; edges: { node: Record<string, unknown> & { candidate: { id: string } } }[] } };
  };
  const matchesOf = async (client: typeof roles.employer.client, positionId: string) =>
    (await client.data<Matches>(MATCHES, { id: positionId })).position.matches;
  const idsIn = (matches: Matches['position']['matches']) => matches.edges.map((edge) => edge.node.candidate.id);

  it('matches follow every change: a published position and a new candidate appear with an explained score', async () => {
    const position = await createOpenPosition(roles.employer.client, jobInput());
    const candidate = await createCandidate(roles.jobcentre.client, {
      maxCommuteKm: 30,
      willingToRelocate: true,
      skillCodes: ['perform-cleaning-duties'],
      shareProfileWithEmployers: true,
    });
    const seen = await eventually(async () =>
      (await matchesOf(roles.employer.client, position.id)).edges.find((edge) => edge.node.candidate.id === candidate.id),
    );
    expect(seen.node).toMatchObject({
      crossMunicipality: true, // København candidate, Aarhus position
      breakdown: { occupation: 1, skills: 0.8, distance: 0.2, iguEligible: null, missingRequiredSkills: [] },
    });
    expect(JSON.stringify(seen)).not.toMatch(/Hana|@example/);

    // The candidate's jobcentre sees the same pair from the candidate's side.
    const own = await roles.jobcentre.client.data<{ candidate: { matches: { edges: { node: { position: { id: string } } }[] } } }>(
      `query($id: ID!) { candidate(id: $id) { matches { edges { node { score position { id } } } } } }`,
      { id: candidate.id },
    );
    expect(own.candidate.matches.edges.map((edge) => edge.node.position.id)).toContain(position.id);

    // Leaving AVAILABLE removes the candidate's matches.
    const { candidate: current } = await roles.jobcentre.client.data<{ candidate: { version: number } }>(
      `query($id: ID!) { candidate(id: $id) { version } }`,
      { id: candidate.id },
    );
    await roles.jobcentre.client.data(
      `mutation($id: ID!, $v: Int!) { updateCandidate(id: $id, expectedVersion: $v, input: { status: INACTIVE }) { id } }`,
      {
        id: candidate.id,
        v: current.version,
      },
    );
    await eventually(async () =>
      (await matchesOf(roles.employer.client, position.id)).edges.some((edge) => edge.node.candidate.id === candidate.id)
        ? undefined
        : true,
    );
  });

  it("an employer's matches list and count only candidates it may see: shared, or proposed to that position", async () => {
    const position = await createOpenPosition(roles.employer.client, jobInput({ title: 'Rengøring, kun delte profiler' }));
    const fields = { maxCommuteKm: 30, willingToRelocate: true, skillCodes: ['perform-cleaning-duties'] };
    const unshared = await createCandidate(roles.jobcentre.client, { ...fields, shareProfileWithEmployers: false });
    const shared = await createCandidate(roles.jobcentre.client, { ...fields, shareProfileWithEmployers: true });
    // The candidates' own jobcentre sees both matched (the stored list holds both) ...
    await eventually(async () => {
      const ids = idsIn(await matchesOf(roles.jobcentre.client, position.id));
      return ids.includes(unshared.id) && ids.includes(shared.id) ? true : undefined;
    });
    // ... the employer only the shared one, and does not count the other.
    const employerView = await matchesOf(roles.employer.client, position.id);
    expect(idsIn(employerView)).toContain(shared.id);
    expect(idsIn(employerView)).not.toContain(unshared.id);
    expect(employerView.totalCount).toBe(employerView.edges.length);
    const before = employerView.totalCount;

    // Proposed to this position, the unshared candidate is listed and counted.
    await roles.jobcentre.client.data(`mutation($input: ProposeCandidateInput!) { proposeCandidate(input: $input) { id } }`, {
      input: { candidateId: unshared.id, positionId: position.id },
    });
    const afterProposal = await matchesOf(roles.employer.client, position.id);
    expect(idsIn(afterProposal)).toContain(unshared.id);
    expect(afterProposal.totalCount).toBe(before + 1);

    // Another position of the same employer still does not show it.
    const otherPosition = await createOpenPosition(roles.employer.client, jobInput({ title: 'Rengøring, anden stilling' }));
    await eventually(async () =>
      idsIn(await matchesOf(roles.jobcentre.client, otherPosition.id)).includes(unshared.id) ? true : undefined,
    );
    expect(idsIn(await matchesOf(roles.employer.client, otherPosition.id))).not.toContain(unshared.id);
  });

  it("shows a matched profile's IGU eligibility at the position's start date to the employer, whatever asOf it asks", async () => {
    const position = await createOpenPosition(roles.employer.client, jobInput({ title: 'Rengøring, alderstjek', startDate: inDays(45) }));
    // Not eligible (age, time in Denmark, residence basis), so every message would show a leak.
    const candidate = await createCandidate(roles.jobcentre.client, {
      cpr: cprFor('1961-05-17'),
      residenceBasis: 'OTHER',
      arrivedInDenmarkOn: '1990-08-23',
      arrivedInMunicipalityOn: '1990-09-14',
      maxCommuteKm: 30,
      willingToRelocate: true,
      skillCodes: ['perform-cleaning-duties'],
      shareProfileWithEmployers: true,
    });
    const dates = ['2000-01-01', '2016-05-17', '2045-06-30'];
    const probes = dates
      .map((date, i) => `p${i}: iguEligibility(asOf: "${date}") { eligible ruleSet asOf reasons { code message } }`)
      .join(' ');
    const query = `query($id: ID!) { position(id: $id) { matches(first: 5) { edges { node { candidate { id age ${probes}
      plain: iguEligibility { eligible ruleSet asOf reasons { code message } } } } } } } }`;
    type Probed = { position: { matches: { edges: { node: { candidate: Record<string, unknown> & { id: string } } }[] } } };
    const profile = await eventually(async () =>
      (await roles.employer.client.data<Probed>(query, { id: position.id })).position.matches.edges.find(
        (edge) => edge.node.candidate.id === candidate.id,
      ),
    );
    const { age, plain } = profile.node.candidate;
    expect(plain).toMatchObject({ eligible: false, asOf: inDays(45) });
    for (const i of dates.keys()) expect(profile.node.candidate[`p${i}`]).toEqual(plain);
    const text = JSON.stringify(plain);
    for (const value of ['1961', '05-17', '1990', '08-23', '09-14', 'OTHER', String(age), String((age as number) - 1)])
      expect(text).not.toContain(value);

    // The candidate's own jobcentre chooses the date.
    const own = await roles.jobcentre.client.data<Probed>(
      `query($id: ID!) { position(id: $id) { matches(first: 5) { edges { node { candidate { id iguEligibility(asOf: "2016-05-17") { asOf ruleSet } } } } } } }`,
      { id: position.id },
    );
    const mine = own.position.matches.edges.find((edge) => edge.node.candidate.id === candidate.id)!;
    expect(mine.node.candidate.iguEligibility).toEqual({ asOf: '2016-05-17', ruleSet: 'IGU-2016' });
  });

  it('Position.matches and Candidate.matches take the same number of SQL statements for 2 and for 6 parents', async () => {
    for (let i = 0; i < 6; i += 1) {
      await createOpenPosition(roles.employer.client, jobInput({ title: `Rengøring, batch ${i}` }));
      await createCandidate(roles.jobcentre.client, { maxCommuteKm: 30, willingToRelocate: true, skillCodes: ['perform-cleaning-duties'] });
    }
    const NESTED = `matches(first: 5) { totalCount edges { node { score breakdown { occupation } candidate { reference } position { id } } } }`;
    const POSITIONS = `query($first: Int) { positions(first: $first) { edges { node { id ${NESTED} } } } }`;
    const CANDIDATES = `query($first: Int) { candidates(first: $first) { edges { node { id ${NESTED} } } } }`;
    type Parents = Record<string, { edges: { node: { matches: { totalCount: number; edges: unknown[] } } }[] }>;
    // Every parent has matches, so the counts compare real work.
    await eventually(async () => {
      const { candidates } = await roles.jobcentre.client.data<Parents>(CANDIDATES, { first: 6 });
      return candidates.edges.every((edge) => edge.node.matches.totalCount > 0) ? true : undefined;
    });
    const counts: Record<string, number> = {};
    for (const [name, query] of Object.entries({ positions: POSITIONS, candidates: CANDIDATES })) {
      for (const first of [2, 6]) {
        counts[`${name} ${first}`] = await statementsDuring(api, async () => {
          const data = await roles.jobcentre.client.data<Parents>(query, { first });
          expect(data[name].edges).toHaveLength(first);
          expect(data[name].edges.some((edge) => edge.node.matches.edges.length > 0)).toBe(true);
        });
      }
    }
    expect(counts['positions 6']).toBe(counts['positions 2']);
    expect(counts['candidates 6']).toBe(counts['candidates 2']);
  });

  it('recomputeMatches (ADMIN) runs a full recomputation as a job whose status and progress can be read', async () => {
    const refused = await roles.employer.client.request('mutation { recomputeMatches { id } }');
    expect(errorOf(refused)?.code).toBe('FORBIDDEN');
    const { recomputeMatches } = await roles.admin.client.data<{ recomputeMatches: { id: string; state: string; name: string } }>(
      'mutation { recomputeMatches { id name state progress enqueuedAt } }',
    );
    expect(recomputeMatches.name).toBe('full-recompute');
    const progressSeen: number[] = [];
    const done = await eventually(async () => {
      const { job } = await roles.admin.client.data<{ job: { state: string; progress: number; finishedAt: string | null } }>(
        'query($id: ID!) { job(id: $id) { state progress finishedAt } }',
        { id: recomputeMatches.id },
      );
      progressSeen.push(job.progress);
      // The state and the finish time are written in separate steps by some backends: wait for both.
      return job.state === 'COMPLETED' && job.finishedAt ? job : undefined;
    });
    // The job's own progress: a full run reports 1 once its lists are committed (never forced from the state).
    expect(done.progress).toBe(1);
    expect(progressSeen).toEqual([...progressSeen].sort((a, b) => a - b)); // it only moves forward
    expect(done.finishedAt).not.toBeNull();
    expect((await roles.admin.client.data<{ job: null }>('{ job(id: "matching:unknown") { id } }')).job).toBeNull();
  });
});
