// One position against the packed candidates for the worker's kept state,
// scoring only the pairs that can matter: those that may be in or enter a
// candidate's list, and those that may be in the position's own list.
// Erasable TypeScript only, like the other kernels.
import { BOUND_MARGIN, boundAvailability, boundDistance, boundThreshold } from './full-run-kernel.js';
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
 * in `out` (scan order, as scorePositionRow) only the pairs whose bound (every
 * term exact but skills, taken as all held) reaches their candidate's floor,
 * or reaches the `depth`-th best score among those (then the pair may be in
 * the position's own list). Returns how many were kept and how many passed
 * the hard filters.
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
  if (rowFloors.depth === 0) return { kept: entering, total };
  const threshold =
    entering >= rowFloors.depth ? boundThreshold(depthBestPoints(out.points, entering, rowFloors.depth, buffers.histogram)) : -Infinity;
  let ownCount = 0;
  for (let i = 0; i < rest; i++) {
    if (buffers.bounds[i] < threshold) continue;
    ownOnly.others[ownCount] = ownOnly.others[i];
    ownOnly.distances[ownCount] = ownOnly.distances[i];
    ownOnly.sums[ownCount++] = ownOnly.sums[i];
  }
  addSkillTerms(ownCount, positions, p, run, candidates, ownOnly);
  finishScores(ownCount, run.effectiveDay[p], run.weights, candidates, ownOnly);
  return { kept: mergeInScanOrder(out, entering, ownOnly, ownCount), total };
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
  const { language: languageTerms, skillsMaximum } = out.terms;
  const effectiveDay = run.effectiveDay[p];
  const { distance: distanceWeight, availability: availabilityWeight } = run.weights;
  let entering = 0;
  let rest = 0;
  for (let i = 0; i < n; i++) {
    const c = others[i];
    const occupation = occupationTerm(occupationTerms, occupationGroups, occupationIndex, occupationSlots, c, groupWord, groupBit);
    // The same bound as full-run-kernel's splitByBound, written out in both hot loops: as a shared
    // function taking the arrays it measured 5 % slower (the loads were no longer hoisted).
    const bound =
      occupation +
      skillsMaximum +
      languageTerms[danishLevel[c]] +
      distanceWeight * boundDistance(distances[i], maxCommuteKm[c], inverseCommuteKm[c]) +
      availabilityWeight * boundAvailability(availableFrom[c], effectiveDay);
    const ordinal = ordinals[c];
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
