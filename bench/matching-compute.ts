// Compute part of the matching benchmark (issue 8): pairs scored per second by
// (a) the naive loop over the reference scorer on a sample of positions,
// (c) the fast engine on one thread and (d) on all cores, with peak RSS and
// wall time. No database: the coordinator's `bench:matching` adds the SQL,
// loading, writing and latency parts and writes bench/results/matching.md.
//
//   npm run bench:matching:compute [-- --size national --sample 100 --workers 2]
import { availableParallelism, cpus } from 'node:os';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  compareRankedPairs,
  packCandidates,
  packPositions,
  positionMatches,
  scoreAll,
  scoreAllParallel,
  scoreCandidateAgainstPositions,
  scorePair,
  scorePositionAgainstCandidates,
  type MatchRun,
  type PairScore,
} from '@igu/matching';
import { eligibilityTestDouble, generateMatchData, type GeneratorSize } from '@igu/matching-fixtures';
import { type Percentiles, roundedPercentiles } from './lib/stats.js';

export interface MatchingComputeOptions {
  size?: GeneratorSize;
  seed?: number;
  /** Positions the naive loop scores against every candidate. */
  naiveSamplePositions?: number;
  workers?: number;
  k?: number;
}

export interface Throughput {
  pairs: number;
  seconds: number;
  pairsPerSecond: number;
}

export interface Target {
  name: string;
  target: string;
  measured: string;
  pass: boolean;
}

export interface MatchingComputeResult {
  date: string;
  machine: { cpu: string; cores: number; node: string };
  size: GeneratorSize;
  candidates: number;
  positions: number;
  /** eligibility: evaluating the (stand-in) IGU rule per candidate and IGU start day; part of both engine timings. */
  seconds: { generate: number; pack: number; eligibility: number };
  naive: Throughput;
  engineOneThread: Throughput;
  engineAllCores: Throughput & { workers: number; maxEventLoopDelayMs: number };
  speedupOneThread: number;
  speedupAllCores: number;
  /**
   * Compute only (no database): one existing candidate (position) re-scored
   * against all positions (candidates) and its top k explained, 1,000 times.
   */
  incremental: { candidateRowMs: Percentiles; positionRowMs: Percentiles };
  /** Sample positions whose top 20 equals the naive loop's, and parallel equal to single-threaded. */
  correctness: { samplePositionsTop20Equal: boolean; parallelEqualsSingle: boolean };
  peakRssMb: number;
  wallSeconds: number;
  targets: Target[];
}

