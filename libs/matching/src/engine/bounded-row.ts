// One position against the packed candidates for the worker's kept state,
// scoring only the pairs that can matter: those that may be in or enter a
// candidate's list, and those that may be in the position's own list.
// Erasable TypeScript only, like the other kernels.
import { BOUND_MARGIN, boundAvailability, boundDistance, boundThreshold } from './full-run-kernel.js';
import { pointsToScore } from '../scoring/score-components.js';
import type { CandidateArrays, PositionArrays, RunArrays } from './packed-arrays.js';
import {
  addSkillTerms,
  fillOccupationTerms,
  fillPositionTerms,
  filterCandidates,
  finishScores,
  occupationGroupOf,
  occupationTerm,
  rowBuffers,
  type RowBuffers,
} from './score-kernel.js';

/** What the pairs of a row must reach to matter. */
export interface RowFloors {
  /** By the other side's ordinal: the score a pair must reach to be in or enter that list (-Infinity: any pair). */
  floors: Float64Array;
  /** Packed index → ordinal, for the pack being scored. */
  ordinals: Int32Array;
  /** Entries the row's own list keeps (its best `depth` pairs are all scored); 0 when the caller has no use for its own list. */
  depth: number;
  /**
   * Only the pairs whose candidate's list may hold this member (the row of a
   * record as it was, whose pairs matter only where they are held): the
   * lists' member masks by ordinal, and the member's word and bit in them.
   */
  heldAs?: { masks: Uint32Array; word: number; bit: number };
}

/** A list's member mask (ListMatrix `members`): 256 bits a row; with a list's 75 entries about a quarter are set. */
export const MEMBER_MASK_WORDS = 8;

/** Which word of a member mask holds `other`'s bit. */
export function memberWord(other: number): number {
  return (other >>> 5) & (MEMBER_MASK_WORDS - 1);
}

export function memberBit(other: number): number {
  return 1 << (other & 31);
}

/** The work areas of a bounded row: `out` as scorePositionRow's, and the pairs that may only be in the own list. */
export interface BoundedBuffers {
  out: RowBuffers;
  ownOnly: RowBuffers;
  bounds: Float64Array;
  /** Pairs per score in points (0…10,000), to find the own list's floor without sorting. */
  histogram: Int32Array;
}

const POINTS = 10_001;
const HALF_POINT = 0.5e-4;

export function boundedBuffers(capacity: number): BoundedBuffers {
  const out = rowBuffers(capacity);
  const ownOnly = rowBuffers(capacity);
  ownOnly.terms = out.terms;
  return { out, ownOnly, bounds: new Float64Array(capacity), histogram: new Int32Array(POINTS) };
}

/**
 * Scores position p (of `positions`) against all packed candidates, leaving
 * in `out` (scan order, as scorePositionRow) only the pairs whose score
 * reaches their candidate's floor, or reaches the `depth`-th best score (then
 * the pair may be in the position's own list). Only pairs whose bound (every
 * term exact but skills, taken as all held) reaches one of those are scored.
 * Returns how many were kept and how many passed the hard filters.
 */
export function scorePositionRowBounded(
  p: number,
  positions: PositionArrays,
  candidates: CandidateArrays,
  run: RunArrays,
  rowFloors: RowFloors,
  buffers: BoundedBuffers,
): { kept: number; total: number } {
  const { out, ownOnly } = buffers;
  const total = filterCandidates(p, positions, candidates, run, out);
  const required = positions.requiredStart[p + 1] - positions.requiredStart[p];
  const optional = positions.optionalStart[p + 1] - positions.optionalStart[p];
  fillPositionTerms(out.terms, run.weights, positions.requiredLevel[p], required, optional);
  fillOccupationTerms(out.terms, positions.occupation[p], candidates.occupationDictionary);
  const { entering, rest } = splitByFloors(p, positions.occupation[p], total, run, candidates, rowFloors, buffers);
  addSkillTerms(entering, positions, p, run, candidates, out);
  finishScores(entering, run.effectiveDay[p], run.weights, candidates, out);
  if (rowFloors.depth === 0) return { kept: keepReaching(out, entering, rowFloors, NOT_OWN), total };
  // The depth-th best so far: the own list's floor can only be higher once the own-only pairs are in.
  const ownPoints = entering >= rowFloors.depth ? depthBestPoints(out.points, entering, rowFloors.depth, buffers.histogram) : 0;
  const threshold = boundThreshold(ownPoints);
  let ownCount = 0;
  for (let i = 0; i < rest; i++) {
    if (buffers.bounds[i] < threshold) continue;
    ownOnly.others[ownCount] = ownOnly.others[i];
    ownOnly.distances[ownCount] = ownOnly.distances[i];
    ownOnly.sums[ownCount++] = ownOnly.sums[i];
  }
  addSkillTerms(ownCount, positions, p, run, candidates, ownOnly);
  finishScores(ownCount, run.effectiveDay[p], run.weights, candidates, ownOnly);
  // Own-only pairs are below their candidates' floors (their bounds were): only the own list can take them.
  ownCount = keepReaching(ownOnly, ownCount, null, ownPoints);
  return { kept: mergeInScanOrder(out, keepReaching(out, entering, rowFloors, ownPoints), ownOnly, ownCount), total };
}

