import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { signInAllRoles } from '@igu/testing';
import { startTestApi, type TestApi } from './support/test-api.js';
import { createCandidate } from './support/candidates.js';
import { createOpenPosition, errorOf, inDays, jobInput } from './support/positions.js';

const ADMIN = { email: 'admin@test.example', password: 'bootstrap-admin-password' };
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const UUID = '00000000-0000-4000-8000-000000000000';

interface Page {
  edges: { node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Cursors a client could forge or carry over from another list. */
const FORGED = [
  'WyJ4IiwieSJd', // ["x","y"]
  'garbage',
  base64url(['programmes', '2026-02-30T10:00:00.000000Z', UUID]),
  base64url(['programmes', '2026-11-23T10:00:00.000000Z', 'x']),
  base64url(['2026-11-23T10:00:00.000000', UUID]),
  base64url(['candidates', 'x', UUID, 1]),
];

describe('keyset cursors over HTTP', () => {
  let api: TestApi;
  let roles: Awaited<ReturnType<typeof signInAllRoles>>;
  let positionId: string;
  let candidateId: string;
  const programmeIds: string[] = [];

  beforeAll(async () => {
    api = await startTestApi({ BOOTSTRAP_ADMIN_EMAIL: ADMIN.email, BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password });
    roles = await signInAllRoles(api.client, api.dataSource, ADMIN);
    const start = inDays(40);
    const position = await createOpenPosition(
      roles.employer.client,
      jobInput({ kind: 'INTERNSHIP', title: 'Praktik', startDate: start, openings: 3 }),
    );
    positionId = position.id;
    for (let i = 0; i < 3; i++) {
      const candidate = await createCandidate(roles.jobcentre.client);
      candidateId = candidate.id;
      const { proposeCandidate } = await roles.jobcentre.client.data<{ proposeCandidate: { id: string } }>(
        `mutation($input: ProposeCandidateInput!) { proposeCandidate(input: $input) { id } }`,
        { input: { candidateId: candidate.id, positionId } },
      );
      await roles.employer.client.data(`mutation($id: ID!) { acceptProposal(id: $id) { id } }`, { id: proposeCandidate.id });
      const { createProgramme } = await roles.employer.client.data<{ createProgramme: { id: string } }>(
        `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`,
        { input: { proposalId: proposeCandidate.id, startDate: start, endDate: inDays(60), weeklyWorkHours: 30 } },
      );
      programmeIds.push(createProgramme.id);
    }
  });

  afterAll(async () => {
    await api.close();
  });

  it('pages through programmes created within the same millisecond without skipping any', async () => {
    // Microseconds apart, in the same millisecond: a millisecond cursor skips all but the first.
    await api.dataSource.query(
      `UPDATE programme SET created_at = '2026-11-23T10:00:00.123Z'::timestamptz + (array_position($1::uuid[], id) * interval '1 microsecond')
       WHERE id = ANY($1::uuid[])`,
      [programmeIds],
    );
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const { programmes }: { programmes: Page & { totalCount: number } } = await roles.employer.client.data(
        'query($after: String) { programmes(first: 1, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      expect(programmes.totalCount).toBe(3);
      seen.push(...programmes.edges.map((edge) => edge.node.id));
      if (!programmes.pageInfo.hasNextPage) break;
      after = programmes.pageInfo.endCursor;
    }
    expect(seen).toEqual([...programmeIds].reverse());
  });

  it('pages through proposals created within the same millisecond without skipping any', async () => {
    const ids: { id: string }[] = await api.dataSource.query('SELECT id FROM proposal WHERE position_id = $1 ORDER BY id', [positionId]);
    for (const [i, { id }] of ids.entries()) {
      await api.dataSource.query(
        `UPDATE proposal SET created_at = '2026-11-23T10:00:00.123Z'::timestamptz + $2 * interval '1 microsecond' WHERE id = $1`,
        [id, i + 1],
      );
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const { proposals }: { proposals: Page } = await roles.employer.client.data(
        'query($after: String) { proposals(first: 1, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      seen.push(...proposals.edges.map((edge) => edge.node.id));
      if (!proposals.pageInfo.hasNextPage) break;
      after = proposals.pageInfo.endCursor;
    }
    expect(seen).toEqual(ids.map(({ id }) => id).reverse());
  });

  const connections = (): [string, () => TestApi['client'], string, Record<string, unknown>][] => [
    ['proposals', () => roles.employer.client, 'query($a: String) { proposals(after: $a) { totalCount } }', {}],
    ['programmes', () => roles.employer.client, 'query($a: String) { programmes(after: $a) { totalCount } }', {}],
    ['candidates', () => roles.jobcentre.client, 'query($a: String) { candidates(after: $a) { totalCount } }', {}],
    ['candidateProfiles', () => roles.employer.client, 'query($a: String) { candidateProfiles(after: $a) { totalCount } }', {}],
    ['positions', () => roles.employer.client, 'query($a: String) { positions(after: $a) { totalCount } }', {}],
    ['Company.positions', () => roles.employer.client, 'query($a: String) { me { company { positions(after: $a) { totalCount } } } }', {}],
    [
      'Position.matches',
      () => roles.employer.client,
      'query($a: String, $id: ID!) { position(id: $id) { matches(after: $a) { totalCount } } }',
      { id: '' },
    ],
    [
      'Position.proposals',
      () => roles.employer.client,
      'query($a: String, $id: ID!) { position(id: $id) { proposals(after: $a) { totalCount } } }',
      { id: '' },
    ],
    [
      'Candidate.matches',
      () => roles.jobcentre.client,
      'query($a: String, $id: ID!) { candidate(id: $id) { matches(after: $a) { totalCount } } }',
      { id: 'candidate' },
    ],
    [
      'Candidate.proposals',
      () => roles.jobcentre.client,
      'query($a: String, $id: ID!) { candidate(id: $id) { proposals(after: $a) { totalCount } } }',
      { id: 'candidate' },
    ],
  ];

  it.each(connections().map(([name]) => [name]))(
    'answers a forged or foreign cursor on %s with BAD_USER_INPUT INVALID_CURSOR',
    async (name) => {
      const [, client, query, variables] = connections().find(([n]) => n === name)!;
      const id = variables.id === 'candidate' ? candidateId : positionId;
      const valid = await client().request(query, { ...variables, ...('id' in variables ? { id } : {}), a: null });
      expect(valid.errors).toBeUndefined();
      for (const a of FORGED) {
        const result = await client().request(query, { ...variables, ...('id' in variables ? { id } : {}), a });
        expect({ a, extensions: errorOf(result) }).toEqual({
          a,
          extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' }),
        });
      }
    },
  );

  it('refuses a cursor of one list on another', async () => {
    const { programmes } = await roles.employer.client.data<{ programmes: { pageInfo: { endCursor: string } } }>(
      '{ programmes(first: 1) { pageInfo { endCursor } } }',
    );
    const result = await roles.employer.client.request('query($a: String) { proposals(after: $a) { totalCount } }', {
      a: programmes.pageInfo.endCursor,
    });
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });
  });
});
