import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { signInAllRoles } from '@igu/testing';
import { startTestApi, type TestApi } from './support/test-api.js';

const ADMIN = { email: 'admin@test.example', password: 'bootstrap-admin-password' };

/** The controllers' one error answer (HttpErrorFilter): status by code, `{ error: { code, message, … } }`, nothing internal. */
describe('HTTP errors of the file routes', () => {
  let api: TestApi;
  let jobcentreToken: string;

  beforeAll(async () => {
    api = await startTestApi({ BOOTSTRAP_ADMIN_EMAIL: ADMIN.email, BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password });
    jobcentreToken = (await signInAllRoles(api.client, api.dataSource, ADMIN)).jobcentre.token;
  });

  afterAll(async () => {
    await api.close();
  });

  const get = (path: string, token?: string) =>
    fetch(`${api.baseUrl}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const post = (path: string, body: string, contentType = 'application/json') =>
    fetch(`${api.baseUrl}${path}`, { method: 'POST', headers: { 'content-type': contentType }, body });

  async function expectError(response: Response, status: number, error: Record<string, unknown>): Promise<void> {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: expect.objectContaining({ ...error, message: expect.any(String) }) });
    expect(text).not.toMatch(/stack|at \w+ \(|node_modules|SELECT|\/reports\/nowhere/i);
  }

  it('answers the global guard with 401 UNAUTHENTICATED, for a missing and an invalid token', async () => {
    await expectError(await get('/reports/municipalities.csv?from=2026-03-01&to=2026-03-31'), 401, { code: 'UNAUTHENTICATED' });
    await expectError(await get('/reports/municipalities.csv?from=2026-03-01&to=2026-03-31', 'not-a-token'), 401, {
      code: 'UNAUTHENTICATED',
    });
  });

  it('answers a domain exception with its code, reason and field (400)', async () => {
    await expectError(await get('/reports/municipalities.csv?from=2026-03-01&to=2026-03-31&regionCode=x', jobcentreToken), 400, {
      code: 'BAD_USER_INPUT',
      reason: 'UNKNOWN_REGION',
      field: 'regionCode',
    });
  });

  it('answers an unknown API path with 404 NOT_FOUND, without echoing the URL', async () => {
    await expectError(await get('/reports/nowhere?cpr=0101901234', jobcentreToken), 404, { code: 'NOT_FOUND', message: 'Not found' });
  });

  it('codes body-parser failures: malformed JSON 400, an oversized body 413', async () => {
    await expectError(await post('/auth/refresh', '{"broken'), 400, { code: 'BAD_USER_INPUT' });
    await expectError(await post('/auth/refresh', JSON.stringify({ padding: 'x'.repeat(200_000) })), 413, { code: 'PAYLOAD_TOO_LARGE' });
  });

  it("codes a controller's own HttpException (403 for a form post to a JSON-only route)", async () => {
    await expectError(await post('/auth/refresh', 'a=b', 'application/x-www-form-urlencoded'), 403, { code: 'FORBIDDEN' });
  });

  it('leaves GraphQL errors to Apollo (200 with coded errors)', async () => {
    const anonymous = await api.client.request('{ municipalityStats(from: "2026-03-01", to: "2026-03-31") { suppressed } }');
    expect(anonymous.status).toBe(200);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Outside production graphql-js's hints stay (production-profile.e2e-spec.ts checks they go).
    const typo = await api.client.request('{ municipalities { nam } }');
    expect(typo.errors?.[0]?.message).toMatch(/Did you mean "name"\?/);
  });
});
