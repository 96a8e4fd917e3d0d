// The body of a scoring worker thread.
// Erasable TypeScript only: under Jest this file runs through Node's own type stripping.
import { parentPort, workerData } from 'node:worker_threads';
import { rangeBuffers, scoreCandidateRange } from '../full-run-kernel.js';
import { sortRowsBestFirst } from '../top-k.js';
import type { ScoreWorkerDone, ScoreWorkerInput } from './score-worker-protocol.js';

function scoreClaimedRanges(input: ScoreWorkerInput): number {
  const { positions, candidates, run, k, rangeSize, perPosition, perCandidate } = input;
  const buffers = rangeBuffers(rangeSize);
  let scored = 0;
  for (;;) {
    const range = Atomics.add(input.nextRange, 0, 1);
    if (range >= perCandidate.length) break;
    const heaps = perCandidate[range];
    const from = range * rangeSize;
    scoreCandidateRange(positions, candidates, run, { k, perPosition, perCandidate: heaps }, from, from + heaps.counts.length, buffers);
    sortRowsBestFirst(heaps, k);
    scored++;
  }
  sortRowsBestFirst(perPosition, k);
  return scored;
}

const input = workerData as ScoreWorkerInput;
const rangesScored = scoreClaimedRanges(input);
Atomics.add(input.finished, 0, 1);
const done: ScoreWorkerDone = { done: true, rangesScored };
parentPort!.postMessage(done);
