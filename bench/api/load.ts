/** autocannon runs against one GraphQL-over-HTTP endpoint, with every response's latency kept for nearest-rank percentiles. */
import autocannon from 'autocannon';
import { type LatencySummary, summarize } from '../lib/stats.js';

export interface LoadOptions {
  url: string;
  token: string;
  query: string;
  variables: Record<string, unknown>;
  seconds: number;
  connections: number;
  /** Requests per second over all connections; absent = as fast as the server answers (saturation). */
  rate?: number;
}

export interface LoadResult {
  /** Every response's latency, ms. */
  samples: number[];
  latency: LatencySummary;
  requestsPerSecond: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  let finish: (result: autocannon.Result) => void = () => undefined;
  let fail: (error: unknown) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => ((finish = resolve), (fail = reject)));
  const settings: autocannon.Options = {
    url: options.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
    body: JSON.stringify({ query: options.query, variables: options.variables }),
    connections: options.connections,
    duration: options.seconds,
    ...(options.rate ? { overallRate: options.rate } : {}),
    timeout: 10,
  };
  const instance = autocannon(settings, (error, result) => (error ? fail(error) : finish(result)));
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await done;
  return {
    samples: latencies,
    latency: summarize(latencies),
    requestsPerSecond: result.requests.total / options.seconds,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

/** Several runs of one setting as one: latencies pooled, throughput the median run's (and every run's, for the table). */
export interface PooledResult {
  latency: LatencySummary;
  requestsPerSecond: number;
  perRun: number[];
  non2xx: number;
  errors: number;
  timeouts: number;
}

export function poolRuns(results: readonly LoadResult[]): PooledResult {
  const perRun = results.map((result) => result.requestsPerSecond);
  const sorted = [...perRun].sort((a, b) => a - b);
  return {
    latency: summarize(results.flatMap((result) => result.samples)),
    requestsPerSecond: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN,
    perRun,
    non2xx: results.reduce((sum, result) => sum + result.non2xx, 0),
    errors: results.reduce((sum, result) => sum + result.errors, 0),
    timeouts: results.reduce((sum, result) => sum + result.timeouts, 0),
  };
}
