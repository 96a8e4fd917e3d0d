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

/** Lists with room for `rows` rows, all empty: a full run decodes its ranges of candidates into them as each range is scored. */
export function emptyLists(rows: number, k: number): TopKLists {
  return emptyTopK(new Int32Array(rows), k);
}

/**
 * Decodes one range's best-first heap rows (`heaps` row i is list row from + i)
 * into the lists; the heaps can go once this returns.
 */
export function decodeRange(
  lists: TopKLists,
  heaps: Pick<HeapSet, 'keys' | 'counts'>,
  from: number,
  otherOfRank: (rank: number) => number,
): void {
  lists.counts.set(heaps.counts, from);
  decodeRows(lists, heaps.keys, otherOfRank, from, from + heaps.counts.length, from);
}

function emptyTopK(counts: Int32Array, k: number): TopKLists {
  return { k, rows: counts.length, counts, others: new Int32Array(counts.length * k), points: new Uint16Array(counts.length * k) };
}

/** Decodes list rows [fromRow, toRow) from heap keys whose row r is list row r + keyRowOffset. */
function decodeRows(
  lists: TopKLists,
  keys: Float64Array,
  otherOfRank: (rank: number) => number,
  fromRow: number,
  toRow: number,
  keyRowOffset = 0,
): void {
  const { k, counts, others, points } = lists;
  const keyShift = keyRowOffset * k;
  for (let row = fromRow; row < toRow; row++) {
    for (let at = row * k; at < row * k + counts[row]; at++) {
      const key = keys[at - keyShift];
      others[at] = otherOfRank(keyRank(key));
      points[at] = keyPoints(key);
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
