import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { LOGIN_MUTATION } from '@igu/testing';
import { startTestApi, type TestApi } from './support/test-api.js';

const ADMIN = { email: 'admin@test.example', password: 'bootstrap-admin-password' };

/** The refresh cookie of a response, as `name=value`, with its attributes. */
function refreshCookie(response: Response): { pair: string; attributes: string } {
  const header = response.headers.getSetCookie().find((cookie) => cookie.startsWith('igu_refresh='));
  if (!header) throw new Error('no igu_refresh cookie set');
  const [pair, ...attributes] = header.split(';').map((part) => part.trim());
  return { pair: pair, attributes: attributes.join('; ') };
}

describe('browser sessions: rotating refresh token in an httpOnly cookie', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ BOOTSTRAP_ADMIN_EMAIL: ADMIN.email, BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password });
  });

  afterAll(async () => {
    await api.close();
  });

  const post = (path: string, cookie?: string, contentType = 'application/json') =>
    fetch(`${api.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': contentType, ...(cookie ? { cookie } : {}) },
      body: '{}',
    });

  async function signIn(): Promise<string> {
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN_MUTATION, variables: ADMIN }),
    });
    expect(response.status).toBe(200);
    return refreshCookie(response).pair;
  }

  const me = async (accessToken: string) => {
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({ query: '{ me { email } }' }),
    });
    return ((await response.json()) as { data?: { me: { email: string } } }).data?.me.email;
  };

  const familyRows = (cookie: string) =>
    api.dataSource.query<{ revoked_at: Date | null }[]>(
      `SELECT revoked_at FROM refresh_token WHERE family_id =
         (SELECT family_id FROM refresh_token WHERE token_hash = sha256(convert_to($1, 'UTF8')))`,
      [cookie.split('=')[1]],
    );

  it('sets the cookie at login: httpOnly, SameSite=Strict, only for /auth, not Secure in tests', async () => {
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN_MUTATION, variables: ADMIN }),
    });
    const { attributes } = refreshCookie(response);
    expect(attributes).toMatch(/HttpOnly/);
    expect(attributes).toMatch(/SameSite=Strict/);
    expect(attributes).toMatch(/Path=\/auth/);
    expect(attributes).toMatch(/Expires=/);
    expect(attributes).not.toMatch(/Secure/);
  });

  it('stores only a hash of the token', async () => {
    const cookie = await signIn();
    const token = cookie.split('=')[1];
    const rows = await api.dataSource.query(`SELECT count(*)::int AS n FROM refresh_token WHERE encode(token_hash, 'escape') LIKE $1`, [
      `%${token}%`,
    ]);
    expect(rows).toEqual([{ n: 0 }]);
    expect(await familyRows(cookie)).toEqual([{ revoked_at: null }]);
  });

  it('rotates: a refresh answers an access token and a new cookie; the old one is spent', async () => {
    const first = await signIn();
    const response = await post('/auth/refresh', first);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { accessToken: string; expiresAt: string };
    expect(await me(body.accessToken)).toBe(ADMIN.email);
    const second = refreshCookie(response).pair;
    expect(second).not.toBe(first);

    const again = await post('/auth/refresh', second);
    expect(again.status).toBe(200);
    expect(await familyRows(first)).toHaveLength(3);
  });

  it('a reused (already rotated) token revokes the whole family', async () => {
    const first = await signIn();
    const rotated = await post('/auth/refresh', first);
    const current = refreshCookie(rotated).pair;

    const reuse = await post('/auth/refresh', first);
    expect(reuse.status).toBe(401);
    expect(reuse.headers.getSetCookie().join()).toMatch(/igu_refresh=;/);
    // The legitimate holder's newest token is now dead too.
    expect((await post('/auth/refresh', current)).status).toBe(401);
    expect((await familyRows(first)).every((row) => row.revoked_at !== null)).toBe(true);
  });

  it('sign-out revokes the family and clears the cookie', async () => {
    const cookie = await signIn();
    const out = await post('/auth/sign-out', cookie);
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie().join()).toMatch(/igu_refresh=;.*Path=\/auth/);
    expect((await post('/auth/refresh', cookie)).status).toBe(401);
    expect((await familyRows(cookie)).every((row) => row.revoked_at !== null)).toBe(true);
  });

  it('other sessions of the same user are not affected by a sign-out', async () => {
    const one = await signIn();
    const other = await signIn();
    await post('/auth/sign-out', one);
    expect((await post('/auth/refresh', other)).status).toBe(200);
  });

  it('refuses without a cookie, with an unknown or expired token, and without JSON (CSRF)', async () => {
    expect((await post('/auth/refresh')).status).toBe(401);
    expect((await post('/auth/refresh', 'igu_refresh=not-a-token')).status).toBe(401);
    const cookie = await signIn();
    expect((await post('/auth/refresh', cookie, 'text/plain')).status).toBe(403);
    expect((await post('/auth/sign-out', cookie, 'application/x-www-form-urlencoded')).status).toBe(403);
    await api.dataSource.query(
      `UPDATE refresh_token SET expires_at = now() - interval '1 second' WHERE token_hash = sha256(convert_to($1, 'UTF8'))`,
      [cookie.split('=')[1]],
    );
    expect((await post('/auth/refresh', cookie)).status).toBe(401);
  });

  it('marks the cookie Secure in production', async () => {
    const { setRefreshCookie } = await import('../../../libs/auth/src/sessions/session-cookie.js');
    const headers: string[] = [];
    const res = {
      cookie: (name: string, value: string, options: { secure?: boolean }) => headers.push(`${name}=${value}; secure=${options.secure}`),
    };
    setRefreshCookie(res as never, { token: 't', expiresAt: new Date() }, { ...api.config, NODE_ENV: 'production' });
    expect(headers).toEqual(['igu_refresh=t; secure=true']);
  });
});
