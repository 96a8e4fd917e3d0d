/**
 * Load against one GraphQL-over-HTTP endpoint, with every response's latency
 * kept for nearest-rank percentiles: autocannon at saturation, a paced open
 * loop at a fixed rate.
 */
import { Agent, request } from 'node:http';
import autocannon from 'autocannon';
import { type LatencySummary, summarize } from '../lib/stats.js';

export interface LoadOptions {
  url: string;
  token: string;
  query: string;
  variables: Record<string, unknown>;
  seconds: number;
  connections: number;
  /** Requests per second over all connections, evenly spaced (runPaced); absent = as fast as the server answers (saturation). */
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
  if (options.rate) return runPaced({ ...options, rate: options.rate });
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

const TIMEOUT_MS = 10_000;

/**
 * A steady rate: one request every 1000/rate ms whatever the answers (an open
 * loop), over at most `connections` keep-alive connections (a request waits
 * for a free one), each latency measured from its scheduled send time, so a
 * server that falls behind is charged for the requests it delayed.
 * autocannon's rate is not steady: each connection sends its share of a
 * second's requests back to back at the start of the second
 * (mcollina/autocannon#174), so 100 req/s over 10 connections is a burst of
 * 100 requests every second, and its latencies say how fast a burst drains.
 */
async function runPaced(options: LoadOptions & { rate: number }): Promise<LoadResult> {
  const url = new URL(options.url);
  const body = JSON.stringify({ query: options.query, variables: options.variables });
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const headers = {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    authorization: `Bearer ${options.token}`,
  };
  const latencies: number[] = [];
  const counts = { non2xx: 0, errors: 0, timeouts: 0 };
  const send = (scheduledAt: number) =>
    new Promise<void>((resolve) => {
      let outcome: 'answered' | 'timeout' | 'error' | undefined;
      const req = request({ agent, host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers }, (res) => {
        res.resume();
        res.on('error', () => (outcome ??= 'error'));
        res.on('end', () => {
          outcome ??= 'answered';
          if ((res.statusCode ?? 0) >= 300) counts.non2xx += 1;
          latencies.push(performance.now() - scheduledAt);
        });
      });
      req.setTimeout(TIMEOUT_MS, () => {
        outcome ??= 'timeout';
        req.destroy();
      });
      req.on('error', () => (outcome ??= 'error'));
      // Emitted last in every case: answered, timed out or failed.
      req.on('close', () => {
        if (outcome === 'timeout') counts.timeouts += 1;
        else if (outcome !== 'answered') counts.errors += 1;
        resolve();
      });
      req.end(body);
    });
  const total = Math.round(options.seconds * options.rate);
  const startsAt = performance.now() + 10;
  const sent: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const scheduledAt = startsAt + (i * 1000) / options.rate;
    const wait = scheduledAt - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    sent.push(send(scheduledAt));
  }
  await Promise.all(sent);
  agent.destroy();
  return {
    samples: latencies,
    latency: summarize(latencies),
    requestsPerSecond: latencies.length / options.seconds,
    ...counts,
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
