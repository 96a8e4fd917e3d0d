import type { PackedCandidates } from './pack-candidates.js';
import type { PackedPositions } from './pack-positions.js';
import { decodeRange, decodeTopK, emptyLists, type MatchRun } from './match-run.js';
import { prepareRun, type ScoringOptions } from './prepare-run.js';
import { candidateRangeSize, rangeBuffers, scoreCandidateRange } from './full-run-kernel.js';
import { emptiedRows, heapSet, sortRowsBestFirst } from './top-k.js';

export const DEFAULT_TOP_K = 50;

export interface ScoreAllOptions extends ScoringOptions {
  /** Matches kept per position and per candidate; default 50. */
  k?: number;
}

/**
 * Every open position against every available candidate on this thread,
 * keeping the k best per position and per candidate. Blocks for as long as it
 * runs (about a second or two nationally); an API process should use
 * scoreAllParallel instead.
 */
export function scoreAll(positions: PackedPositions, candidates: PackedCandidates, options: ScoreAllOptions): MatchRun {
  const k = topKSize(options.k);
  const run = prepareRun(positions, candidates, options);
  const perPosition = heapSet(positions.arrays.count, k);
  const count = candidates.arrays.count;
  const rangeSize = candidateRangeSize(count, 1);
  const perCandidate = emptyLists(count, k);
  const buffers = rangeBuffers(rangeSize);
  const rangeHeaps = heapSet(rangeSize, k);
  for (let from = 0; from < count; from += rangeSize) {
    const heaps = emptiedRows(rangeHeaps, Math.min(rangeSize, count - from), k);
    scoreCandidateRange(
      positions.arrays,
      candidates.arrays,
      run,
      { k, perPosition, perCandidate: heaps },
      from,
      from + heaps.counts.length,
      buffers,
    );
    sortRowsBestFirst(heaps, k);
    decodeRange(perCandidate, heaps, from, (rank) => rank);
  }
  sortRowsBestFirst(perPosition, k);
  return {
    positions,
    candidates,
    run,
    perPosition: decodeTopK(perPosition.keys, perPosition.counts, k, (rank) => candidates.arrays.byRank[rank]),
    perCandidate,
  };
}

export function topKSize(k: number | undefined): number {
  const size = k ?? DEFAULT_TOP_K;
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`k must be a positive integer, not ${size}`);
  return size;
}
