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
    const from = Atomics.add(input.nextRange, 0, 1) * rangeSize;
    if (from >= candidates.count) break;
    const to = Math.min(candidates.count, from + rangeSize);
    scoreCandidateRange(positions, candidates, run, { k, perPosition, perCandidate }, from, to, buffers);
    sortRowsBestFirst(perCandidate, k, from, to);
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