export async function runMatchingComputeBench(options: MatchingComputeOptions = {}): Promise<MatchingComputeResult> {
  const started = performance.now();
  const size = options.size ?? 'national';
  const workers = options.workers ?? availableParallelism();
  const k = options.k ?? 50;

  let mark = performance.now();
  const data = generateMatchData(size, { seed: options.seed });
  const generateSeconds = secondsSince(mark);
  mark = performance.now();
  const positions = packPositions(data.positions);
  const candidates = packCandidates(data.candidates);
  const packSeconds = secondsSince(mark);
  const scoring = { today: data.today, isEligible: eligibilityTestDouble, k };
  const allPairs = positions.arrays.count * candidates.arrays.count;

  const sample = evenlySpaced(positions.arrays.count, options.naiveSamplePositions ?? 100);
  const naive = naiveLoop(sample, positions.records, candidates.records, data.today);

  // Each engine run starts with a cold eligibility cache, so both include the rule evaluations.
  mark = performance.now();
  for (const day of positions.schedule(data.today).slotDays) candidates.eligibility.bitsFor(day, eligibilityTestDouble);
  const eligibilitySeconds = secondsSince(mark);
  candidates.eligibility.clear();

  mark = performance.now();
  const single = scoreAll(positions, candidates, scoring);
  const engineOneThread = throughput(allPairs, secondsSince(mark));
  candidates.eligibility.clear();

  const eventLoop = monitorEventLoopDelay({ resolution: 10 });
  eventLoop.enable();
  mark = performance.now();
  const parallel = await scoreAllParallel(positions, candidates, { ...scoring, workers });
  const engineAllCores = throughput(allPairs, secondsSince(mark));
  eventLoop.disable();

  const incremental = {
    candidateRowMs: latencies(candidates.records, (candidate) => scoreCandidateAgainstPositions(candidate, positions, scoring).top(k)),
    positionRowMs: latencies(positions.records, (position) => scorePositionAgainstCandidates(position, candidates, scoring).top(k)),
  };

  const correctness = {
    samplePositionsTop20Equal: sample.every((p, i) => sameTop(positionMatches(single, p).slice(0, 20), naive.rows[i])),
    parallelEqualsSingle: sameRun(single, parallel),
  };
  const result: Omit<MatchingComputeResult, 'targets'> = {
    date: new Date().toISOString(),
    machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: availableParallelism(), node: process.version },
    size,
    candidates: candidates.arrays.count,
    positions: positions.arrays.count,
    seconds: { generate: round(generateSeconds, 3), pack: round(packSeconds, 3), eligibility: round(eligibilitySeconds, 3) },
    naive: naive.throughput,
    engineOneThread,
    engineAllCores: { ...engineAllCores, workers, maxEventLoopDelayMs: round(eventLoop.max / 1e6, 1) },
    speedupOneThread: round(engineOneThread.pairsPerSecond / naive.throughput.pairsPerSecond, 1),
    speedupAllCores: round(engineAllCores.pairsPerSecond / naive.throughput.pairsPerSecond, 1),
    incremental,
    correctness,
    peakRssMb: round(process.resourceUsage().maxRSS / 1024, 0),
    wallSeconds: round(secondsSince(started), 2),
  };
  return { ...result, targets: targets(result) };
}

/** The reference scorer over every (sample position, candidate) pair, keeping each row's top 20 to check the engine with. */
function naiveLoop(
  sample: readonly number[],
  positions: MatchRun['positions']['records'],
  candidates: MatchRun['candidates']['records'],
  today: string,
): { throughput: Throughput; rows: PairScore[][] } {
  const mark = performance.now();
  const rows = sample.map((p) => {
    const row: PairScore[] = [];
    for (const candidate of candidates) {
      const pair = scorePair(positions[p], candidate, today, eligibilityTestDouble);
      if (pair) row.push(pair);
    }
    // Only the top 20 is checked; dropping the rest keeps RSS about the engine.
    return row.sort(compareRankedPairs).slice(0, 20);
  });
  return { throughput: throughput(sample.length * candidates.length, secondsSince(mark)), rows };
}

/** 1,000 rows spread over the records (a fixed stride: repeatable), after a short warm-up. */
function latencies<T>(records: readonly T[], score: (record: T) => unknown): Percentiles {
  const pick = (i: number) => records[(i * 7919) % records.length];
  for (let i = 0; i < 50; i++) score(pick(i + 1000));
  const times = Array.from({ length: 1000 }, (_, i) => {
    const mark = performance.now();
    score(pick(i));
    return performance.now() - mark;
  });
  return roundedPercentiles(times, 3);
}

function sameTop(engine: readonly PairScore[], naive: readonly PairScore[]): boolean {
  return JSON.stringify(engine) === JSON.stringify(naive);
}

function sameRun(a: MatchRun, b: MatchRun): boolean {
  const lists = [
    [a.perPosition, b.perPosition],
    [a.perCandidate, b.perCandidate],
  ] as const;
  return lists.every(
    ([x, y]) =>
      Buffer.compare(bytes(x.counts), bytes(y.counts)) === 0 &&
      Buffer.compare(bytes(x.others), bytes(y.others)) === 0 &&
      Buffer.compare(bytes(x.points), bytes(y.points)) === 0,
  );
}

function bytes(array: Int32Array | Float64Array | Uint16Array): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}

