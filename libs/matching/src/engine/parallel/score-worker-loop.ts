// The body of a scoring worker thread.
// Erasable TypeScript only: under Jest this file runs through Node's own type stripping.
import { parentPort, workerData } from 'node:worker_threads';
import { rangeBuffers, scoreCandidateRange } from '../full-run-kernel.js';
import { emptiedRows, heapSet, sortRowsBestFirst } from '../top-k.js';
import type { ScoreWorkerDone, ScoreWorkerInput, ScoreWorkerRange } from './score-worker-protocol.js';

/** Heap slots a worker fills in turn: one being scored while the main thread decodes the other. */
const SLOTS = 2;

function scoreClaimedRanges(input: ScoreWorkerInput): ScoreWorkerDone {
  const { positions, candidates, run, k, rangeSize, candidateCount } = input;
  // Every heap is this worker's own and shared with the main thread (posting shares a
  // SharedArrayBuffer, nothing is copied). The range heaps are reused, not allocated per range:
  // garbage buffers are freed only when both threads have collected them, and transferred
  // ArrayBuffers set off full collections of the main thread's large heap (10 % more CPU).
  const perPosition = heapSet(positions.count, k, true);
  const slots = Array.from({ length: SLOTS }, () => heapSet(rangeSize, k, true));
  const free = new Int32Array(new SharedArrayBuffer(SLOTS * 4)).fill(1);
  const buffers = rangeBuffers(rangeSize);
  let rangesScored = 0;
  for (let slot = 0; ; slot = (slot + 1) % SLOTS) {
    const from = Atomics.add(input.nextRange, 0, 1) * rangeSize;
    if (from >= candidateCount) break;
    const rows = Math.min(rangeSize, candidateCount - from);
    Atomics.wait(free, slot, 0); // until the main thread has decoded what this slot held
    free[slot] = 0;
    const heaps = emptiedRows(slots[slot], rows, k);
    scoreCandidateRange(positions, candidates, run, { k, perPosition, perCandidate: heaps }, from, from + rows, buffers);
    sortRowsBestFirst(heaps, k);
    const range: ScoreWorkerRange = { from, slot, keys: heaps.keys, counts: heaps.counts, free };
    parentPort!.postMessage(range);
    rangesScored++;
  }
  sortRowsBestFirst(perPosition, k);
  return { done: true, rangesScored, perPosition: { keys: perPosition.keys, counts: perPosition.counts } };
}

const done = scoreClaimedRanges(workerData as ScoreWorkerInput);
parentPort!.postMessage(done);
