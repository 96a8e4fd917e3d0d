/**
 * Measurements of the running system from outside, over HTTP GraphQL only
 * (SQL is used just to choose sample candidates). Every loop is bounded by a
 * count and a deadline.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import type { BenchSystem } from './bench-users.js';
import { type LatencySummary, summarize } from '../lib/stats.js';
import { graphql, sleep } from './graphql-client.js';

/** The representative list query, sent as the employer. */
export const LIST_QUERY = `{ positions(first: 20) { totalCount edges { node { id title company { name } occupation { title } } } } }`;

const UPDATE_CANDIDATE = `mutation ($id: ID!, $expectedVersion: Int!, $input: UpdateCandidateInput!) {
  updateCandidate(id: $id, expectedVersion: $expectedVersion, input: $input) { version } }`;
const CANDIDATE_TOP_MATCH = `query ($id: ID!) { candidate(id: $id) { matches(first: 1) { edges { node { computedAt } } } } }`;
const RECOMPUTE = `mutation { recomputeMatches { id } }`;
const JOB = `query ($id: ID!) { job(id: $id) { state progress enqueuedAt finishedAt } }`;

type JobState = 'WAITING' | 'ACTIVE' | 'COMPLETED' | 'FAILED';
interface JobStatus {
  state: JobState;
  progress: number;
  enqueuedAt: string;
  finishedAt: string | null;
}

export interface SaveToVisibleOptions {
  /** Updates to measure; they cycle through the jobcentre's candidates that have matches. */
  samples: number;
  /** Pause between polls of one sample. Default 5 ms. */
  pollMs?: number;
  /** Per sample; a sample not visible by then counts as a timeout. Default 10 s. */
  timeoutMs?: number;
}

export interface SaveToVisibleResult {
  /** Mutation sent → first poll that saw a newer computedAt, in ms (visible samples only). */
  latency: LatencySummary;
  /** The updateCandidate round trip alone, in ms. */
  mutation: LatencySummary;
  timeouts: number;
  samples: number;
  distinctCandidates: number;
}

/**
 * As the JOBCENTRE user: `updateCandidate` (alternating maxCommuteKm between its
 * value and +10 km), then poll the candidate's best match until its computedAt
 * is later than the instant just before the mutation was sent.
 */
export async function measureSaveToVisible(system: BenchSystem, options: SaveToVisibleOptions): Promise<SaveToVisibleResult> {
  const pollMs = options.pollMs ?? 5;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const token = system.users.jobcentre.accessToken;
  const candidates = await candidatesWithMatches(system, options.samples);
  if (candidates.length === 0) throw new Error('The jobcentre has no candidates with matches: run a full recompute first');

  const latencies: number[] = [];
  const mutations: number[] = [];
  let timeouts = 0;
  const topMatchAt = async (id: string) => {
    const data = await graphql<{ candidate: { matches: { edges: { node: { computedAt: string } }[] } } | null }>(
      system.graphqlUrl,
      CANDIDATE_TOP_MATCH,
      { id },
      token,
    );
    const computedAt = data.candidate?.matches.edges[0]?.node.computedAt;
    return computedAt ? Date.parse(computedAt) : Number.NEGATIVE_INFINITY;
  };
  /** Polls until the top match was computed after `since` (epoch ms); the time it was seen (performance.now()), or null. */
  const pollUntilNewer = async (id: string, since: number, deadline: number) => {
    for (let polls = 0; polls < Math.ceil(timeoutMs / pollMs) + 100 && performance.now() < deadline; polls++) {
      const sent = performance.now();
      if ((await topMatchAt(id)) > since) return performance.now();
      await sleep(Math.max(0, pollMs - (performance.now() - sent)));
    }
    return null;
  };

  for (let i = 0; i < options.samples; i++) {
    const candidate = candidates[i % candidates.length];
    const widen = candidate.updates % 2 === 0;
    const input: Record<string, unknown> = {
      maxCommuteKm: widen ? candidate.baseCommuteKm + candidate.stepKm : candidate.baseCommuteKm,
      // Generated candidates carry placeholder personal columns the API cannot decrypt; a real name once fixes that.
      ...(candidate.named ? {} : { fullName: `Bench Candidate ${i + 1}` }),
    };
    const sentAtWall = Date.now();
    const sentAt = performance.now();
    const { updateCandidate } = await graphql<{ updateCandidate: { version: number } }>(
      system.graphqlUrl,
      UPDATE_CANDIDATE,
      { id: candidate.id, expectedVersion: candidate.version, input },
      token,
    );
    mutations.push(performance.now() - sentAt);
    Object.assign(candidate, { version: updateCandidate.version, updates: candidate.updates + 1, named: true });
    const seenAt = await pollUntilNewer(candidate.id, sentAtWall, sentAt + timeoutMs);
    if (seenAt === null) {
      timeouts++;
      // Let the late job finish so it does not delay the next sample.
      await pollUntilNewer(candidate.id, sentAtWall, performance.now() + timeoutMs);
    } else {
      latencies.push(seenAt - sentAt);
    }
  }
  return {
    latency: summarize(latencies),
    mutation: summarize(mutations),
    timeouts,
    samples: options.samples,
    distinctCandidates: Math.min(candidates.length, options.samples),
  };
}

