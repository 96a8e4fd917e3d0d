import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { type Actor, Role } from '@igu/access';
import { SESSION_LISTENER_APPLICATION_NAME, TokenService } from '@igu/auth';
import { LOGIN_MUTATION } from '@igu/testing';
import { createClient } from 'graphql-ws';
import { decodeJwt } from 'jose';
import { createApiApp } from '../src/create-api-app.js';
import { startTestApi, type TestApi } from './support/test-api.js';

const ADMIN = { email: 'admin@test.example', password: 'bootstrap-admin-password' };
/** The issue's bound: a signed-out session's sockets are closed within this. */
const PROMPTLY_MS = 2_000;

interface Session {
  accessToken: string;
  /** The refresh cookie, as `name=value`. */
  cookie: string;
}

interface OpenSocket {
  /** The close code, once the socket has closed. */
  closed: Promise<number>;
  isOpen(): boolean;
  dispose(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function refreshCookieOf(response: Response): string {
  const header = response.headers.getSetCookie().find((cookie) => cookie.startsWith('igu_refresh='));
  if (!header) throw new Error('no igu_refresh cookie set');
  return header.split(';')[0];
}

/** Opens a socket and waits for the server's ack. */
async function openSocket(baseUrl: string, accessToken: string): Promise<OpenSocket> {
  let open = false;
  let ack!: () => void;
  let refused!: (error: Error) => void;
  const acked = new Promise<void>((resolve, reject) => ((ack = resolve), (refused = reject)));
  let closedWith!: (code: number) => void;
  const closed = new Promise<number>((resolve) => (closedWith = resolve));
  const client = createClient({
    url: `${baseUrl.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined, // the close code is what the tests read
    connectionParams: { authorization: `Bearer ${accessToken}` },
    on: {
      connected: () => {
        open = true;
        ack();
      },
      closed: (event) => {
        open = false;
        const code = (event as CloseEvent).code;
        refused(new Error(`socket closed with ${code} before the ack`));
        closedWith(code);
      },
    },
  });
  await acked;
  return { closed, isOpen: () => open, dispose: () => client.dispose() as Promise<void> };
}

/** Resolves with the close code, or rejects if the socket is still open after `ms`. */
function closedWithin(socket: OpenSocket, ms: number): Promise<number> {
  return Promise.race([socket.closed, sleep(ms).then(() => Promise.reject(new Error(`socket still open after ${ms} ms`)))]);
}

describe('signing a session out closes its sockets, on every API process', () => {
  let api: TestApi;
  let second: INestApplication;
  let secondUrl: string;
  const sockets: OpenSocket[] = [];

  beforeAll(async () => {
    api = await startTestApi({ BOOTSTRAP_ADMIN_EMAIL: ADMIN.email, BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password });
    // A second API instance on the same database: only PostgreSQL connects the two.
    second = await createApiApp(api.config);
    await second.listen(0, '127.0.0.1');
    secondUrl = (await second.getUrl()).replace('[::1]', '127.0.0.1');
  });

  afterAll(async () => {
    await Promise.all(sockets.map((socket) => socket.dispose()));
    await second.close();
    await api.close();
  });

  const post = (baseUrl: string, path: string, cookie: string) =>
    fetch(`${baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: '{}' });

  async function signIn(): Promise<Session> {
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN_MUTATION, variables: ADMIN }),
    });
    const body = (await response.json()) as { data: { login: { accessToken: string } } };
    return { accessToken: body.data.login.accessToken, cookie: refreshCookieOf(response) };
  }

  async function socket(baseUrl: string, accessToken: string): Promise<OpenSocket> {
    const opened = await openSocket(baseUrl, accessToken);
    sockets.push(opened);
    return opened;
  }

  const familyOf = async (cookie: string) =>
    (
      await api.dataSource.query<{ family_id: string }[]>(
        `SELECT family_id FROM refresh_token WHERE token_hash = sha256(convert_to($1, 'UTF8'))`,
        [cookie.split('=')[1]],
      )
    )[0].family_id;

  it('an access token names its session (the refresh-token family), at login and at refresh', async () => {
    const session = await signIn();
    const family = await familyOf(session.cookie);
    expect(decodeJwt(session.accessToken).sid).toBe(family);
    const refreshed = await post(api.baseUrl, '/auth/refresh', session.cookie);
    expect(refreshed.status).toBe(200);
    expect(decodeJwt(((await refreshed.json()) as { accessToken: string }).accessToken).sid).toBe(family);
  });

  it("closes (4401) the signed-out session's socket within 2 s; another session of the same user stays open", async () => {
    const [signedOut, other] = [await signIn(), await signIn()];
    const doomed = await socket(api.baseUrl, signedOut.accessToken);
    const kept = await socket(api.baseUrl, other.accessToken);

    expect((await post(api.baseUrl, '/auth/sign-out', signedOut.cookie)).status).toBe(204);
    expect(await closedWithin(doomed, PROMPTLY_MS)).toBe(4401);
    await sleep(300);
    expect(kept.isOpen()).toBe(true);
  });

  it('closes the socket on the other API process when the sign-out goes through this one', async () => {
    const session = await signIn();
    const elsewhere = await socket(secondUrl, session.accessToken);
    const here = await socket(api.baseUrl, session.accessToken);

    expect((await post(api.baseUrl, '/auth/sign-out', session.cookie)).status).toBe(204);
    expect(await closedWithin(elsewhere, PROMPTLY_MS)).toBe(4401);
    expect(await closedWithin(here, PROMPTLY_MS)).toBe(4401);
  });

  it('closes the sockets of a family revoked for refresh-token reuse', async () => {
    const session = await signIn();
    const rotated = await post(api.baseUrl, '/auth/refresh', session.cookie);
    const { accessToken } = (await rotated.json()) as { accessToken: string };
    const open = await socket(secondUrl, accessToken);

    // Presenting the spent token again revokes the whole family (a stolen copy).
    expect((await post(api.baseUrl, '/auth/refresh', session.cookie)).status).toBe(401);
    expect(await closedWithin(open, PROMPTLY_MS)).toBe(4401);
  });

  it('closes a socket of a session signed out while the listeners had lost their connection, once they reconnect', async () => {
    const session = await signIn();
    const open = await socket(secondUrl, session.accessToken);
    const listeners = await api.dataSource.query<{ pid: number }[]>(
      `SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()`,
      [SESSION_LISTENER_APPLICATION_NAME],
    );
    expect(listeners).toHaveLength(2); // one per API process
    await api.dataSource.query(`SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid`, [listeners.map(({ pid }) => pid)]);

    // Committed before the listeners are back (they retry after 500 ms): the notification is lost.
    expect((await post(api.baseUrl, '/auth/sign-out', session.cookie)).status).toBe(204);
    expect(await closedWithin(open, PROMPTLY_MS)).toBe(4401);
  });

  it('leaves a socket opened with a token without a session alone (tokens issued before sessions were named)', async () => {
    const admin = (await api.dataSource.query<{ id: string }[]>(`SELECT id FROM app_user WHERE email = $1`, [ADMIN.email]))[0];
    const actor: Actor = { userId: admin.id, role: Role.ADMIN };
    const { accessToken } = await api.app.get(TokenService).issue(actor);
    expect(decodeJwt(accessToken).sid).toBeUndefined();
    const open = await socket(api.baseUrl, accessToken);

    const session = await signIn();
    expect((await post(api.baseUrl, '/auth/sign-out', session.cookie)).status).toBe(204);
    await sleep(500);
    expect(open.isOpen()).toBe(true);
  });
});
