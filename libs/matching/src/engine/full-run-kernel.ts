// A full run's inner loop: every position against one range of candidates,
// keeping the best k per position and per candidate, skipping the skills
// count of pairs that cannot enter either list. Same scores and lists as
// scoring every pair (the bound below is exact, not a heuristic).
// Erasable TypeScript only: worker threads load this file directly.
import { AVAILABILITY_GRACE_DAYS, RELOCATION_DISTANCE_SCORE } from '../scoring/score-components.js';
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
import { offerTopK, RANK_SPACE, rankKey, type HeapSet } from './top-k.js';

/** Two work areas: pairs that may enter a candidate's list, and pairs that may only enter the position's. */
export interface RangeBuffers {
  both: RowBuffers;
  positionOnly: RowBuffers;
  /** The position-only pairs' bounds. */
  bounds: Float64Array;
}

export function rangeBuffers(capacity: number): RangeBuffers {
  const both = rowBuffers(capacity);
  const positionOnly = rowBuffers(capacity);
  positionOnly.terms = both.terms;
  return { both, positionOnly, bounds: new Float64Array(capacity) };
}

/**
 * Where a full run keeps its lists while scoring one range: the range's own
 * candidate heaps (row c − from, let go once decoded, so a run never holds
 * every candidate's heaps at once), and the positions'.
 */
export interface RangeHeaps {
  k: number;
  perPosition: HeapSet;
  perCandidate: HeapSet;
}

/**
 * Scores every position (in `positions.scanOrder`) against the candidates in
 * packed range [from, to) into the heaps. Each row: the hard filters, the
 * occupation term, then an upper bound with every term exact but skills
 * (taken as all held). A pair whose bound cannot beat its candidate's floor
 * nor the position's is dropped before its skills are counted; nearly all
 * pairs of a large run are, once the floors have risen. Floors only rise, so
 * a pair dropped now could never have entered later either.
 */
export function scoreCandidateRange(
  positions: PositionArrays,
  candidates: CandidateArrays,
  run: RunArrays,
  heaps: RangeHeaps,
  from: number,
  to: number,
  buffers: RangeBuffers,
): void {
  const { both, positionOnly } = buffers;
  for (let at = 0; at < positions.count; at++) {
    const p = positions.scanOrder[at];
    const n = filterCandidates(p, positions, candidates, run, both, from, to);
    if (n === 0) continue;
    const required = positions.requiredStart[p + 1] - positions.requiredStart[p];
    const optional = positions.optionalStart[p + 1] - positions.optionalStart[p];
    fillPositionTerms(both.terms, run.weights, positions.requiredLevel[p], required, optional);
    fillOccupationTerms(both.terms, positions.occupation[p], candidates.occupationDictionary);
    const kept = splitByBound(p, positions.occupation[p], n, run, candidates, buffers, heaps, from);
    scoreKept(p, kept.both, positions, run, candidates, both);
    keepBest(p, kept.both, both, candidates.idRank, heaps, from);
    // The position's floor has risen with the pairs just offered: most position-only pairs fall below it now.
    const positionOnlyKept = stillAbovePositionFloor(p, kept.positionOnly, buffers, heaps.perPosition);
    scoreKept(p, positionOnlyKept, positions, run, candidates, positionOnly);
    for (let i = 0; i < positionOnlyKept; i++) {
      offerTopK(heaps.perPosition, p, heaps.k, rankKey(positionOnly.points[i], candidates.idRank[positionOnly.others[i]]));
    }
  }
}

/**
 * Each pair's occupation term (as sumOccupationTerms, in the same pass) and
 * its bound: weightedScore's sum with the skills term at its maximum. Computed with reciprocals instead of divisions (the hottest loop
 * of a run), so it may be a few ulps off the exact sum; a pair is dropped
 * only when its bound is below the floor's score by far more than that
 * (BOUND_MARGIN), so its exact points are below the floor's points and its
 * key below the floor key whatever the tie-break. Pairs that may enter the
 * candidate's heap stay (compacted) in `both`; pairs that may only enter the
 * position's go to `positionOnly`, their bounds to `bounds`. `sums` get the
 * occupation term.
 */