interface SampleCandidate {
  id: string;
  version: number;
  baseCommuteKm: number;
  stepKm: number;
  named: boolean;
  updates: number;
}

async function candidatesWithMatches(system: BenchSystem, limit: number): Promise<SampleCandidate[]> {
  const db = new pg.Client({ connectionString: system.databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ id: string; version: number; max_commute_km: number; named: boolean }>(
      `SELECT c.id, c.version, c.max_commute_km, c.full_name_encrypted LIKE 'v1:%' AS named FROM candidate c
       WHERE c.jobcentre_id = $1 AND c.status = 'AVAILABLE'
         AND EXISTS (SELECT 1 FROM candidate_match_list m WHERE m.candidate_id = c.id)
       ORDER BY c.id LIMIT $2`,
      [system.users.jobcentreId, limit],
    );
    // Widening the commute keeps every match the candidate had (the distance filter only lets more through).
    return rows.map((row) => ({
      id: row.id,
      version: row.version,
      baseCommuteKm: row.max_commute_km,
      stepKm: row.max_commute_km <= 490 ? 10 : -10,
      named: row.named,
      updates: 0,
    }));
  } finally {
    await db.end();
  }
}

export interface ApiLatencyOptions {
  requests: number;
  /** Requests in flight at once. Default 1 (sequential). */
  concurrency?: number;
  /** Unmeasured requests first. Default 20. */
  warmup?: number;
  /** Default 5 minutes. */
  timeoutMs?: number;
}

export type ApiLatencyResult = LatencySummary & { errors: number };

/** Latency of LIST_QUERY as the employer, with no full run going on. */
export async function measureApiLatency(system: BenchSystem, options: ApiLatencyOptions): Promise<ApiLatencyResult> {
  const deadline = performance.now() + (options.timeoutMs ?? 5 * 60_000);
  const token = system.users.employer.accessToken;
  await sendListQueries(system, token, { count: options.warmup ?? 20, concurrency: 1, deadline });
  const timings = await sendListQueries(system, token, { count: options.requests, concurrency: options.concurrency ?? 1, deadline });
  return { ...summarize(timings.filter((t) => t.ok).map((t) => t.ms)), errors: timings.filter((t) => !t.ok).length };
}

export interface FullRunOptions {
  /** Pause between job(id) polls. Default 100 ms. */
  pollMs?: number;
  /** Default 30 minutes. */
  timeoutMs?: number;
}

export interface FullRunResult {
  jobId: string;
  state: JobState;
  /** recomputeMatches sent → COMPLETED seen by a poll. */
  wallSeconds: number;
  /** The job's own enqueuedAt → finishedAt. */
  jobSeconds: number;
  enqueuedAt: number;
  finishedAt: number | null;
}

