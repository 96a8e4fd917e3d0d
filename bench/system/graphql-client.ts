/** A minimal GraphQL-over-HTTP client (Node's fetch) for the system benchmark. */

export class GraphqlRequestError extends Error {
  constructor(
    message: string,
    readonly codes: readonly string[],
  ) {
    super(message);
  }
}

interface GraphqlResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** POSTs one operation; resolves with `data`, rejects on HTTP failure or any GraphQL error. */
export async function graphql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  timeoutMs = 60_000,
): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = (await response.json().catch(() => ({}))) as GraphqlResponse<T>;
  if (body.errors?.length || !body.data) {
    const codes = body.errors?.map((error) => error.extensions?.code ?? 'UNKNOWN') ?? [`HTTP_${response.status}`];
    const messages = body.errors?.map((error) => `${error.message} (${error.extensions?.code ?? '?'})`).join('; ');
    throw new GraphqlRequestError(messages ?? `HTTP ${response.status} without data`, codes);
  }
  return body.data;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
