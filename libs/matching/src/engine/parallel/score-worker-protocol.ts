// What the main thread hands a scoring worker. Only typed arrays over
// SharedArrayBuffers and numbers: structured cloning shares them, nothing is copied.
// Erasable TypeScript only: worker threads load this file directly.
import type { CandidateArrays, PositionArrays, RunArrays } from '../packed-arrays.js';
import type { HeapSet } from '../top-k.js';

export interface ScoreWorkerInput {
  positions: PositionArrays;
  candidates: CandidateArrays;
  run: RunArrays;
  k: number;
  /** Ranges of packed candidates ([i·rangeSize, (i + 1)·rangeSize)) are claimed from this shared counter, so fast workers take more. */
  nextRange: Int32Array;
  rangeSize: number;
  /** This worker's own heaps over all positions (each sees only its ranges' candidates); the main thread merges them. */
  perPosition: HeapSet;
  /** One heap set per range, shared by all workers: each is written by the one worker that claimed the range. */
  perCandidate: HeapSet[];
  /** Incremented atomically when done: the main thread's atomic read orders our writes before its reads. */
  finished: Int32Array;
}

export interface ScoreWorkerDone {
  done: true;
  rangesScored: number;
}