/** As ADMIN: `recomputeMatches`, then poll `job(id)` until it is COMPLETED or FAILED (or the timeout). */
export async function runFullRecompute(system: BenchSystem, options: FullRunOptions = {}): Promise<FullRunResult> {
  const pollMs = options.pollMs ?? 100;
  const timeoutMs = options.timeoutMs ?? 30 * 60_000;
  const token = system.users.admin.accessToken;
  const sentAt = performance.now();
  const { recomputeMatches } = await graphql<{ recomputeMatches: { id: string } }>(system.graphqlUrl, RECOMPUTE, {}, token);
  let status: JobStatus | null = null;
  for (let polls = 0; polls < Math.ceil(timeoutMs / pollMs) + 10 && performance.now() - sentAt < timeoutMs; polls++) {
    ({ job: status } = await graphql<{ job: JobStatus | null }>(system.graphqlUrl, JOB, { id: recomputeMatches.id }, token));
    if (status?.state === 'COMPLETED' || status?.state === 'FAILED') break;
    await sleep(pollMs);
  }
  const wallSeconds = (performance.now() - sentAt) / 1000;
  if (!status) throw new Error(`Job ${recomputeMatches.id} not found`);
  const enqueuedAt = Date.parse(status.enqueuedAt);
  const finishedAt = status.finishedAt ? Date.parse(status.finishedAt) : null;
  return {
    jobId: recomputeMatches.id,
    state: status.state,
    wallSeconds,
    jobSeconds: finishedAt === null ? Number.NaN : (finishedAt - enqueuedAt) / 1000,
    enqueuedAt,
    finishedAt,
  };
}

export interface DuringFullRunOptions extends FullRunOptions {
  /** Requests in flight at once. Default 1. */
  concurrency?: number;
  /** Upper bound on list requests sent during the run. Default 100,000. */
  maxRequests?: number;
}

export interface DuringFullRunResult {
  /** LIST_QUERY latency, only requests sent between the job's enqueuedAt and finishedAt. */
  latency: ApiLatencyResult;
  run: FullRunResult;
  /** VmHWM of the worker process after the run, in MiB. */
  workerPeakRssMb: number;
  /** Whether the peak was reset (`/proc/<pid>/clear_refs`) just before the run; if not, it is the peak since the worker started. */
  workerPeakRssReset: boolean;
}

/**
 * Sends LIST_QUERY as the employer while a full run (recomputeMatches as ADMIN)
 * goes on; also the run's wall time and the worker's peak RSS.
 */
export async function measureApiDuringFullRun(system: BenchSystem, options: DuringFullRunOptions = {}): Promise<DuringFullRunResult> {
  const workerPeakRssReset = resetPeakRss(system.workerPid);
  const deadline = performance.now() + (options.timeoutMs ?? 30 * 60_000) + 10_000;
  let running = true;
  const load = sendListQueries(system, system.users.employer.accessToken, {
    count: options.maxRequests ?? 100_000,
    concurrency: options.concurrency ?? 1,
    deadline,
    until: () => !running,
  });
  let run: FullRunResult;
  try {
    run = await runFullRecompute(system, options);
  } finally {
    running = false;
  }
  const timings = await load;
  const end = run.finishedAt ?? Number.POSITIVE_INFINITY;
  const during = timings.filter((t) => t.sentAt >= run.enqueuedAt && t.sentAt < end);
  return {
    latency: { ...summarize(during.filter((t) => t.ok).map((t) => t.ms)), errors: during.filter((t) => !t.ok).length },
    run,
    workerPeakRssMb: Math.round(readStatusKb(system.workerPid, 'VmHWM') / 1024),
    workerPeakRssReset,
  };
}

interface Timing {
  /** Epoch ms when the request was sent. */
  sentAt: number;
  ms: number;
  ok: boolean;
}

async function sendListQueries(
  system: BenchSystem,
  token: string,
  options: { count: number; concurrency: number; deadline: number; until?: () => boolean },
): Promise<Timing[]> {
  const timings: Timing[] = [];
  let sent = 0;
  const lane = async () => {
    while (sent < options.count && performance.now() < options.deadline && !options.until?.()) {
      sent++;
      const sentAt = Date.now();
      const start = performance.now();
      const ok = await graphql(system.graphqlUrl, LIST_QUERY, {}, token).then(
        () => true,
        () => false,
      );
      timings.push({ sentAt, ms: performance.now() - start, ok });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, lane));
  return timings;
}

/** Resets the process's peak RSS (Linux ≥ 4.0, own child); false where not possible. */
function resetPeakRss(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

function readStatusKb(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${field}:`));
  if (!line) throw new Error(`No ${field} in /proc/${pid}/status`);
  return Number.parseInt(line.slice(field.length + 1), 10);
}
