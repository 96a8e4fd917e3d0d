import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { LOGIN_MUTATION, storeProfiles } from '@igu/testing';
import { createApiApp } from '../src/create-api-app.js';
import { startTestApi, type TestApi } from './support/test-api.js';

const ADMIN = { email: 'admin@test.example', password: 'bootstrap-admin-password' };
const PER_IP = 6;
const PER_USER = 3;

/**
 * Two API processes over one database (and one Redis in the Redis profile),
 * behind a proxy (X-Forwarded-For names the client).
 */
describe.each(storeProfiles())('whole-API rate limits shared by two API instances, counters in $name', ({ name, env }) => {
  let api: TestApi;
  let second: INestApplication;
  let urls: [string, string];

  beforeAll(async () => {
    api = await startTestApi({
      BOOTSTRAP_ADMIN_EMAIL: ADMIN.email,
      BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
      TRUST_PROXY: '127.0.0.1',
      API_RATE_LIMIT_PER_IP: String(PER_IP),
      API_RATE_LIMIT_PER_USER: String(PER_USER),
      API_RATE_LIMIT_WINDOW_SECONDS: '600',
      ...env,
    });
    second = await createApiApp(api.config);
    await second.listen(0, '127.0.0.1');
    urls = [api.baseUrl, (await second.getUrl()).replace('[::1]', '127.0.0.1')];
  });

  afterAll(async () => {
    await second.close();
    await api.close();
  });

  /** Request number `n` goes to instance n % 2. */
  const graphql = (n: number, ip: string, query: string, variables?: Record<string, unknown>, token?: string) =>
    fetch(`${urls[n % 2]}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });

  async function expectRateLimited(response: Response): Promise<void> {
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(600);
    expect(await response.json()).toMatchObject({ error: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter } });
  }

  it('counts every request of a client IP across both instances, and no other IP', async () => {
    const ip = '203.0.113.7';
    for (let n = 0; n < PER_IP; n += 1) expect((await graphql(n, ip, '{ __typename }')).status).toBe(200);
    await expectRateLimited(await graphql(PER_IP, ip, '{ __typename }'));
    await expectRateLimited(await graphql(PER_IP + 1, ip, '{ __typename }'));
    // The whole API, file routes too; health probes never.
    await expectRateLimited(await fetch(`${urls[0]}/reports/municipalities.csv`, { headers: { 'x-forwarded-for': ip } }));
    expect((await fetch(`${urls[1]}/health/live`, { headers: { 'x-forwarded-for': ip } })).status).toBe(200);
    expect((await graphql(0, '203.0.113.8', '{ __typename }')).status).toBe(200);
  });

  it('counts a signed-in user across IPs and instances', async () => {
    const login = await graphql(0, '198.51.100.1', LOGIN_MUTATION, ADMIN);
    const token = ((await login.json()) as { data: { login: { accessToken: string } } }).data.login.accessToken;
    const me = '{ me { email } }';
    for (let n = 0; n < PER_USER; n += 1) expect((await graphql(n, `198.51.100.${10 + n}`, me, undefined, token)).status).toBe(200);
    await expectRateLimited(await graphql(PER_USER, '198.51.100.99', me, undefined, token));
    // Anonymous requests from that fresh IP are still served: only the user is spent.
    expect((await graphql(1, '198.51.100.98', '{ __typename }')).status).toBe(200);
  });

  it(`counts ${name === 'Redis' ? 'in Redis only (PostgreSQL is the insurance)' : 'in the login_rate_limit table'}`, async () => {
    const [{ n }] = await api.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM login_rate_limit WHERE key LIKE 'api-%'`);
    if (name === 'Redis') expect(n).toBe(0);
    else expect(n).toBeGreaterThan(0);
  });
});
