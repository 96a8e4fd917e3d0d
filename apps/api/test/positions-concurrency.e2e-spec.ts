import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type GraphqlClient, signInAllRoles } from '@igu/testing';
import { startTestApi, type TestApi } from './support/test-api.js';
import {
  CREATE,
  createOpenPosition,
  createPosition,
  errorOf,
  iguInput,
  jobInput,
  POSITION_FIELDS,
  PUBLISH,
  type PositionView,
  registerOtherEmployer,
  UPDATE,
} from './support/positions.js';
import { statementsDuring } from './support/statements.js';

const ADMIN = { email: 'admin@test.example', password: 'bootstrap-admin-password' };

describe('positions under concurrency and at scale', () => {
  let api: TestApi;
  let roles: Awaited<ReturnType<typeof signInAllRoles>>;
  let employer: GraphqlClient;
  let other: { client: GraphqlClient; companyId: string };

  beforeAll(async () => {
    // 20 parallel requests each hold a connection while they wait on the idempotency key.
    api = await startTestApi({ BOOTSTRAP_ADMIN_EMAIL: ADMIN.email, BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password, DATABASE_POOL_SIZE: '25' });
    roles = await signInAllRoles(api.client, api.dataSource, ADMIN);
    employer = roles.employer.client;
    other = await registerOtherEmployer(api.client);
  });

  afterAll(async () => {
    await api.close();
  });

  const events = async (id: string) =>
    (await api.dataSource.query('SELECT topic FROM outbox_event WHERE aggregate_id = $1 ORDER BY id', [id])).map(
      (row: { topic: string }) => row.topic,
    );

  it('10 parallel updates at the same version: exactly 1 succeeds, 9 are CONFLICT, the version moves by 1', async () => {
    const position = await createOpenPosition(employer, jobInput());
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        employer.request<{ updatePosition: PositionView }>(UPDATE, {
          id: position.id,
          v: position.version,
          input: { title: `Parallel edit ${i}`, openings: i + 1, skills: [{ skillCode: 'clean-rooms' }, { skillCode: `clean-surfaces` }] },
        }),
      ),
    );
    const winners = results.filter((result) => !result.errors);
    expect(winners).toHaveLength(1);
    const losers = results.filter((result) => result.errors).map((result) => errorOf(result));
    expect(losers).toEqual(Array.from({ length: 9 }, () => expect.objectContaining({ code: 'CONFLICT', reason: 'VERSION_MISMATCH' })));
    const winner = winners[0].data!.updatePosition;
    const [stored] = await api.dataSource.query('SELECT version, title, openings FROM position WHERE id = $1', [position.id]);
    expect(stored).toEqual({ version: position.version + 1, title: winner.title, openings: winner.openings });
    expect(await api.dataSource.query('SELECT count(*)::int AS n FROM position_skill WHERE position_id = $1', [position.id])).toEqual([
      { n: 2 },
    ]);
    expect(await events(position.id)).toEqual(['position.published', 'position.changed']);
  });

  it('two racing publishes: one succeeds, the other is CONFLICT, one event', async () => {
    const draft = await createPosition(employer, jobInput());
    const results = await Promise.all([employer.request(PUBLISH, { id: draft.id }), employer.request(PUBLISH, { id: draft.id })]);
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.map((result) => errorOf(result)?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    expect(await events(draft.id)).toEqual(['position.published']);
    expect((await api.dataSource.query('SELECT version FROM position WHERE id = $1', [draft.id]))[0].version).toBe(2);
  });

  describe('idempotent createPosition', () => {
    const rows = async (title: string) =>
      (await api.dataSource.query('SELECT id FROM position WHERE title = $1', [title])).map((row: { id: string }) => row.id);

    it('20 parallel identical requests create one position and all return it', async () => {
      const input = jobInput({ title: 'Idempotent job', idempotencyKey: 'create-job-1' });
      const results = await Promise.all(
        Array.from({ length: 20 }, () => employer.request<{ createPosition: PositionView }>(CREATE, { input })),
      );
      expect(results.map((result) => result.errors ?? null)).toEqual(Array.from({ length: 20 }, () => null));
      const ids = new Set(results.map((result) => result.data!.createPosition.id));
      expect(ids.size).toBe(1);
      expect(await rows('Idempotent job')).toEqual([...ids]);
      // A later retry still returns the first result.
      const retry = await employer.data<{ createPosition: PositionView }>(CREATE, { input });
      expect(retry.createPosition.id).toBe([...ids][0]);
      expect(await rows('Idempotent job')).toHaveLength(1);
    });

    it('the same key with another input is IDEMPOTENCY_KEY_REUSED and creates nothing', async () => {
      await createPosition(employer, jobInput({ title: 'Keyed job', idempotencyKey: 'create-job-2' }));
      const reused = await employer.request(CREATE, { input: jobInput({ title: 'Keyed job, changed', idempotencyKey: 'create-job-2' }) });
      expect(errorOf(reused)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'IDEMPOTENCY_KEY_REUSED', field: 'input.idempotencyKey' });
      expect(await rows('Keyed job, changed')).toEqual([]);
      expect(await rows('Keyed job')).toHaveLength(1);
    });

    it('keys belong to their user: another employer’s same key creates their own position', async () => {
      const input = jobInput({ title: 'Shared key job', municipalityCode: 461, idempotencyKey: 'create-job-3' });
      const mine = await createPosition(employer, input);
      const theirs = await createPosition(other.client, input);
      expect(theirs.id).not.toBe(mine.id);
      expect(theirs).toMatchObject({ company: { id: other.companyId } });
    });
  });

  describe('SQL statements per page', () => {
    const PAGE = `query($first: Int) { positions(first: $first) { totalCount edges { node { ${POSITION_FIELDS} } } } }`;

    beforeAll(async () => {
      const unions: { id: string }[] = await api.dataSource.query('SELECT id FROM trade_union ORDER BY code LIMIT 6');
      const skills: { code: string }[] = await api.dataSource.query('SELECT code FROM skill ORDER BY code LIMIT 40');
      const occupations = ['9112', '7131', '5120', '8322', '9321', '9611'];
      const municipalities = [751, 101, 461, 730, 147, 740];
      for (let batch = 0; batch < 11; batch += 1) {
        await Promise.all(
          Array.from({ length: 10 }, (_, i) => {
            const n = batch * 10 + i;
            const fields = {
              title: `Skalaposition ${n}`,
              occupationCode: occupations[n % occupations.length],
              municipalityCode: municipalities[n % municipalities.length],
              skills: [{ skillCode: skills[n % 40].code }, { skillCode: skills[(n + 7) % 40].code, required: false }],
            };
            const input = n % 2 === 0 ? iguInput(unions[n % unions.length].id, fields) : jobInput(fields);
            return createOpenPosition(n % 3 === 0 ? other.client : employer, input);
          }),
        );
      }
    });

    it('is the same small number for 10 and for 100 positions with every nested field', async () => {
      const counts: Record<number, number> = {};
      for (const first of [10, 100]) {
        counts[first] = await statementsDuring(api, async () => {
          const { positions } = await roles.jobcentre.client.data<{ positions: { totalCount: number; edges: { node: PositionView }[] } }>(
            PAGE,
            { first },
          );
          expect(positions.edges).toHaveLength(first);
          expect(positions.totalCount).toBeGreaterThanOrEqual(110);
          const nested = positions.edges.map((edge) => edge.node);
          expect(nested.every((node) => node.company && node.occupation && node.municipality)).toBe(true);
          expect(nested.some((node) => (node.skills as unknown[]).length === 2 && node.union)).toBe(true);
        });
      }
      // The page with its total, the companies, the position skills; reference data
      // (occupation, municipality, union, skill, region) comes from memory.
      expect(counts[100]).toBe(counts[10]);
      expect(counts[100]).toBeLessThanOrEqual(3);
    });

    it('lists positions with company, occupation and municipality in 2 statements at any page size', async () => {
      const LIST = `query($first: Int!) { positions(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
        id version kind status title weeklyHours openings startDate hourlyWageDkk publishedAt
        company { id name } occupation { code title } municipality { code name } } } } }`;
      type Listed = {
        positions: { totalCount: number; edges: { node: { company: unknown; occupation: unknown; municipality: unknown } }[] };
      };
      await roles.jobcentre.client.data(LIST, { first: 1 }); // the reference data loaded into memory once
      const counts: Record<number, number> = {};
      for (const first of [10, 50]) {
        counts[first] = await statementsDuring(api, async () => {
          const { positions } = await roles.jobcentre.client.data<Listed>(LIST, { first });
          expect(positions.edges).toHaveLength(first);
          expect(positions.totalCount).toBeGreaterThanOrEqual(110);
          expect(positions.edges.every(({ node }) => node.company && node.occupation && node.municipality)).toBe(true);
        });
      }
      // The page with its total in one statement, then the page's companies in one batch.
      expect(counts).toEqual({ 10: 2, 50: 2 });
    });
  });
});
