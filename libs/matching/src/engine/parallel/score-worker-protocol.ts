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
  /** Chunks of positions.scanOrder are claimed from this shared counter, so fast workers take more. */
  nextPosition: Int32Array;
  chunkSize: number;
  /** Shared by all workers: each position's row is written by the one worker that claimed it. */
  perPosition: HeapSet;
  /** This worker's own heaps over all candidates; the main thread merges them. */
  perCandidate: HeapSet;
  /** Incremented atomically when done: the main thread's atomic read orders our writes before its reads. */
  finished: Int32Array;
}

export interface ScoreWorkerDone {
  done: true;
  positionsScored: number;
}
