import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApi, type TestApi } from './support/test-api.js';
import { ABUSIVE_QUERIES, SCREEN_QUERIES } from './fixtures/screen-queries.js';

/**
 * The limits run before execution, so these documents need no data: a screen
 * may still fail later (here UNAUTHENTICATED), but never as BAD_USER_INPUT.
 */
describe('query limits: real screens pass, abusive documents do not', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api.close();
  });

  it.each(SCREEN_QUERIES.map((c) => [c.name, c] as const))('lets through %s', async (_name, screen) => {
    const result = await api.client.request(screen.query, screen.variables);
    expect((result.errors ?? []).filter((error) => error.extensions?.code === 'BAD_USER_INPUT')).toEqual([]);
  });

  it('runs a public screen end to end', async () => {
    const reference = SCREEN_QUERIES.find((c) => c.name === 'reference data for forms')!;
    const result = await api.client.request(reference.query, reference.variables);
    expect(result.errors).toBeUndefined();
    expect(result.data).toHaveProperty('regions');
  });

  it.each(ABUSIVE_QUERIES.map((c) => [c.name, c] as const))('refuses %s before execution', async (_name, abuse) => {
    const result = await api.client.request(abuse.query, abuse.variables);
    expect(result.data ?? null).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toMatch(/limit/i);
  });

  it('counts a variable first like a literal one', async () => {
    const document = (first: string) =>
      `query${first === '$n' ? '($n: Int)' : ''} { positions(first: ${first}) { edges { node { matches(first: ${first}) { edges { node { score } } } } } } }`;
    const literal = await api.client.request(document('100'));
    const variable = await api.client.request(document('$n'), { n: 100 });
    for (const result of [literal, variable]) {
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COSTLY' });
    }
    const small = await api.client.request(document('$n'), { n: 10 });
    expect(small.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
