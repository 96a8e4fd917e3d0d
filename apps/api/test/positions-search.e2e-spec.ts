import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type GraphqlClient, referenceIds, signInAllRoles } from '@igu/testing';
import { startTestApi, type TestApi } from './support/test-api.js';
import {
  createOpenPosition,
  createPosition,
  CLOSE,
  errorOf,
  iguInput,
  jobInput,
  LIST,
  list,
  type PositionView,
  registerOtherEmployer,
} from './support/positions.js';

const ADMIN = { email: 'admin@test.example', password: 'bootstrap-admin-password' };

describe('searching positions', () => {
  let api: TestApi;
  let roles: Awaited<ReturnType<typeof signInAllRoles>>;
  let other: { client: GraphqlClient; companyId: string };
  /** Named positions; OPEN ones were published in this order (so the listing shows them newest first). */
  const p: Record<string, PositionView> = {};

  beforeAll(async () => {
    api = await startTestApi({ BOOTSTRAP_ADMIN_EMAIL: ADMIN.email, BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password });
    roles = await signInAllRoles(api.client, api.dataSource, ADMIN);
    other = await registerOtherEmployer(api.client);
    const { union3f } = await referenceIds(api.dataSource);
    const aarhus = roles.employer.client;
    p.cleaning = await createOpenPosition(aarhus, jobInput());
    p.igu = await createOpenPosition(aarhus, iguInput(union3f));
    p.painter = await createOpenPosition(
      aarhus,
      jobInput({
        kind: 'INTERNSHIP',
        title: 'Praktik på malerværksted',
        description: 'Vi søger malere til vores værksted i Randers.',
        occupationCode: '7131',
        municipalityCode: 730,
        skills: [],
      }),
    );
    p.cook = await createPosition(aarhus, jobInput({ title: 'Kok til kantine', occupationCode: '5120', skills: [] }));
    p.closed = await createOpenPosition(aarhus, jobInput({ title: 'Lukket rengøringsjob' }));
    await aarhus.data(CLOSE, { id: p.closed.id });
    p.subsidy = await createOpenPosition(
      other.client,
      jobInput({
        kind: 'WAGE_SUBSIDY',
        title: 'Løntilskud: rengøringsmedarbejder',
        description: 'Rengøringsmedarbejder til hoteller i Odense',
        municipalityCode: 461,
      }),
    );
    p.taxi = await createOpenPosition(
      other.client,
      jobInput({ title: 'Taxichauffør', description: 'Kør taxi i København', occupationCode: '8322', municipalityCode: 101, skills: [] }),
    );
    p.otherDraft = await createPosition(other.client, jobInput({ title: 'Odense kladde', municipalityCode: 461 }));
  });

  afterAll(async () => {
    await api.close();
  });

  const names = (ids: string[]) => ids.map((id) => Object.entries(p).find(([, position]) => position.id === id)?.[0] ?? id);
  const search = async (client: GraphqlClient, filter: Record<string, unknown> | null, first = 100) => {
    const page = await list(client, { filter, first });
    expect(page.totalCount).toBe(page.edges.length); // one page holds everything here
    return names(page.edges.map((edge) => edge.node.id));
  };
  const jobcentre = () => roles.jobcentre.client;

  describe('who sees what by default', () => {
    it('jobcentres and unions see OPEN positions nationwide, newest published first', async () => {
      const expected = ['taxi', 'subsidy', 'painter', 'igu', 'cleaning'];
      expect(await search(jobcentre(), null)).toEqual(expected);
      expect(await search(roles.union.client, null)).toEqual(expected);
    });

    it('an employer also sees every position of their own company, never another company’s drafts', async () => {
      expect((await search(roles.employer.client, null)).sort()).toEqual(
        ['taxi', 'subsidy', 'closed', 'cook', 'painter', 'igu', 'cleaning'].sort(),
      );
      expect((await search(other.client, null)).sort()).toEqual(['otherDraft', 'taxi', 'subsidy', 'painter', 'igu', 'cleaning'].sort());
    });

    it('statuses narrow the default; they never widen it beyond what the viewer may see', async () => {
      expect(await search(roles.employer.client, { statuses: ['DRAFT'] })).toEqual(['cook']);
      expect(await search(roles.employer.client, { statuses: ['CLOSED', 'DRAFT'] })).toEqual(['closed', 'cook']);
      expect(await search(jobcentre(), { statuses: ['DRAFT', 'CLOSED'] })).toEqual([]);
      expect(await search(roles.admin.client, null)).toEqual(['taxi', 'subsidy', 'painter', 'igu', 'cleaning']);
      expect((await search(roles.admin.client, { statuses: ['DRAFT'] })).sort()).toEqual(['cook', 'otherDraft']);
    });
  });

  describe('filters', () => {
    it.each([
      ['kinds', { kinds: ['IGU', 'WAGE_SUBSIDY'] }, ['subsidy', 'igu']],
      ['municipalityCodes', { municipalityCodes: [461, 101] }, ['taxi', 'subsidy']],
      ['regionCodes (Midtjylland)', { regionCodes: [1082] }, ['painter', 'igu', 'cleaning']],
      ['regionCodes (Hovedstaden)', { regionCodes: [1084] }, ['taxi']],
      ['a 4-digit occupation code', { occupationCodes: ['9112'] }, ['subsidy', 'igu', 'cleaning']],
      ['a 2-digit occupation prefix', { occupationCodes: ['91'] }, ['subsidy', 'igu', 'cleaning']],
      ['several occupation prefixes', { occupationCodes: ['7', '832'] }, ['taxi', 'painter']],
      ['companyId', { companyId: 'OTHER' }, ['taxi', 'subsidy']],
      ['kinds and regionCodes together', { kinds: ['JOB'], regionCodes: [1082] }, ['cleaning']],
    ])('%s', async (_, filter, expected) => {
      const resolved = JSON.parse(JSON.stringify(filter).replace('OTHER', other.companyId));
      expect(await search(jobcentre(), resolved)).toEqual(expected);
    });

    it.each([
      ['a whole Danish word', 'rengøring', ['subsidy', 'igu', 'cleaning']],
      ['part of a compound word', 'rengøringsmedarb', ['subsidy']],
      ['any case', 'KONTORER', ['igu', 'cleaning']],
      ['an inflection only full-text search finds (malere ~ maleren)', 'maleren', ['painter']],
      ['several words, all required', 'rengøring Odense', ['subsidy']],
      ['LIKE wildcards taken literally', '%', []],
    ])('text: %s', async (_, text, expected) => {
      expect(await search(jobcentre(), { text })).toEqual(expected);
    });

    it('near: a radius around a point (Aarhus 10 km, 50 km reaches Randers, København 5 km)', async () => {
      const aarhus = { latitude: 56.1629, longitude: 10.2039 };
      expect(await search(jobcentre(), { near: { ...aarhus, radiusKm: 10 } })).toEqual(['igu', 'cleaning']);
      expect(await search(jobcentre(), { near: { ...aarhus, radiusKm: 50 } })).toEqual(['painter', 'igu', 'cleaning']);
      expect(await search(jobcentre(), { near: { latitude: 55.6761, longitude: 12.5683, radiusKm: 5 } })).toEqual(['taxi']);
    });

    it.each([
      ['a word as occupation code', { occupationCodes: ['cleaner'] }, 'OCCUPATION_CODE_INVALID', 'filter.occupationCodes[0]'],
      ['a zero radius', { near: { latitude: 56, longitude: 10, radiusKm: 0 } }, 'NEAR_INVALID', 'filter.near.radiusKm'],
      ['201 characters of text', { text: 'x'.repeat(201) }, 'FILTER_TOO_LONG', 'filter.text'],
      ['a malformed company id', { companyId: 'acme' }, 'INVALID_ID', 'filter.companyId'],
    ])('refuses %s with %s', async (_, filter, reason, field) => {
      expect(errorOf(await jobcentre().request(LIST, { filter }))).toMatchObject({ code: 'BAD_USER_INPUT', reason, field });
    });
  });

  it('positionCountsByMunicipality counts OPEN positions per municipality, the same for every role', async () => {
    const COUNTS = '{ positionCountsByMunicipality { municipalityCode openPositions } }';
    const expected = [
      { municipalityCode: 101, openPositions: 1 }, // taxi
      { municipalityCode: 461, openPositions: 1 }, // subsidy (the other employer's draft is not counted)
      { municipalityCode: 730, openPositions: 1 }, // painter
      { municipalityCode: 751, openPositions: 2 }, // cleaning and igu, not the cook draft or the closed one
    ];
    for (const role of ['employer', 'jobcentre', 'union', 'admin'] as const) {
      expect(await roles[role].client.data(COUNTS)).toEqual({ positionCountsByMunicipality: expected });
    }
  });

  it('Company.positions on every position of a page is batched per company and exact for each', async () => {
    const { positions } = await jobcentre().data<{
      positions: { edges: { node: { title: string; company: { positions: { totalCount: number } } } }[] };
    }>('{ positions(first: 100) { edges { node { title company { positions(first: 1) { totalCount } } } } } }');
    // The deep cost limit allows little more than this; totals are per company: 3 in Aarhus, 2 in Odense.
    const totals = Object.fromEntries(positions.edges.map((edge) => [edge.node.title, edge.node.company.positions.totalCount]));
    expect(totals).toEqual({
      [p.cleaning.title]: 3,
      [p.igu.title]: 3,
      [p.painter.title]: 3,
      [p.subsidy.title]: 2,
      [p.taxi.title]: 2,
    });
  });

  describe('pagination', () => {
    it('walks every page with opaque cursors: no gaps, no repeats, the same order, an exact totalCount', async () => {
      const all = (await list(roles.employer.client, { first: 100 })).edges.map((edge) => edge.node.id);
      const seen: string[] = [];
      const cursors: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page += 1) {
        const result = await list(roles.employer.client, { first: 2, after });
        expect(result.totalCount).toBe(all.length);
        expect(result.edges.length).toBeLessThanOrEqual(2);
        seen.push(...result.edges.map((edge) => edge.node.id));
        cursors.push(...result.edges.map((edge) => edge.cursor));
        expect(result.pageInfo.endCursor).toBe(result.edges.at(-1)?.cursor ?? null);
        if (!result.pageInfo.hasNextPage) break;
        after = result.pageInfo.endCursor;
      }
      expect(seen).toEqual(all);
      expect(all).toHaveLength(7);
      // Opaque: no cursor shows any id (nor a recognisable part of one) of the listed positions.
      expect(cursors).toHaveLength(all.length);
      for (const cursor of cursors) {
        for (const id of all) {
          expect(cursor).not.toContain(id);
          expect(cursor).not.toContain(id.replaceAll('-', ''));
          expect(cursor).not.toContain(id.slice(0, 8));
        }
      }
    });

    it('keeps the total with a filter and answers first: 0 with the count only', async () => {
      const first = await list(jobcentre(), { filter: { occupationCodes: ['91'] }, first: 1 });
      expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
      const second = await list(jobcentre(), { filter: { occupationCodes: ['91'] }, first: 5, after: first.pageInfo.endCursor });
      expect(names(second.edges.map((edge) => edge.node.id))).toEqual(['igu', 'cleaning']);
      expect(second.pageInfo).toEqual({ hasNextPage: false, endCursor: second.edges[1].cursor });
      expect(await list(jobcentre(), { first: 0 })).toEqual({
        totalCount: 5,
        pageInfo: { hasNextPage: false, endCursor: null },
        edges: [],
      });
    });

    it('refuses first above 100 and a foreign cursor', async () => {
      expect(errorOf(await jobcentre().request(LIST, { first: 101 }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'PAGE_SIZE_OUT_OF_RANGE',
        field: 'first',
      });
      for (const after of ['garbage', Buffer.from(JSON.stringify(['yesterday', 'x'])).toString('base64url')]) {
        expect(errorOf(await jobcentre().request(LIST, { after }))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });
      }
    });
  });
});
