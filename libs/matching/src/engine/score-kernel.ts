// The fast engine's inner loops over typed arrays. Same formulas as the
// reference scorer (shared helpers in score-components.ts), so the scores are
// bit-identical; only the order of work differs: cheap filters first, the
// distance once per municipality centre, and whole groups of candidates
// skipped when they are out of commuting range.
// Erasable TypeScript only: worker threads load this file directly.
import type { ScoringWeights } from '../scoring/scoring-weights.js';
import { haversineKm } from '@igu/geo';
import {
  OCCUPATION_SAME_MINOR_GROUP,
  OCCUPATION_SAME_SUB_MAJOR_GROUP,
  OCCUPATION_SAME_UNIT,
  availabilityComponent,
  distanceComponent,
  languageComponent,
  scorePoints,
  skillsComponent,
  weightedScore,
} from '../scoring/score-components.js';
import {
  CANDIDATE_HAS_DRIVING_LICENCE,
  CANDIDATE_RELOCATES,
  OCCUPATION_GROUP_WORDS,
  POSITION_NEEDS_DRIVING_LICENCE,
  type CandidateArrays,
  type PositionArrays,
  type RunArrays,
} from './packed-arrays.js';

/**
 * One row's work area, reused across rows: the pairs that passed the filters
 * (the other side's index, the distance), their partial sums, and at the end
 * the score in ten-thousandths.
 */
export interface RowBuffers {
  others: Int32Array;
  distances: Float64Array;
  sums: Float64Array;
  points: Int32Array;
  terms: PositionTerms;
}

export function rowBuffers(capacity: number): RowBuffers {
  return {
    others: new Int32Array(capacity),
    distances: new Float64Array(capacity),
    sums: new Float64Array(capacity),
    points: new Int32Array(capacity),
    terms: positionTerms(),
  };
}

/**
 * Weighted component terms that depend only on the position (and a small
 * candidate attribute), computed once per position with the same helpers
 * and the same products as weightedScore, so the sums below are bit-identical
 * to it: occupation by match level, language by the candidate's level, skills
 * by (required held, optional held).
 */
export interface PositionTerms {
  occupation: Float64Array;
  /** The occupation term of each entry of the candidates' occupation dictionary. */
  occupationByIndex: Float64Array;
  language: Float64Array;
  skills: Float64Array;
  /** The skills term with every skill held: the most a pair can get from skills. */
  skillsMaximum: number;
}

const OCCUPATION_LEVELS = [0, OCCUPATION_SAME_SUB_MAJOR_GROUP, OCCUPATION_SAME_MINOR_GROUP, OCCUPATION_SAME_UNIT];
const LANGUAGE_LEVEL_COUNT = 7;

function positionTerms(): PositionTerms {
  return {
    occupation: new Float64Array(4),
    occupationByIndex: new Float64Array(0),
    language: new Float64Array(LANGUAGE_LEVEL_COUNT),
    skills: new Float64Array(16),
    skillsMaximum: 0,
  };
}

export function fillPositionTerms(
  terms: PositionTerms,
  weights: ScoringWeights,
  requiredLevel: number,
  required: number,
  optional: number,
): void {
  for (let level = 0; level < 4; level++) terms.occupation[level] = weights.occupation * OCCUPATION_LEVELS[level];
  for (let level = 0; level < LANGUAGE_LEVEL_COUNT; level++) {
    terms.language[level] = weights.language * languageComponent(level, requiredLevel);
  }
  if (terms.skills.length < (required + 1) * (optional + 1)) terms.skills = new Float64Array((required + 1) * (optional + 1));
  for (let held = 0; held <= required; held++) {
    for (let heldOptional = 0; heldOptional <= optional; heldOptional++) {
      terms.skills[held * (optional + 1) + heldOptional] = weights.skills * skillsComponent(held, required, heldOptional, optional);
    }
  }
  terms.skillsMaximum = terms.skills[required * (optional + 1) + optional];
}

/**
 * Scores position p against all packed candidates into `out`; returns how
 * many pairs passed the hard filters (every pair: the incremental path; a full
 * run uses full-run-kernel.ts, which skips pairs that cannot matter). Written as
 * a few tight passes over the passing pairs (filter, occupation, skills,
 * the rest) rather than one loop doing everything: each pass keeps only a
 * handful of arrays live, which V8 compiles to much faster code. The partial
 * sums are added in weightedScore's order, so the result is bit-identical.
 */
export function scorePositionRow(
  p: number,
  positions: PositionArrays,
  candidates: CandidateArrays,
  run: RunArrays,
  out: RowBuffers,
): number {
  const n = filterCandidates(p, positions, candidates, run, out);
  const required = positions.requiredStart[p + 1] - positions.requiredStart[p];
  const optional = positions.optionalStart[p + 1] - positions.optionalStart[p];
  fillPositionTerms(out.terms, run.weights, positions.requiredLevel[p], required, optional);
  fillOccupationTerms(out.terms, positions.occupation[p], candidates.occupationDictionary);
  sumOccupationTerms(n, candidates, out);
  addSkillTerms(n, positions, p, run, candidates, out);
  finishScores(n, run.effectiveDay[p], run.weights, candidates, out);
  return n;
}