function splitByBound(
  p: number,
  positionOccupation: number,
  n: number,
  run: RunArrays,
  candidates: CandidateArrays,
  buffers: RangeBuffers,
  heaps: RangeHeaps,
  from: number,
): { both: number; positionOnly: number } {
  const { danishLevel, maxCommuteKm, inverseCommuteKm, availableFrom, occupationIndex, occupationSlots, occupationGroups } = candidates;
  const { both, positionOnly, bounds } = buffers;
  const { others, distances, sums } = both;
  const occupationTerms = both.terms.occupationByIndex;
  const languageTerms = both.terms.language;
  const { skillsMaximum } = both.terms;
  const effectiveDay = run.effectiveDay[p];
  const { distance: distanceWeight, availability: availabilityWeight } = run.weights;
  const candidateFloors = heaps.perCandidate.floors;
  const positionThreshold = floorScore(heaps.perPosition.floors[p]);
  const { word: groupWord, bit: groupBit } = occupationGroupOf(positionOccupation);
  let kept = 0;
  let positionOnlyCount = 0;
  for (let i = 0; i < n; i++) {
    const c = others[i];
    const distanceKm = distances[i];
    const occupation = occupationTerm(occupationTerms, occupationGroups, occupationIndex, occupationSlots, c, groupWord, groupBit);
    const candidateFloor = candidateFloors[c - from];
    if (candidateFloor < 0) {
      // The candidate's list is not full yet: any pair enters it, so no bound is needed.
      others[kept] = c;
      distances[kept] = distanceKm;
      sums[kept++] = occupation;
      continue;
    }
    const bound =
      occupation +
      skillsMaximum +
      languageTerms[danishLevel[c]] +
      distanceWeight * boundDistance(distanceKm, maxCommuteKm[c], inverseCommuteKm[c]) +
      availabilityWeight * boundAvailability(availableFrom[c], effectiveDay);
    if (bound >= floorScore(candidateFloor)) {
      others[kept] = c;
      distances[kept] = distanceKm;
      sums[kept++] = occupation;
    } else if (bound >= positionThreshold) {
      positionOnly.others[positionOnlyCount] = c;
      positionOnly.distances[positionOnlyCount] = distanceKm;
      positionOnly.sums[positionOnlyCount] = occupation;
      bounds[positionOnlyCount++] = bound;
    }
  }
  return { both: kept, positionOnly: positionOnlyCount };
}

const INVERSE_GRACE_DAYS = 1 / AVAILABILITY_GRACE_DAYS;

/** distanceComponent with a reciprocal: within an ulp or two of it. */
export function boundDistance(distanceKm: number, maxCommuteKm: number, inverseCommuteKm: number): number {
  return distanceKm > maxCommuteKm ? RELOCATION_DISTANCE_SCORE : Math.max(0, 1 - distanceKm * inverseCommuteKm);
}

/** availabilityComponent with a reciprocal: within an ulp or two of it. */
export function boundAvailability(availableFromDay: number, startDay: number): number {
  return Math.max(0, Math.min(1, 1 - (availableFromDay - startDay) * INVERSE_GRACE_DAYS));
}
/** Far above the few ulps a bound computed with reciprocals can be off, far below a point (0.0001). */
export const BOUND_MARGIN = 1e-9;
const INVERSE_RANK_SPACE = 1 / RANK_SPACE;

/**
 * The least unrounded score whose points can reach the points of this heap
 * floor (a key, -1 when the heap is not full: then anything can). A bound
 * below it rounds to fewer points, so its key is below the floor.
 */
function floorScore(floorKey: number): number {
  return boundThreshold(Math.floor(floorKey * INVERSE_RANK_SPACE));
}

/** The least unrounded score (less a margin for a bound's ulps) that can round to these points. */
export function boundThreshold(points: number): number {
  return (points - 0.5) * 1e-4 - BOUND_MARGIN;
}

/**
 * Offers the n scored pairs of position p to its own heap and to each
 * candidate's (row c − from). The floor checks are inlined: most offers are
 * rejected, and a rejection should cost a load and a compare.
 */
function keepBest(p: number, n: number, row: RowBuffers, candidateRank: Int32Array, heaps: RangeHeaps, from: number): void {
  const { others, points } = row;
  const { k, perPosition, perCandidate } = heaps;
  const candidateFloors = perCandidate.floors;
  const positionFloors = perPosition.floors;
  for (let i = 0; i < n; i++) {
    const c = others[i];
    const candidateKey = rankKey(points[i], p);
    if (candidateKey > candidateFloors[c - from]) offerTopK(perCandidate, c - from, k, candidateKey);
    const positionKey = rankKey(points[i], candidateRank[c]);
    if (positionKey > positionFloors[p]) offerTopK(perPosition, p, k, positionKey);
  }
}

/** Compacts the position-only pairs whose bound still reaches the position's floor. */
function stillAbovePositionFloor(p: number, n: number, buffers: RangeBuffers, perPosition: HeapSet): number {
  const threshold = floorScore(perPosition.floors[p]);
  const { bounds } = buffers;
  const { others, distances, sums } = buffers.positionOnly;
  let kept = 0;
  for (let i = 0; i < n; i++) {
    if (bounds[i] < threshold) continue;
    others[kept] = others[i];
    distances[kept] = distances[i];
    sums[kept++] = sums[i];
  }
  return kept;
}

/** Skills, then the remaining terms and rounding, for the first n pairs (their sums hold the occupation term). */
function scoreKept(
  p: number,
  n: number,
  positions: PositionArrays,
  run: RunArrays,
  candidates: CandidateArrays,
  buffers: RowBuffers,
): void {
  if (n === 0) return;
  addSkillTerms(n, positions, p, run, candidates, buffers);
  finishScores(n, run.effectiveDay[p], run.weights, candidates, buffers);
}

/** Candidates per range: small enough for a range's heaps (600 bytes each at k = 75) to stay in cache, enough ranges to share among workers. */
const MAX_RANGE_SIZE = 8192;

export function candidateRangeSize(candidateCount: number, workers: number): number {
  return Math.max(1, Math.min(MAX_RANGE_SIZE, Math.ceil(candidateCount / (workers * 4))));
}
