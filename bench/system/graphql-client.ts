/** A minimal GraphQL-over-HTTP client (Node's fetch) and latency statistics for the system benchmark. */

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

export interface LatencySummary {
  /** Number of measured requests (or samples). */
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentiles in milliseconds; all NaN when there are no values. */
export function summarize(values: readonly number[]): LatencySummary {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p: number) => (sorted.length ? sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]! : Number.NaN);
  return { n: sorted.length, p50: rank(50), p95: rank(95), p99: rank(99), max: sorted.length ? sorted[sorted.length - 1]! : Number.NaN };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