/**
 * Hard filters: collects the candidates in packed range [from, to) that
 * pass, with their distance (a full run scores the candidates in ranges, so
 * each range's heaps stay in cache).
 */
export function filterCandidates(
  p: number,
  positions: PositionArrays,
  candidates: CandidateArrays,
  run: RunArrays,
  out: RowBuffers,
  from = 0,
  to = candidates.count,
): number {
  const { groupStart, relocationStart, maxCommuteKm, flags, municipality } = candidates;
  const { eligibility } = run;
  const { others, distances } = out;
  const needsLicence = (positions.flags[p] & POSITION_NEEDS_DRIVING_LICENCE) !== 0;
  const slot = run.eligibilitySlot[p];
  const eligibilityBase = slot * run.eligibilityWords;
  let count = 0;
  if (from >= to) return 0;
  const lastMunicipality = municipality[to - 1];
  for (let m = municipality[from]; m <= lastMunicipality; m++) {
    const distanceKm = haversineKm(
      positions.latitude[p],
      positions.longitude[p],
      candidates.centreLatitude[m],
      candidates.centreLongitude[m],
    );
    const groupFrom = Math.max(groupStart[m], from);
    const groupEnd = Math.min(groupStart[m + 1], to);
    const relocating = Math.min(Math.max(relocationStart[m], groupFrom), groupEnd);
    for (let c = groupFrom; c < groupEnd; c++) {
      // Non-relocating candidates come by maxCommuteKm descending: the first
      // one out of range ends them; relocating ones pass whatever the distance.
      if (c < relocating && maxCommuteKm[c] < distanceKm) {
        c = relocating - 1;
        continue;
      }
      if (needsLicence && (flags[c] & CANDIDATE_HAS_DRIVING_LICENCE) === 0) continue;
      if (slot >= 0 && (eligibility[eligibilityBase + (c >>> 5)] & (1 << (c & 31))) === 0) continue;
      others[count] = c;
      distances[count++] = distanceKm;
    }
  }
  return count;
}

/** Match level of a candidate's unit group against the position's: 3 same unit, 2 same minor, 1 same sub-major group. */
export function occupationLevel(candidateCode: number, positionCode: number): number {
  if (candidateCode === positionCode) return 3;
  if (Math.floor(candidateCode / 10) === Math.floor(positionCode / 10)) return 2;
  return Math.floor(candidateCode / 100) === Math.floor(positionCode / 100) ? 1 : 0;
}

export function fillOccupationTerms(terms: PositionTerms, positionCode: number, dictionary: Int32Array): void {
  if (terms.occupationByIndex.length < dictionary.length) terms.occupationByIndex = new Float64Array(dictionary.length);
  terms.occupationByIndex[0] = terms.occupation[0];
  for (let index = 1; index < dictionary.length; index++) {
    terms.occupationByIndex[index] = terms.occupation[occupationLevel(dictionary[index], positionCode)];
  }
}

/** Starts each pair's sum with its best occupation term (the terms grow with the level, so the max is the best level's term). */
export function sumOccupationTerms(n: number, candidates: CandidateArrays, out: RowBuffers): void {
  const { occupationIndex, occupationSlots } = candidates;
  const { others, sums } = out;
  const terms = out.terms.occupationByIndex;
  for (let i = 0; i < n; i++) sums[i] = bestOccupationTerm(terms, occupationIndex, others[i] * occupationSlots, occupationSlots);
}

/** The best occupation term among one candidate's slots (index base…base + slots of occupationIndex). */
export function bestOccupationTerm(terms: Float64Array, occupationIndex: Uint16Array, base: number, slots: number): number {
  let best = terms[occupationIndex[base]];
  for (let slot = 1; slot < slots; slot++) best = Math.max(best, terms[occupationIndex[base + slot]]);
  return best;
}

/** Where a position's sub-major group (occupation / 100) sits in `CandidateArrays.occupationGroups`: word and bit. */
export function occupationGroupOf(positionOccupation: number): { word: number; bit: number } {
  const group = Math.floor(positionOccupation / 100);
  return { word: group >>> 5, bit: 1 << (group & 31) };
}

/**
 * bestOccupationTerm, told at once when none of the candidate's occupations
 * shares the position's sub-major group (then every slot is level 0).
 */
export function occupationTerm(
  terms: Float64Array,
  groups: Uint32Array,
  occupationIndex: Uint16Array,
  slots: number,
  c: number,
  groupWord: number,
  groupBit: number,
): number {
  if ((groups[c * OCCUPATION_GROUP_WORDS + groupWord] & groupBit) === 0) return terms[0];
  return bestOccupationTerm(terms, occupationIndex, c * slots, slots);
}

