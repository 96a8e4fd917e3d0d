/**
 * The access token lives in this module's memory only: never in storage, never
 * in a cookie a script can read. A reload gets a new one from the httpOnly
 * refresh cookie through POST /auth/refresh.
 */
export interface AccessToken {
  token: string;
  expiresAt: number;
}

let current: AccessToken | null = null;
let refreshing: Promise<AccessToken | null> | null = null;

/** Refresh this long before expiry, so no request goes out with a token about to die. */
const MARGIN_MS = 60_000;

export function setAccessToken(token: string, expiresAt: string): AccessToken {
  current = { token, expiresAt: Date.parse(expiresAt) };
  return current;
}

export function clearAccessToken(): void {
  current = null;
}

async function postJson(path: string): Promise<Response> {
  return fetch(path, { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: '{}' });
}

/**
 * One refresh at a time: the server treats a second use of the same refresh
 * token as theft and revokes the session, so concurrent callers share one.
 */
export function refreshAccessToken(): Promise<AccessToken | null> {
  refreshing ??= postJson('/auth/refresh')
    .then(async (response) => {
      if (!response.ok) return (current = null);
      const body = (await response.json()) as { accessToken: string; expiresAt: string };
      return setAccessToken(body.accessToken, body.expiresAt);
    })
    .catch(() => null)
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

/** A token good for the next minute, refreshed if needed; null when signed out. */
export async function validAccessToken(): Promise<string | null> {
  if (current && current.expiresAt - Date.now() > MARGIN_MS) return current.token;
  if (!current) return null;
  return (await refreshAccessToken())?.token ?? null;
}

export function millisecondsUntilRefresh(): number | null {
  return current ? Math.max(current.expiresAt - Date.now() - MARGIN_MS, 1_000) : null;
}

export async function revokeSession(): Promise<void> {
  clearAccessToken();
  await postJson('/auth/sign-out').catch(() => undefined);
}
