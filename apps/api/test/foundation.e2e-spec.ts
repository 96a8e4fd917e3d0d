import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApi, type TestApi } from './support/test-api.js';

describe('API foundation over HTTP', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api.close();
  });

  it('answers {__typename}', async () => {
    expect(await api.client.data('{ __typename }')).toEqual({ __typename: 'Query' });
  });

  it('lists the 98 municipalities with their region and jobcentre', async () => {
    const { municipalities } = await api.client.data<{
      municipalities: { code: number; name: string; region: { name: string }; jobcentre: { name: string } }[];
    }>('{ municipalities { code name region { name } jobcentre { name } } }');
    expect(municipalities).toHaveLength(98);
    expect(municipalities).toContainEqual({
      code: 101,
      name: 'København',
      region: { name: 'Hovedstaden' },
      jobcentre: { name: 'Jobcenter København' },
    });
  });

  it('lists 5 regions with their municipalities and filters municipalities by region', async () => {
    const { regions } = await api.client.data<{ regions: { code: number; municipalities: { code: number }[] }[] }>(
      '{ regions { code name municipalities { code } } }',
    );
    // By name: Hovedstaden, Midtjylland, Nordjylland, Sjælland, Syddanmark.
    expect(regions.map((r) => r.code)).toEqual([1084, 1082, 1081, 1085, 1083]);
    expect(regions.reduce((sum, r) => sum + r.municipalities.length, 0)).toBe(98);
    const { municipalities } = await api.client.data<{ municipalities: { code: number }[] }>(
      '{ municipalities(regionCode: 1082) { code } }',
    );
    expect(municipalities.map((m) => m.code)).toContain(751);
    expect(municipalities).toHaveLength(regions.find((r) => r.code === 1082)!.municipalities.length);
  });

  it('lists reference data sorted: municipalities by name in Danish order, occupations by code', async () => {
    const danish = new Intl.Collator('da', { sensitivity: 'base' });
    const sorted = (names: string[]) => [...names].sort((a, b) => danish.compare(a, b));
    const { municipalities, regions, occupations } = await api.client.data<{
      municipalities: { name: string }[];
      regions: { name: string; municipalities: { name: string }[] }[];
      occupations: { code: string }[];
    }>('{ municipalities { name } regions { name municipalities { name } } occupations(first: 100) { code } }');
    const names = municipalities.map((m) => m.name);
    expect(names).toEqual(sorted(names));
    // Æ, Ø, Å last and "Aa" as "Å": Albertslund first, Ærø before Aabenraa, Aalborg and Aarhus at the very end.
    expect(names[0]).toBe('Albertslund');
    expect(names.slice(-4)).toEqual(['Ærø', 'Aabenraa', 'Aalborg', 'Aarhus']);
    expect(regions.map((r) => r.name)).toEqual(sorted(regions.map((r) => r.name)));
    for (const region of regions)
      expect(region.municipalities.map((m) => m.name)).toEqual(sorted(region.municipalities.map((m) => m.name)));
    const codes = occupations.map((o) => o.code);
    expect(codes).toEqual([...codes].sort());
  });

  it('searches ISCO-08 unit groups by code prefix and by words', async () => {
    const search = async (term: string, first = 100) =>
      (
        await api.client.data<{ occupations: { code: string; title: string }[] }>(
          'query($s: String, $f: Int) { occupations(search: $s, first: $f) { code title } }',
          { s: term, f: first },
        )
      ).occupations;
    expect((await search('9112')).map((o) => o.code)).toEqual(['9112']);
    const ninetyOne = await search('91');
    expect(ninetyOne.length).toBeGreaterThan(1);
    expect(ninetyOne.every((o) => o.code.startsWith('91') && o.code.length === 4)).toBe(true);
    const cleaners = await search('cleaners offices');
    expect(cleaners.map((o) => o.code)).toContain('9112');
    expect(cleaners.every((o) => /cleaners/i.test(o.title) && /offices/i.test(o.title))).toBe(true);
    expect(await search('5', 3)).toHaveLength(3);
    const all = await search('');
    expect(all).toHaveLength(100);
    expect(all.every((o) => o.code.length === 4)).toBe(true);
  });

  it('searches skills and lists unions', async () => {
    const { skills, unions } = await api.client.data<{
      skills: { code: string; category: string }[];
      unions: { id: string; code: string; name: string }[];
    }>('{ skills(search: "forklift") { code label category } unions { id code name } }');
    expect(skills.map((s) => s.code)).toContain('forklift-certificate');
    expect(unions).toHaveLength(15);
    expect(unions.map((u) => u.code)).toContain('3f');
  });

  it('refuses a too costly or too deep document before execution with BAD_USER_INPUT, not an internal error', async () => {
    // `first` multiplies a page's children: 100 positions × 100 matches exceed the default 5,000.
    const costly = await api.client.request(
      'query($n: Int) { positions(first: $n) { edges { node { matches(first: $n) { edges { node { score } } } } } } }',
      { n: 100 },
    );
    expect(costly.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(costly.errors?.[0]?.message).toMatch(/cost limit/i);
    const deep = await api.client.request(`{ regions { ${'municipalities { region { '.repeat(6)}code${' } }'.repeat(6)} } }`);
    expect(deep.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(deep.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('refuses more than 100 items with a coded BAD_USER_INPUT', async () => {
    const result = await api.client.request('{ occupations(first: 101) { code } }');
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'PAGE_SIZE_OUT_OF_RANGE',
      field: 'first',
    });
  });

  it('gives syntax and validation errors the contract code BAD_USER_INPUT', async () => {
    const syntax = await api.client.request('{ municipalities { code ');
    expect(syntax.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknownField = await api.client.request('{ municipalities { nope } }');
    expect(unknownField.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badVariable = await api.client.request('query($r: Int) { municipalities(regionCode: $r) { code } }', {
      r: 'x',
    });
    expect(badVariable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    for (const result of [syntax, unknownField, badVariable]) {
      expect(JSON.stringify(result.errors)).not.toMatch(/stacktrace|at .*\.js/);
    }
  });

  it('rejects documents deeper than the limit before running them', async () => {
    const deep = `{ regions { municipalities { region { municipalities { region { municipalities { region {
      municipalities { region { municipalities { region { municipalities { region { name } } } } } } } } } } } } }`;
    const result = await api.client.request(deep);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects documents over the cost limit as BAD_USER_INPUT', async () => {
    const fields = Array.from(
      { length: 40 },
      (_, i) => `m${i}: municipalities { code name region { code name municipalities { code name } } }`,
    );
    const result = await api.client.request(`{ ${fields.join(' ')} }`);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/limit/i);
  });

  it('echoes a request id and reports liveness and readiness', async () => {
    const live = await fetch(`${api.baseUrl}/health/live`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${api.baseUrl}/health/ready`, { headers: { 'x-request-id': 'test-request-0001' } });
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', checks: { database: 'up', queue: 'up' } });
    expect(ready.headers.get('x-request-id')).toBe('test-request-0001');
    const generated = await fetch(`${api.baseUrl}/health/live`);
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves no IDE outside development', async () => {
    expect((await fetch(`${api.baseUrl}/altair`)).status).toBe(404);
  });

  it('refuses GraphQL GET requests without a CSRF-safe header', async () => {
    const response = await fetch(`${api.baseUrl}/graphql?query=${encodeURIComponent('{__typename}')}`);
    expect(response.status).toBe(400);
  });
});

describe('readiness when the database is gone', () => {
  it('answers 503', async () => {
    const api = await startTestApi();
    try {
      await api.dataSource.destroy();
      const ready = await fetch(`${api.baseUrl}/health/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: 'unavailable', checks: { database: 'down' } });
    } finally {
      await api.app.close().catch(() => undefined);
      await api.database.drop();
    }
  });
});
