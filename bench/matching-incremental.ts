/**
 * Incremental compute as the worker does it between jobs: a MatchState built
 * by a full run takes 1,000 random candidate changes and 1,000 random
 * position changes (each timed: re-scoring the row and updating every list it
 * enters, leaves or moves in), then is compared with a full run over the
 * changed records.
 *
 * `measureIncrementalInWorkerProcess` runs it in a child process started with
 * the worker's Node flags, holding only the generated data and the state, as
 * the worker holds only its state: in the benchmark's own process the
 * garbage of everything measured before (over a GB at surge size) made the
 * collector's pauses part of the figures.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { iguEligibility, listDepth, MatchState, packBoth, scoreAll } from '@igu/matching';
import {
  changeCandidate,
  changePosition,
  codesIn,
  type GeneratorSize,
  generateMatchData,
  type MatchData,
  SeededRandom,
} from '@igu/matching-fixtures';
import { WORKER_NODE_FLAGS } from '../tools/worker-node-flags.mjs';
import { roundedPercentiles } from './lib/stats.js';

export interface IncrementalResult {
  candidateMs: { p50: number; p95: number; p99: number };
  positionMs: { p50: number; p95: number; p99: number };
  listsChangedPerChange: number;
  equalsFullRun: boolean;
}

const K = 50;

export function runIncrementalBench(data: MatchData, changes = 1_000): IncrementalResult {
  const scoring = { today: data.today, isEligible: iguEligibility }; // the real rule, as the worker runs it
  const fullRun = (positions: MatchData['positions'], candidates: MatchData['candidates']) => {
    const packed = packBoth(positions, candidates);
    return MatchState.fromRun(scoreAll(packed.positions, packed.candidates, { ...scoring, k: listDepth(K) }), K, scoring);
  };
  const state = fullRun(data.positions, data.candidates);
  const positions = new Map(data.positions.map((p) => [p.id, p]));
  const candidates = new Map(data.candidates.map((c) => [c.id, c]));
  const codes = codesIn(data);
  const random = new SeededRandom(2026);
  const candidateIds = [...candidates.keys()];
  const positionIds = [...positions.keys()];
  const candidateMs: number[] = [];
  const positionMs: number[] = [];
  let listsChanged = 0;
  for (let i = 0; i < changes; i++) {
    const candidate = changeCandidate(candidates.get(random.pick(candidateIds))!, random, codes);
    candidates.set(candidate.id, candidate);
    let mark = performance.now();
    const byCandidate = state.candidateChanged(candidate.id, candidate);
    candidateMs.push(performance.now() - mark);
    const position = changePosition(positions.get(random.pick(positionIds))!, random, codes);
    positions.set(position.id, position);
    mark = performance.now();
    const byPosition = state.positionChanged(position.id, position);
    positionMs.push(performance.now() - mark);
    listsChanged += byCandidate.positions.size + byCandidate.candidates.size + byPosition.positions.size + byPosition.candidates.size;
  }
  const expected = fullRun([...positions.values()], [...candidates.values()]);
  const same = (ids: string[], get: (s: MatchState, id: string) => unknown) =>
    ids.every((id) => JSON.stringify(get(state, id)) === JSON.stringify(get(expected, id)));
  return {
    candidateMs: roundedPercentiles(candidateMs, 2),
    positionMs: roundedPercentiles(positionMs, 2),
    listsChangedPerChange: Math.round((listsChanged / (2 * changes)) * 10) / 10,
    equalsFullRun: same(positionIds, (s, id) => s.positionList(id)) && same(candidateIds, (s, id) => s.candidateList(id)),
  };
}

/** The same benchmark on freshly generated data of this size (the generator is seeded), in a child process with the worker's flags. */
export function measureIncrementalInWorkerProcess(size: GeneratorSize, today: string): Promise<IncrementalResult> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [size, today], { execArgv: WORKER_NODE_FLAGS, stdio: 'inherit' });
    let result: IncrementalResult | undefined;
    child.once('message', (message) => (result = message as IncrementalResult));
    child.once('error', reject);
    child.once('exit', (code) => (result && code === 0 ? resolve(result) : reject(new Error(`incremental bench exited with ${code}`))));
  });
}

if (process.send && process.argv[1] === fileURLToPath(import.meta.url)) {
  const [size, today] = process.argv.slice(2) as [GeneratorSize, string];
  process.send(runIncrementalBench(generateMatchData(size, { today })), () => process.exit(0));
}
