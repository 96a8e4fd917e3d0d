import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { signInAllRoles, startTestApi, startTestWorker, type TestApi } from '@igu/testing';
import { createCandidate } from './support/candidates.js';
import { createOpenPosition, errorOf, jobInput } from './support/positions.js';

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

  it('matches follow every change: a published position and a new candidate appear with an explained score', async () => {
    const position = await createOpenPosition(roles.employer.client, jobInput());
    const candidate = await createCandidate(roles.jobcentre.client, { maxCommuteKm: 30, willingToRelocate: true, skillCodes: ['perform-cleaning-duties'] });
    type Matches = { position: { matches: { totalCount: number; edges: { node: Record<string, unknown> & { candidate: { id: string } } }[] } } };
    const seen = await eventually(async () => {
      const { position: found } = await roles.employer.client.data<Matches>(MATCHES, { id: position.id });
      return found.matches.edges.find((edge) => edge.node.candidate.id === candidate.id);
    });
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
    await roles.jobcentre.client.data(`mutation($id: ID!, $v: Int!) { updateCandidate(id: $id, expectedVersion: $v, input: { status: INACTIVE }) { id } }`, {
      id: candidate.id,
      v: current.version,
    });
    await eventually(async () => {
      const { position: found } = await roles.employer.client.data<Matches>(MATCHES, { id: position.id });
      return found.matches.edges.some((edge) => edge.node.candidate.id === candidate.id) ? undefined : true;
    });
  });

  it('recomputeMatches (ADMIN) runs a full recomputation as a job whose status and progress can be read', async () => {
    const refused = await roles.employer.client.request('mutation { recomputeMatches { id } }');
    expect(errorOf(refused)?.code).toBe('FORBIDDEN');
    const { recomputeMatches } = await roles.admin.client.data<{ recomputeMatches: { id: string; state: string; name: string } }>(
      'mutation { recomputeMatches { id name state progress enqueuedAt } }',
    );
    expect(recomputeMatches.name).toBe('full-recompute');
    const done = await eventually(async () => {
      const { job } = await roles.admin.client.data<{ job: { state: string; progress: number; finishedAt: string | null } }>(
        'query($id: ID!) { job(id: $id) { state progress finishedAt } }',
        { id: recomputeMatches.id },
      );
      // The state and the finish time are written in separate steps by some backends: wait for both.
      return job.state === 'COMPLETED' && job.finishedAt ? job : undefined;
    });
    expect(done.progress).toBe(1);
    expect(done.finishedAt).not.toBeNull();
    expect((await roles.admin.client.data<{ job: null }>('{ job(id: "matching:unknown") { id } }')).job).toBeNull();
  });
});
