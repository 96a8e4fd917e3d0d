import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { login, signInAllRoles } from '@igu/testing';
import { startTestApi, type TestApi } from './support/test-api.js';

const ADMIN = { email: 'admin@test.example', password: 'bootstrap-admin-password' };

describe(`the queue dashboard at /admin/queues is for ADMIN only (${process.env.REDIS_URL ? 'Redis' : 'PostgreSQL'} queue)`, () => {
  let api: TestApi;
  let roles: Awaited<ReturnType<typeof signInAllRoles>>;

  const grant = (token?: string) =>
    fetch(`${api.baseUrl}/admin/queue-session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: '{}',
    });

  beforeAll(async () => {
    api = await startTestApi({ BOOTSTRAP_ADMIN_EMAIL: ADMIN.email, BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password });
    roles = await signInAllRoles(api.client, api.dataSource, ADMIN);
  });

  afterAll(async () => {
    await api.close();
  });

  it('refuses the dashboard and its API without the grant cookie, or with a forged one', async () => {
    for (const path of ['/admin/queues', '/admin/queues/api/queues']) {
      expect((await fetch(`${api.baseUrl}${path}`, { headers: { accept: 'text/html' } })).status).toBe(401);
      const forged = await fetch(`${api.baseUrl}${path}`, { headers: { cookie: `igu_queues=${roles.admin.token}` } });
      expect(forged.status).toBe(401); // an API access token is not a dashboard grant (other audience)
    }
  });

  it('grants the cookie to an ADMIN only: 401 anonymous, 403 for other roles', async () => {
    expect((await grant()).status).toBe(401);
    expect((await grant(roles.employer.token)).status).toBe(403);
    expect((await grant((await login(api.client, 'caseworker@test.example')).token)).status).toBe(403);
    const granted = await grant(roles.admin.token);
    expect(granted.status).toBe(204);
    const setCookie = granted.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^igu_queues=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).toMatch(/Path=\/admin\/queues/i);
  });

  it('serves the dashboard and its queue list with the cookie', async () => {
    const cookie = ((await grant(roles.admin.token)).headers.get('set-cookie') ?? '').split(';')[0];
    const page = await fetch(`${api.baseUrl}/admin/queues`, { headers: { cookie, accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html');
    const queues = await fetch(`${api.baseUrl}/admin/queues/api/queues`, { headers: { cookie } });
    expect(queues.status).toBe(200);
    const body = (await queues.json()) as { queues: { name: string }[] };
    expect(body.queues.map((queue) => queue.name).sort()).toEqual(['imports', 'maintenance', 'matching', 'notifications']);
  });
});