/** No own list: no score is high enough for it. */
const NOT_OWN = POINTS;

/**
 * Compacts (in order) the scored pairs that still matter: their score
 * reaches their candidate's floor (they are in or enter its list; null: the
 * pairs are below every floor), or reaches `ownPoints` (they may be in the
 * own list). Most bounds reach a floor their exact scores do not; dropping
 * those here spares the caller a list lookup for each.
 */
function keepReaching(row: RowBuffers, n: number, rowFloors: RowFloors | null, ownPoints: number): number {
  const { others, points } = row;
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const c = others[i];
    if (points[i] < ownPoints && belowFloor(rowFloors, c, points[i])) continue;
    others[kept] = c;
    points[kept++] = points[i];
  }
  return kept;
}

/**
 * Each pair's occupation term (as sumOccupationTerms, in the same pass) and
 * bound. Pairs whose bound reaches their candidate's floor stay in `out`
 * (compacted, in order); the others go to `ownOnly` with their bound, in order.
 */
function splitByFloors(
  p: number,
  positionOccupation: number,
  n: number,
  run: RunArrays,
  candidates: CandidateArrays,
  rowFloors: RowFloors,
  buffers: BoundedBuffers,
): { entering: number; rest: number } {
  const { out, ownOnly, bounds } = buffers;
  const { others, distances, sums } = out;
  const { danishLevel, maxCommuteKm, inverseCommuteKm, availableFrom, occupationIndex, occupationSlots, occupationGroups } = candidates;
  const { word: groupWord, bit: groupBit } = occupationGroupOf(positionOccupation);
  const occupationTerms = out.terms.occupationByIndex;
  const { floors, ordinals } = rowFloors;
  const masks = rowFloors.heldAs?.masks ?? null;
  const maskWord = rowFloors.heldAs?.word ?? 0;
  const maskBit = rowFloors.heldAs?.bit ?? 0;
  const { language: languageTerms, skillsMaximum } = out.terms;
  const effectiveDay = run.effectiveDay[p];
  const { distance: distanceWeight, availability: availabilityWeight } = run.weights;
  let entering = 0;
  let rest = 0;
  for (let i = 0; i < n; i++) {
    const c = others[i];
    const ordinal = ordinals[c];
    // A list that cannot hold the member: one load, no bound (a candidate without a list yet holds nothing).
    if (masks !== null && (ordinal >= floors.length || (masks[ordinal * MEMBER_MASK_WORDS + maskWord] & maskBit) === 0)) continue;
    const occupation = occupationTerm(occupationTerms, occupationGroups, occupationIndex, occupationSlots, c, groupWord, groupBit);
    // The same bound as full-run-kernel's splitByBound, written out in both hot loops: as a shared
    // function taking the arrays it measured 5 % slower (the loads were no longer hoisted).
    const bound =
      occupation +
      skillsMaximum +
      languageTerms[danishLevel[c]] +
      distanceWeight * boundDistance(distances[i], maxCommuteKm[c], inverseCommuteKm[c]) +
      availabilityWeight * boundAvailability(availableFrom[c], effectiveDay);
    // A floor is a score (points / 10,000): boundThreshold of its points, without the rounding.
    if (ordinal >= floors.length || bound >= floors[ordinal] - HALF_POINT - BOUND_MARGIN) {
      others[entering] = c;
      distances[entering] = distances[i];
      sums[entering++] = occupation;
    } else {
      ownOnly.others[rest] = c;
      ownOnly.distances[rest] = distances[i];
      ownOnly.sums[rest] = occupation;
      bounds[rest++] = bound;
    }
  }
  return { entering, rest };
}

/** The depth-th best of n scores in points, by counting (scores are 0…10,000 points). */
function depthBestPoints(points: Int32Array, n: number, depth: number, histogram: Int32Array): number {
  histogram.fill(0);
  for (let i = 0; i < n; i++) histogram[points[i]]++;
  let seen = 0;
  for (let score = POINTS - 1; score > 0; score--) {
    seen += histogram[score];
    if (seen >= depth) return score;
  }
  return 0;
}

/** Is the score below the floor of candidate c's list (as the list's own floor check: a tie is not below)? */
function belowFloor(rowFloors: RowFloors | null, c: number, points: number): boolean {
  if (rowFloors === null) return true;
  const ordinal = rowFloors.ordinals[c];
  return ordinal < rowFloors.floors.length && pointsToScore(points) < rowFloors.floors[ordinal];
}

/** Merges the own-only pairs into `out`'s first n (both in scan order), from the back, in place; returns the new count. */
function mergeInScanOrder(out: RowBuffers, n: number, ownOnly: RowBuffers, m: number): number {
  let a = n - 1;
  let b = m - 1;
  for (let at = n + m - 1; b >= 0; at--) {
    if (a >= 0 && out.others[a] > ownOnly.others[b]) {
      out.others[at] = out.others[a];
      out.points[at] = out.points[a--];
    } else {
      out.others[at] = ownOnly.others[b];
      out.points[at] = ownOnly.points[b--];
    }
  }
  return n + m;
}
