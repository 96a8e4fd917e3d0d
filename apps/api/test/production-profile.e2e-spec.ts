import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TEST_PASSWORD } from '@igu/testing';
import { startTestApi, type TestApi } from './support/test-api.js';

const ALLOWED = 'https://partner.example';
const REGISTER = `mutation($input: RegisterEmployerInput!) { registerEmployer(input: $input) { accessToken } }`;
const registration = (email: string) => ({
  input: {
    cvr: '10403782',
    companyName: 'Odense Rengøring A/S',
    municipalityCode: 461,
    employeeCount: 12,
    email,
    password: TEST_PASSWORD,
    displayName: 'Olga Owner',
  },
});

/** The API as `NODE_ENV=production` runs it (the real clock: CLOCK_TODAY is refused in production). */
describe('production profile over HTTP', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ NODE_ENV: 'production', CLOCK_TODAY: '', CORS_ORIGINS: ALLOWED });
  });

  afterAll(async () => {
    await api.close();
  });

  const graphqlGet = (query: string, headers: Record<string, string> = {}) =>
    fetch(`${api.baseUrl}/graphql?${new URLSearchParams({ query }).toString()}`, { headers });
  const users = async (email: string): Promise<number> =>
    (await api.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM app_user WHERE email = $1', [email]))[0].n;

  it('refuses introspection', async () => {
    const result = await api.client.request('{ __schema { queryType { name } } }');
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await api.client.request('{ __type(name: "Position") { fields { name } } }')).errors).toHaveLength(1);
  });

  it('gives no "Did you mean" suggestion for a field, an argument, an enum value or an input field', async () => {
    const documents: [string, Record<string, unknown>?][] = [
      ['{ municipalitis { code } }'],
      ['{ municipalities { nam } }'],
      ['{ municipalities(regionCod: 1084) { code } }'],
      ['{ municipalityStats(from: "2026-03-01", to: "2026-03-31", sort: CANDIDATES_ARIVED) { suppressed } }'],
      [
        'query($s: MunicipalityStatsSort) { municipalityStats(from: "2026-03-01", to: "2026-03-31", sort: $s) { suppressed } }',
        { s: 'CANDIDATES_ARIVED' },
      ],
      [REGISTER, { input: { ...registration('x@y.example').input, companyNam: 'typo' } }],
    ];
    for (const [query, variables] of documents) {
      const { errors } = await api.client.request(query, variables);
      expect(errors?.length).toBeGreaterThan(0);
      for (const error of errors ?? []) {
        expect(error.message).not.toMatch(/did you mean/i);
        expect(JSON.stringify(error)).not.toMatch(/stacktrace|exception/i);
      }
    }
  });

  it('sends helmet security headers with the web app CSP, on API answers too', async () => {
    const response = await fetch(`${api.baseUrl}/health/live`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'self';\s*script-src 'self';/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('marks every GraphQL answer, an error too, never to be stored, and sends no ETag', async () => {
    for (const query of ['{ regions { code } }', '{ regionz { code } }']) {
      const response = await fetch(`${api.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('etag')).toBeNull();
    }
  });

  it('allows CORS for a configured origin only', async () => {
    const preflight = (origin: string) =>
      fetch(`${api.baseUrl}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
      });
    const allowed = await preflight(ALLOWED);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const refused = await preflight('https://evil.example');
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();

    const simple = (origin: string) => api.client.request('{ __typename }', undefined, { origin });
    expect((await simple(ALLOWED)).headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect((await simple('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('blocks CSRF-able requests: a GET without preflight header, a POST as a form', async () => {
    const plainGet = await graphqlGet('{ __typename }');
    expect(plainGet.status).toBe(400);
    expect(await plainGet.text()).toMatch(/Cross-Site Request Forgery/);
    expect((await graphqlGet('{ __typename }', { 'apollo-require-preflight': 'true' })).status).toBe(200);
    const form = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(form.status).toBe(400);
  });

  it('refuses a mutation over GET and writes nothing; the same mutation over POST writes', async () => {
    const email = 'get-mutation@odense.example';
    const url = `${api.baseUrl}/graphql?${new URLSearchParams({ query: REGISTER, variables: JSON.stringify(registration(email)) }).toString()}`;
    const overGet = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(overGet.status).toBe(405);
    expect(await users(email)).toBe(0);
    const overPost = await api.client.request(REGISTER, registration(email));
    expect(overPost.errors).toBeUndefined();
    expect(await users(email)).toBe(1);
  });

  it('refuses batched operations', async () => {
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/batching/i);
  });

  it('serves no GraphQL IDE or landing page', async () => {
    expect((await fetch(`${api.baseUrl}/altair`)).status).toBe(404);
    expect((await fetch(`${api.baseUrl}/altair/`, { headers: { accept: 'text/html' } })).status).toBe(404);
    const landing = await fetch(`${api.baseUrl}/graphql`, { headers: { accept: 'text/html' } });
    expect(landing.status).toBe(400);
    expect(await landing.text()).not.toMatch(/<html|sandbox|playground|graphiql/i);
  });
});