function targets(result: Omit<MatchingComputeResult, 'targets'>): Target[] {
  const twoCores = result.engineAllCores.workers >= 2;
  return [
    target('fast engine, one thread, vs naive loop', '≥ 15×', `${result.speedupOneThread}×`, result.speedupOneThread >= 15),
    target(
      `fast engine, ${result.engineAllCores.workers} workers, vs naive loop`,
      '≥ 25× (two cores)',
      `${result.speedupAllCores}×`,
      twoCores && result.speedupAllCores >= 25,
    ),
    target('full compute, all cores', 'a few seconds (≤ 5 s)', `${result.engineAllCores.seconds} s`, result.engineAllCores.seconds <= 5),
    target('peak RSS', '< 512 MB', `${result.peakRssMb} MB`, result.peakRssMb < 512),
    target(
      'correctness: top 20 of sample positions = reference; parallel = single',
      'equal',
      `${result.correctness.samplePositionsTop20Equal} / ${result.correctness.parallelEqualsSingle}`,
      result.correctness.samplePositionsTop20Equal && result.correctness.parallelEqualsSingle,
    ),
  ];
}

function target(name: string, goal: string, measured: string, pass: boolean): Target {
  return { name, target: goal, measured, pass };
}

function throughput(pairs: number, seconds: number): Throughput {
  return { pairs, seconds: round(seconds, 3), pairsPerSecond: Math.round(pairs / seconds) };
}

function evenlySpaced(count: number, wanted: number): number[] {
  const n = Math.min(count, wanted);
  return Array.from({ length: n }, (_, i) => Math.floor((i * count) / n));
}

function secondsSince(mark: number): number {
  return (performance.now() - mark) / 1000;
}

function round(value: number, decimals: number): number {
  return Math.round(value * 10 ** decimals) / 10 ** decimals;
}

function ms(percentiles: Percentiles): string {
  return `${percentiles.p50}/${percentiles.p95}/${percentiles.p99} ms`;
}

export function formatMatchingCompute(result: MatchingComputeResult): string {
  const rate = (t: Throughput) =>
    `${(t.pairsPerSecond / 1e6).toFixed(1)} M pairs/s (${t.pairs.toLocaleString('en')} pairs in ${t.seconds} s)`;
  return [
    `Matching compute, ${result.size}: ${result.candidates} available candidates × ${result.positions} open positions`,
    `${result.machine.cpu}, ${result.machine.cores} cores, Node ${result.machine.node}, ${result.date}`,
    `(a) naive reference loop (sample): ${rate(result.naive)}`,
    `(c) fast engine, one thread:       ${rate(result.engineOneThread)}`,
    `(d) fast engine, ${result.engineAllCores.workers} workers:       ${rate(result.engineAllCores)}; main-thread max event-loop delay ${result.engineAllCores.maxEventLoopDelayMs} ms`,
    `incremental compute (one row, top k explained) p50/p95/p99: candidate ${ms(result.incremental.candidateRowMs)}, position ${ms(result.incremental.positionRowMs)}`,
    `generate ${result.seconds.generate} s, pack ${result.seconds.pack} s, IGU eligibility (in c and d) ${result.seconds.eligibility} s, peak RSS ${result.peakRssMb} MB, wall ${result.wallSeconds} s`,
    '',
    ...result.targets.map((t) => `${t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.measured} (target ${t.target})`),
  ].join('\n');
}

function parseArguments(argv: string[]): MatchingComputeOptions {
  const options = {
    size: { type: 'string' },
    seed: { type: 'string' },
    sample: { type: 'string' },
    workers: { type: 'string' },
    k: { type: 'string' },
  } as const;
  const { values } = parseArgs({ args: argv, options });
  const number = (value: string | undefined) => (value === undefined ? undefined : Number(value));
  return {
    size: values.size as GeneratorSize | undefined,
    seed: number(values.seed),
    naiveSamplePositions: number(values.sample),
    workers: number(values.workers),
    k: number(values.k),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runMatchingComputeBench(parseArguments(process.argv.slice(2)));
  console.log(formatMatchingCompute(result));
  console.log(JSON.stringify(result, null, 2));
}
