// What the main thread hands a scoring worker, and what the worker sends back.
// Only typed arrays over SharedArrayBuffers and numbers, both ways: structured
// cloning shares them, nothing is copied.
// Erasable TypeScript only: worker threads load this file directly.
import type { CandidateArrays, PositionArrays, RunArrays } from '../packed-arrays.js';

export interface ScoreWorkerInput {
  positions: PositionArrays;
  candidates: CandidateArrays;
  run: RunArrays;
  k: number;
  /** Ranges of packed candidates ([i·rangeSize, (i + 1)·rangeSize)) are claimed from this shared counter, so fast workers take more. */
  nextRange: Int32Array;
  rangeSize: number;
  candidateCount: number;
}

/**
 * One range's candidate heaps, best first: rows [from, from + counts.length), in the
 * worker's heap slot `slot`. The main thread decodes them, then sets
 * `free[slot]` to 1 (and notifies): only then may the worker reuse the slot.
 */
export interface ScoreWorkerRange {
  from: number;
  slot: number;
  keys: Float64Array;
  counts: Int32Array;
  free: Int32Array;
}

/** The worker's heaps over all positions (each saw only its ranges' candidates), best first; the main thread merges them. */
export interface ScoreWorkerDone {
  done: true;
  rangesScored: number;
  perPosition: { keys: Float64Array; counts: Int32Array };
}
