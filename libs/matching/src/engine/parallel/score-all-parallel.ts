import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PackedCandidates } from '../pack-candidates.js';
import type { PackedPositions } from '../pack-positions.js';
import { decodeRanges, decodeTopKAsync, finishYielding, type MatchRun } from '../match-run.js';
import { prepareRunAsync } from '../prepare-run.js';
import { heapSet, type HeapSet } from '../top-k.js';
import { topKSize, type ScoreAllOptions } from '../score-all.js';
import { candidateHeapRanges, candidateRangeSize } from '../full-run-kernel.js';
import { yieldToEventLoop } from '../yield-to-event-loop.js';
import type { ScoreWorkerDone, ScoreWorkerInput } from './score-worker-protocol.js';

export interface ScoreAllParallelOptions extends ScoreAllOptions {
  /** Worker threads; default: the available parallelism. */
  workers?: number;
  /** Candidates a worker claims at a time; default: a few ranges per worker, at most 8,192 candidates each. */
  rangeSize?: number;
}

// From sources (Jest) this module's URL ends in .ts, and so must the worker's: see score-worker.ts.
const WORKER_URL = new URL(import.meta.url.endsWith('.ts') ? './score-worker.ts' : './score-worker.js', import.meta.url);
const ROWS_PER_SLICE = 1024;

/**
 * scoreAll across worker threads, with the same result. The packed arrays are
 * shared, not copied; candidates are handed out in ranges from a shared
 * counter, so the per-candidate heaps (the large ones: k per candidate) exist
 * once, each row written by one worker; each worker keeps its own small
 * per-position heaps, which are merged here. The calling thread only prepares, waits and merges in slices, so its
 * event loop keeps serving requests.
 */
export async function scoreAllParallel(
  positions: PackedPositions,
  candidates: PackedCandidates,
  options: ScoreAllParallelOptions,
): Promise<MatchRun> {
  const k = topKSize(options.k);
  const count = candidates.arrays.count;
  const requested = options.workers ?? availableParallelism();
  const rangeSize = options.rangeSize ?? candidateRangeSize(count, requested);
  if (!Number.isInteger(rangeSize) || rangeSize < 1) throw new RangeError(`rangeSize must be a positive integer, not ${rangeSize}`);
  const run = await prepareRunAsync(positions, candidates, options);
  const workerCount = Math.max(1, Math.min(requested, Math.ceil(count / rangeSize)));
  const shared = {
    positions: positions.arrays,
    candidates: candidates.arrays,
    run,
    k,
    rangeSize,
    nextRange: new Int32Array(new SharedArrayBuffer(4)),
    perCandidate: candidateHeapRanges(count, rangeSize, k, true),
    finished: new Int32Array(new SharedArrayBuffer(4)),
  };
  const perPositionByWorker = Array.from({ length: workerCount }, () => heapSet(positions.arrays.count, k, true));
  await runWorkers(perPositionByWorker.map((perPosition) => ({ ...shared, perPosition })));
  if (Atomics.load(shared.finished, 0) !== workerCount) throw new Error('A scoring worker did not finish');
  const perPosition = await mergeHeapRows(perPositionByWorker, positions.arrays.count, k);
  perPositionByWorker.length = 0;
  const { byRank } = candidates.arrays;
  return {
    positions,
    candidates,
    run,
    perPosition: await decodeTopKAsync(perPosition.keys, perPosition.counts, k, (rank) => byRank[rank]),
    perCandidate: await finishYielding(decodeRanges(shared.perCandidate, rangeSize, k, (rank) => rank)),
  };
}

/** Starts one worker per input; rejects (and stops the others) as soon as one fails. */
function runWorkers(inputs: ScoreWorkerInput[]): Promise<void> {
  const workers: Worker[] = [];
  const finished = inputs.map(
    (input) =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(WORKER_URL, { workerData: input });
        workers.push(worker);
        worker.once('message', (message: Partial<ScoreWorkerDone>) => (message.done ? resolve() : reject(new Error('Bad worker reply'))));
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`Scoring worker exited with code ${code} before finishing`)));
      }),
  );
  return Promise.all(finished).then(
    () => undefined,
    async (error: unknown) => {
      await Promise.all(workers.map((worker) => worker.terminate()));
      throw error;
    },
  );
}

/**
 * Best k of each row across the workers' best-first rows (a small k-way merge
 * per row), written back into the first worker's heaps to spare memory.
 */
async function mergeHeapRows(parts: HeapSet[], rows: number, k: number): Promise<HeapSet> {
  const [merged] = parts;
  if (parts.length === 1) return merged;
  const row = new Float64Array(k);
  const heads = new Int32Array(parts.length);
  for (let r = 0; r < rows; r++) {
    heads.fill(0);
    let size = 0;
    for (; size < k; size++) {
      let best = -1;
      let bestKey = -1;
      for (let part = 0; part < parts.length; part++) {
        if (heads[part] >= parts[part].counts[r]) continue;
        const key = parts[part].keys[r * k + heads[part]];
        if (key > bestKey) [best, bestKey] = [part, key];
      }
      if (best < 0) break;
      row[size] = bestKey;
      heads[best]++;
    }
    merged.keys.set(row.subarray(0, size), r * k);
    merged.counts[r] = size;
    if (r % ROWS_PER_SLICE === ROWS_PER_SLICE - 1) await yieldToEventLoop();
  }
  return merged;
}