export function addSkillTerms(
  n: number,
  positions: PositionArrays,
  p: number,
  run: RunArrays,
  candidates: CandidateArrays,
  out: RowBuffers,
): void {
  const { requiredSkills, optionalSkills } = run;
  const { skillBits, skillWords } = candidates;
  const { others, sums } = out;
  const terms = out.terms.skills;
  const requiredFrom = positions.requiredStart[p];
  const requiredTo = positions.requiredStart[p + 1];
  const optionalFrom = positions.optionalStart[p];
  const optionalTo = positions.optionalStart[p + 1];
  const stride = optionalTo - optionalFrom + 1;
  for (let i = 0; i < n; i++) {
    const bitsBase = others[i] * skillWords;
    const held = countHeld(requiredSkills, requiredFrom, requiredTo, skillBits, bitsBase);
    const heldOptional = countHeld(optionalSkills, optionalFrom, optionalTo, skillBits, bitsBase);
    sums[i] += terms[held * stride + heldOptional];
  }
}

/** Language, distance and availability terms, then the rounding. */
export function finishScores(n: number, effectiveDay: number, weights: ScoringWeights, candidates: CandidateArrays, out: RowBuffers): void {
  const { danishLevel, maxCommuteKm, availableFrom } = candidates;
  const { others, distances, sums, points } = out;
  const languageTerms = out.terms.language;
  const distanceWeight = weights.distance;
  const availabilityWeight = weights.availability;
  for (let i = 0; i < n; i++) {
    const c = others[i];
    const score =
      sums[i] +
      languageTerms[danishLevel[c]] +
      distanceWeight * distanceComponent(distances[i], maxCommuteKm[c]) +
      availabilityWeight * availabilityComponent(availableFrom[c], effectiveDay);
    points[i] = scorePoints(score);
  }
}

/**
 * Scores candidate c against all packed positions; `distances[p]` is the
 * distance from position p to the candidate's municipality centre.
 */
export function scoreCandidateRow(
  c: number,
  candidates: CandidateArrays,
  positions: PositionArrays,
  run: RunArrays,
  distances: Float64Array,
  out: RowBuffers,
): number {
  const hasLicence = (candidates.flags[c] & CANDIDATE_HAS_DRIVING_LICENCE) !== 0;
  const relocates = (candidates.flags[c] & CANDIDATE_RELOCATES) !== 0;
  const maxCommuteKm = candidates.maxCommuteKm[c];
  const candidateBit = 1 << (c & 31);
  let count = 0;
  for (let p = 0; p < positions.count; p++) {
    if (!hasLicence && (positions.flags[p] & POSITION_NEEDS_DRIVING_LICENCE) !== 0) continue;
    const distanceKm = distances[p];
    if (distanceKm > maxCommuteKm && !relocates) continue;
    const slot = run.eligibilitySlot[p];
    if (slot >= 0 && (run.eligibility[slot * run.eligibilityWords + (c >>> 5)] & candidateBit) === 0) continue;
    out.others[count] = p;
    out.points[count++] = scorePoints(pairScore(positions, p, run, candidates, c, distanceKm));
  }
  return count;
}

/** The unrounded score of a pair that passed the hard filters, component by component. */
export function pairScore(
  positions: PositionArrays,
  p: number,
  run: RunArrays,
  candidates: CandidateArrays,
  c: number,
  distanceKm: number,
): number {
  return weightedScore(
    run.weights,
    occupationOf(positions.occupation[p], candidates, c),
    skillsOf(positions, p, run, candidates, c),
    languageComponent(candidates.danishLevel[c], positions.requiredLevel[p]),
    distanceComponent(distanceKm, candidates.maxCommuteKm[c]),
    availabilityComponent(candidates.availableFrom[c], run.effectiveDay[p]),
  );
}

/** The occupation component: the best level over the candidate's unit groups. */
export function occupationOf(positionCode: number, candidates: CandidateArrays, c: number): number {
  let best = 0;
  for (let slot = 0; slot < candidates.occupationSlots; slot++) {
    const index = candidates.occupationIndex[c * candidates.occupationSlots + slot];
    if (index > 0) best = Math.max(best, occupationLevel(candidates.occupationDictionary[index], positionCode));
  }
  return OCCUPATION_LEVELS[best];
}

export function skillsOf(positions: PositionArrays, p: number, run: RunArrays, candidates: CandidateArrays, c: number): number {
  const bitsBase = c * candidates.skillWords;
  const requiredFrom = positions.requiredStart[p];
  const requiredTo = positions.requiredStart[p + 1];
  const optionalFrom = positions.optionalStart[p];
  const optionalTo = positions.optionalStart[p + 1];
  return skillsComponent(
    countHeld(run.requiredSkills, requiredFrom, requiredTo, candidates.skillBits, bitsBase),
    requiredTo - requiredFrom,
    countHeld(run.optionalSkills, optionalFrom, optionalTo, candidates.skillBits, bitsBase),
    optionalTo - optionalFrom,
  );
}

/** How many of the skill bits skills[from, to) the candidate's bitset holds (branch-free). */
export function countHeld(skills: Int32Array, from: number, to: number, bits: Uint32Array, bitsBase: number): number {
  let held = 0;
  for (let i = from; i < to; i++) {
    const skill = skills[i];
    held += (bits[bitsBase + (skill >>> 5)] >>> (skill & 31)) & 1;
  }
  return held;
}
