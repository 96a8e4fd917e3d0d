import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { login } from '@igu/testing';
import { startTestApi, type TestApi } from './support/test-api.js';
import { createClient } from 'graphql-ws';

const ADMIN = { email: 'admin@test.example', password: 'bootstrap-admin-password' };

/** Resolves with how the socket ended: 'ack' once the server accepts, or the close code. */
function connect(url: string, authorization?: string): Promise<'ack' | number> {
  return new Promise((resolve) => {
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      onNonLazyError: () => undefined, // the close code is what the test reads
      lazy: false,
      connectionParams: authorization ? { authorization } : {},
      on: {
        connected: () => {
          resolve('ack');
          void client.dispose();
        },
        closed: (event) => resolve((event as CloseEvent).code),
      },
    });
  });
}

describe('GraphQL subscriptions authenticate when the socket connects', () => {
  let api: TestApi;
  let wsUrl: string;

  beforeAll(async () => {
    api = await startTestApi({ BOOTSTRAP_ADMIN_EMAIL: ADMIN.email, BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password });
    wsUrl = `${api.baseUrl.replace('http', 'ws')}/graphql`;
  });

  afterAll(async () => {
    await api.close();
  });

  it('accepts the same bearer token as HTTP', async () => {
    const { token } = await login(api.client, ADMIN.email, ADMIN.password);
    expect(await connect(wsUrl, `Bearer ${token}`)).toBe('ack');
  });

  it('refuses a socket without a token, or with a bad one (4403)', async () => {
    expect(await connect(wsUrl)).toBe(4403);
    expect(await connect(wsUrl, 'Bearer not.a.token')).toBe(4403);
  });
});

describe('a socket lives no longer than its token', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ BOOTSTRAP_ADMIN_EMAIL: ADMIN.email, BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password, JWT_TTL_SECONDS: '5' });
  });

  afterAll(async () => {
    await api.close();
  });

  it('is closed by the server (4401) when the token it was opened with expires', async () => {
    const { token } = await login(api.client, ADMIN.email, ADMIN.password);
    const opened = Date.now();
    const code = await new Promise<number>((resolve) => {
      createClient({
        url: `${api.baseUrl.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        lazy: false,
        onNonLazyError: () => undefined,
        connectionParams: { authorization: `Bearer ${token}` },
        on: { closed: (event) => resolve((event as CloseEvent).code) },
      });
    });
    expect(code).toBe(4401);
    expect(Date.now() - opened).toBeGreaterThan(3_000);
  }, 20_000);
});
