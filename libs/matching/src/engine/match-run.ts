import type { PairScore } from '../match.types.js';
import { compareIds } from '../scoring/score-pair.js';
import { haversineKm } from '@igu/geo';
import {
  availabilityComponent,
  distanceComponent,
  languageComponent,
  pointsToScore,
  roundDistanceKm,
  scorePoints,
  weightedScore,
} from '../scoring/score-components.js';
import type { PackedCandidates } from './pack-candidates.js';
import type { PackedPositions } from './pack-positions.js';
import { POSITION_IS_IGU, type RunArrays } from './packed-arrays.js';
import { occupationOf, skillsOf } from './score-kernel.js';
import { keyPoints, keyRank, type HeapSet } from './top-k.js';
import { yieldToEventLoop } from './yield-to-event-loop.js';

/** The packed sides and run arrays a set of scores was computed from. */
export interface ScoringContext {
  readonly positions: PackedPositions;
  readonly candidates: PackedCandidates;
  readonly run: RunArrays;
}

/**
 * Best-first lists, one row per position (or candidate) in packed order:
 * row r holds counts[r] entries at [r·k, r·k + counts[r]) of `others` (packed
 * index of the other side) and `points` (the score in ten-thousandths).
 */
export interface TopKLists {
  readonly k: number;
  readonly rows: number;
  readonly counts: Int32Array;
  readonly others: Int32Array;
  /** Scores in ten-thousandths (points / 10,000 is the score): 2 bytes an entry. */
  readonly points: Uint16Array;
}

export interface MatchRun extends ScoringContext {
  readonly perPosition: TopKLists;
  readonly perCandidate: TopKLists;
}

/** Decodes sorted heap keys; `otherOfRank` maps a tie-break rank to the other side's packed index. */
export function decodeTopK(keys: Float64Array, counts: Int32Array, k: number, otherOfRank: (rank: number) => number): TopKLists {
  const lists = emptyTopK(counts, k);
  decodeRows(lists, keys, otherOfRank, 0, counts.length);
  return lists;
}

/** Same, in slices of rows with yields in between (for the thread that serves requests). */
export async function decodeTopKAsync(
  keys: Float64Array,
  counts: Int32Array,
  k: number,
  otherOfRank: (rank: number) => number,
): Promise<TopKLists> {
  const lists = emptyTopK(counts, k);
  for (let from = 0; from < counts.length; from += ROWS_PER_SLICE) {
    decodeRows(lists, keys, otherOfRank, from, Math.min(counts.length, from + ROWS_PER_SLICE));
    await yieldToEventLoop();
  }
  return lists;
}

const ROWS_PER_SLICE = 4096;

/**
 * Decodes one side's heaps kept in ranges (range i: rows [i·rangeSize, …),
 * best-first), letting each range go once decoded (its slot becomes null):
 * the lists and all the heaps never share the peak. A generator, one step
 * per range, so the caller may yield between.
 */
export function* decodeRanges(
  ranges: (HeapSet | null)[],
  rangeSize: number,
  k: number,
  otherOfRank: (rank: number) => number,
): Generator<void, TopKLists> {
  const rows = ranges.reduce((sum, range) => sum + (range?.counts.length ?? 0), 0);
  const lists = emptyTopK(new Int32Array(rows), k);
  for (let range = 0; range < ranges.length; range++) {
    const heaps = ranges[range]!;
    ranges[range] = null;
    const base = range * rangeSize;
    lists.counts.set(heaps.counts, base);
    for (let row = 0; row < heaps.counts.length; row++) {
      const at = (base + row) * k;
      for (let i = 0; i < heaps.counts[row]; i++) {
        const key = heaps.keys[row * k + i];
        lists.others[at + i] = otherOfRank(keyRank(key));
        lists.points[at + i] = keyPoints(key);
      }
    }
    yield;
  }
  return lists;
}

/** Runs a generator of steps to its end. */
export function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Same, yielding to the event loop between steps. */
export async function finishYielding<T>(steps: Generator<void, T>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await yieldToEventLoop();
  }
}

function emptyTopK(counts: Int32Array, k: number): TopKLists {
  return { k, rows: counts.length, counts, others: new Int32Array(counts.length * k), points: new Uint16Array(counts.length * k) };
}

function decodeRows(lists: TopKLists, keys: Float64Array, otherOfRank: (rank: number) => number, fromRow: number, toRow: number): void {
  const { k, counts, others, points } = lists;
  for (let row = fromRow; row < toRow; row++) {
    for (let at = row * k; at < row * k + counts[row]; at++) {
      others[at] = otherOfRank(keyRank(keys[at]));
      points[at] = keyPoints(keys[at]);
    }
  }
}

/** The full result (breakdown and all) for the best matches of position p. */
export function positionMatches(run: MatchRun, p: number): PairScore[] {
  return rowEntries(run.perPosition, p).map((c) => explainPair(run, p, c));
}

export function candidateMatches(run: MatchRun, c: number): PairScore[] {
  return rowEntries(run.perCandidate, c).map((p) => explainPair(run, p, c));
}

function rowEntries(lists: TopKLists, row: number): number[] {
  return Array.from(lists.others.subarray(row * lists.k, row * lists.k + lists.counts[row]));
}

/**
 * Components, missing skills and distance of a pair that passed the hard
 * filters (e.g. one from a result list), from the packed arrays: cheap enough
 * to explain every stored match of a national run.
 */
export function explainPair(context: ScoringContext, p: number, c: number): PairScore {
  const { run } = context;
  const positions = context.positions.arrays;
  const candidates = context.candidates.arrays;
  const municipality = candidates.municipality[c];
  const distanceKm = haversineKm(
    positions.latitude[p],
    positions.longitude[p],
    candidates.centreLatitude[municipality],
    candidates.centreLongitude[municipality],
  );
  const occupation = occupationOf(positions.occupation[p], candidates, c);
  const skills = skillsOf(positions, p, run, candidates, c);
  const language = languageComponent(candidates.danishLevel[c], positions.requiredLevel[p]);
  const distance = distanceComponent(distanceKm, candidates.maxCommuteKm[c]);
  const availability = availabilityComponent(candidates.availableFrom[c], run.effectiveDay[p]);
  const isIgu = (positions.flags[p] & POSITION_IS_IGU) !== 0;
  return {
    positionId: context.positions.records[p].id,
    candidateId: context.candidates.records[c].id,
    score: pointsToScore(scorePoints(weightedScore(run.weights, occupation, skills, language, distance, availability))),
    breakdown: {
      occupation,
      skills,
      language,
      distance,
      availability,
      missingRequiredSkills: missingRequiredSkills(context, p, c),
      iguEligible: isIgu ? true : null,
    },
    distanceKm: roundDistanceKm(distanceKm),
    crossMunicipality: positions.municipalityCode[p] !== candidates.municipalityCodes[municipality],
  };
}

/** Packed skill indices follow the record's de-duplicated codes one to one. */
function missingRequiredSkills(context: ScoringContext, p: number, c: number): string[] {
  const { run } = context;
  const candidates = context.candidates.arrays;
  const codes = [...new Set(context.positions.records[p].requiredSkillCodes)];
  const from = context.positions.arrays.requiredStart[p];
  const bitsBase = c * candidates.skillWords;
  return codes
    .filter((_, j) => {
      const skill = run.requiredSkills[from + j];
      return (candidates.skillBits[bitsBase + (skill >>> 5)] & (1 << (skill & 31))) === 0;
    })
    .sort(compareIds);
}
