import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PackedCandidates } from '../pack-candidates.js';
import type { PackedPositions } from '../pack-positions.js';
import { decodeRange, decodeTopKAsync, emptyLists, type MatchRun } from '../match-run.js';
import { prepareRunAsync } from '../prepare-run.js';
import { topKSize, type ScoreAllOptions } from '../score-all.js';
import { candidateRangeSize } from '../full-run-kernel.js';
import { yieldToEventLoop } from '../yield-to-event-loop.js';
import type { ScoreWorkerDone, ScoreWorkerInput, ScoreWorkerRange } from './score-worker-protocol.js';

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
 * shared, not copied. Candidates are handed out in ranges from a shared
 * counter; a worker scores a range into one of its two heap slots and hands
 * it over when done, and this thread decodes it into the candidates' lists at
 * once and gives the slot back, so a run holds a few ranges' heaps, not all.
 * Each worker keeps its own small per-position heaps, which are merged here.
 * The calling thread only
 * prepares, decodes and merges (in slices), so its event loop keeps serving.
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
  const input: ScoreWorkerInput = {
    positions: positions.arrays,
    candidates: candidates.arrays,
    run,
    k,
    rangeSize,
    candidateCount: count,
    nextRange: new Int32Array(new SharedArrayBuffer(4)),
  };
  const perCandidate = emptyLists(count, k);
  const perPositionByWorker = await runWorkers(workerCount, input, (range) => {
    decodeRange(perCandidate, range, range.from, (rank) => rank);
    Atomics.store(range.free, range.slot, 1);
    Atomics.notify(range.free, range.slot);
  });
  const perPosition = await mergeHeapRows(perPositionByWorker, positions.arrays.count, k);
  perPositionByWorker.length = 0;
  const { byRank } = candidates.arrays;
  return {
    positions,
    candidates,
    run,
    perPosition: await decodeTopKAsync(perPosition.keys, perPosition.counts, k, (rank) => byRank[rank]),
    perCandidate,
  };
}

/**
 * Starts the workers, handing each finished range to `onRange`; resolves with
 * each worker's position heaps, or rejects (and stops the others) as soon as one fails.
 */
function runWorkers(count: number, input: ScoreWorkerInput, onRange: (range: ScoreWorkerRange) => void): Promise<PositionHeaps[]> {
  const workers: Worker[] = [];
  const finished = Array.from(
    { length: count },
    () =>
      new Promise<PositionHeaps>((resolve, reject) => {
        const worker = new Worker(WORKER_URL, { workerData: input });
        workers.push(worker);
        worker.on('message', (message: Partial<ScoreWorkerDone & ScoreWorkerRange>) => {
          try {
            if (message.done && message.perPosition) resolve(message.perPosition);
            else if (message.keys && message.counts && message.from !== undefined) onRange(message as ScoreWorkerRange);
            else reject(new Error('Bad worker reply'));
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`Scoring worker exited with code ${code} before finishing`)));
      }),
  );
  return Promise.all(finished).catch(async (error: unknown) => {
    await Promise.all(workers.map((worker) => worker.terminate()));
    throw error;
  });
}

type PositionHeaps = ScoreWorkerDone['perPosition'];

/**
 * Best k of each row across the workers' best-first rows (a small k-way merge
 * per row), written back into the first worker's heaps to spare memory.
 */
async function mergeHeapRows(parts: PositionHeaps[], rows: number, k: number): Promise<PositionHeaps> {
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
