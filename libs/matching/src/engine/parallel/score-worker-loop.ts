// The body of a scoring worker thread.
// Erasable TypeScript only: under Jest this file runs through Node's own type stripping.
import { parentPort, workerData } from 'node:worker_threads';
import { keepBestOfPositionRow, rowBuffers, scorePositionRow } from '../score-kernel.js';
import { sortRowsBestFirst } from '../top-k.js';
import type { ScoreWorkerDone, ScoreWorkerInput } from './score-worker-protocol.js';

function scoreClaimedPositions(input: ScoreWorkerInput): number {
  const { positions, candidates, run, k, perPosition, perCandidate } = input;
  const row = rowBuffers(candidates.count);
  let scored = 0;
  for (;;) {
    const from = Atomics.add(input.nextPosition, 0, input.chunkSize);
    if (from >= positions.count) break;
    const to = Math.min(positions.count, from + input.chunkSize);
    for (let at = from; at < to; at++) {
      const p = positions.scanOrder[at];
      const n = scorePositionRow(p, positions, candidates, run, row);
      keepBestOfPositionRow(p, n, row, candidates.idRank, k, perPosition, perCandidate);
      sortRowsBestFirst(perPosition, k, p, p + 1);
    }
    scored += to - from;
  }
  sortRowsBestFirst(perCandidate, k);
  return scored;
}

const input = workerData as ScoreWorkerInput;
const positionsScored = scoreClaimedPositions(input);
Atomics.add(input.finished, 0, 1);
const done: ScoreWorkerDone = { done: true, positionsScored };
parentPort!.postMessage(done);
