// The component formulas of docs/domain.md §6 on plain numbers. Both the
// reference scorer (records) and the fast engine (typed arrays) call these,
// so equal inputs give bit-identical doubles and equal rounded scores.
// Erasable TypeScript only: worker threads load this file directly.
import type { ScoringWeights } from './scoring-weights.js';

export const OCCUPATION_SAME_UNIT = 1;
export const OCCUPATION_SAME_MINOR_GROUP = 0.6;
export const OCCUPATION_SAME_SUB_MAJOR_GROUP = 0.3;
export const RELOCATION_DISTANCE_SCORE = 0.2;
export const AVAILABILITY_GRACE_DAYS = 90;

/** share of required held weighs 0.8, optional 0.2; an empty group counts as fully held. */
export function skillsComponent(heldRequired: number, required: number, heldOptional: number, optional: number): number {
  const requiredShare = required === 0 ? 1 : heldRequired / required;
  const optionalShare = optional === 0 ? 1 : heldOptional / optional;
  return 0.8 * requiredShare + 0.2 * optionalShare;
}

/** Levels as CEFR ordinals (NONE = 0 … C2 = 6). */
export function languageComponent(candidateLevel: number, requiredLevel: number): number {
  if (candidateLevel >= requiredLevel) return 1;
  return candidateLevel === requiredLevel - 1 ? 0.5 : 0;
}

/** Hard filter: within commuting range, or willing to move. */
export function passesDistance(distanceKm: number, maxCommuteKm: number, willingToRelocate: boolean): boolean {
  return distanceKm <= maxCommuteKm || willingToRelocate;
}

/** Only meaningful for pairs that pass the distance filter. */
export function distanceComponent(distanceKm: number, maxCommuteKm: number): number {
  if (distanceKm > maxCommuteKm) return RELOCATION_DISTANCE_SCORE;
  return Math.max(0, 1 - distanceKm / Math.max(maxCommuteKm, 1));
}

/**
 * Day numbers. 1 when available by the start day, else max(0, 1 − daysLate / 90).
 * An unset availableFrom is NO_DATE, far in the past, so it gives 1 as well.
 * Written with min/max instead of branches: the engine calls it for
 * hundreds of millions of pairs, and a mispredicted branch costs more than the maths.
 */
export function availabilityComponent(availableFromDay: number, startDay: number): number {
  return Math.max(0, Math.min(1, 1 - (availableFromDay - startDay) / AVAILABILITY_GRACE_DAYS));
}

export function weightedScore(
  weights: ScoringWeights,
  occupation: number,
  skills: number,
  language: number,
  distance: number,
  availability: number,
): number {
  return (
    weights.occupation * occupation +
    weights.skills * skills +
    weights.language * language +
    weights.distance * distance +
    weights.availability * availability
  );
}

/**
 * The score in ten-thousandths (an integer). Rounds half up on the decimal
 * value: float noise is removed first (x·10¹² to the nearest integer), so
 * 0.12345, stored as 0.1234499…, rounds to 0.1235 like SQL `round(numeric, 4)`.
 * Math.floor rather than Math.round: on the machines we measured V8's
 * Math.round costs several times more, and this runs once per scored pair.
 * (n + 5·10⁷) / 10⁸ is exact or lands strictly between integers, so the floor is exact.
 */
export function scorePoints(score: number): number {
  return Math.floor((Math.floor(score * 1e12 + 0.5) + 5e7) / 1e8);
}

export function pointsToScore(points: number): number {
  return points / 10_000;
}

export function roundScore(score: number): number {
  return pointsToScore(scorePoints(score));
}

export function roundDistanceKm(distanceKm: number): number {
  return Math.round(distanceKm * 100) / 100;
}
