import type { TestApi } from './test-api.js';

/** A GET of a file route with the Bearer token (the web app's way: fetch + blob, never a token in the URL). */
export function download(
  api: Pick<TestApi, 'baseUrl'>,
  path: string,
  token?: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${api.baseUrl}${path}`, { headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } });
}
