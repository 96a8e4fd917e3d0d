import { toDayNumber } from '@igu/calendar';
// The reference scorer: docs/domain.md §6 as a pure function of one position and
// one candidate. It favours clarity over speed; the fast engine must agree with
// it exactly (scores to 4 decimals and order).
import {
  LANGUAGE_LEVELS,
  type EligibilityCheck,
  type LanguageLevel,
  type MatchCandidate,
  type MatchPosition,
  type PairScore,
} from '../match.types.js';
import { optionalDayNumber } from './day-number.js';
import { haversineKm } from '@igu/geo';
import {
  OCCUPATION_SAME_MINOR_GROUP,
  OCCUPATION_SAME_SUB_MAJOR_GROUP,
  OCCUPATION_SAME_UNIT,
  availabilityComponent,
  distanceComponent,
  languageComponent,
  passesDistance,
  roundDistanceKm,
  roundScore,
  skillsComponent,
  weightedScore,
} from './score-components.js';
import { DEFAULT_SCORING_WEIGHTS, type ScoringWeights } from './scoring-weights.js';

/**
 * The match of one position and one candidate, or null when a hard filter
 * fails. `today` stands in for a missing start date. The weights are taken as
 * valid (see assertValidWeights; the engine checks them once per run).
 */
export function scorePair(
  position: MatchPosition,
  candidate: MatchCandidate,
  today: string,
  isEligible: EligibilityCheck,
  weights: ScoringWeights = DEFAULT_SCORING_WEIGHTS,
): PairScore | null {
  if (position.status !== 'OPEN' || candidate.status !== 'AVAILABLE') return null;
  if (position.drivingLicenceRequired && !candidate.drivingLicence) return null;
  const distanceKm = distanceBetween(position, candidate);
  if (!passesDistance(distanceKm, candidate.maxCommuteKm, candidate.willingToRelocate)) return null;
  if (position.kind === 'IGU' && !isEligible(candidate, position.startDate ?? today)) return null;
  return explainMatch(position, candidate, today, ALREADY_ELIGIBLE, weights);
}

/** The filter above has asked the rule; no need to ask again. */
const ALREADY_ELIGIBLE: EligibilityCheck = () => true;

/**
 * Components, score and distance of a pair, without the hard filters: what a
 * reader shows next to a stored match (the records may have changed since it
 * was stored). `iguEligible` is the rule's answer for IGU positions.
 */
export function explainMatch(
  position: MatchPosition,
  candidate: MatchCandidate,
  today: string,
  isEligible: EligibilityCheck,
  weights: ScoringWeights = DEFAULT_SCORING_WEIGHTS,
): PairScore {
  const distanceKm = distanceBetween(position, candidate);
  const referenceDate = position.startDate ?? today;
  const occupation = occupationComponent(position.occupationCode, [
    ...candidate.desiredOccupationCodes,
    ...candidate.experienceOccupationCodes,
  ]);
  const { skills, missingRequiredSkills } = skillMatch(position, candidate);
  const language = languageComponent(languageOrdinal(candidate.danishLevel), languageOrdinal(position.requiredDanishLevel));
  const distance = distanceComponent(distanceKm, candidate.maxCommuteKm);
  const availability = availabilityComponent(optionalDayNumber(candidate.availableFrom), toDayNumber(referenceDate));
  return {
    positionId: position.id,
    candidateId: candidate.id,
    score: roundScore(weightedScore(weights, occupation, skills, language, distance, availability)),
    breakdown: {
      occupation,
      skills,
      language,
      distance,
      availability,
      missingRequiredSkills,
      iguEligible: position.kind === 'IGU' ? isEligible(candidate, referenceDate) : null,
    },
    distanceKm: roundDistanceKm(distanceKm),
    crossMunicipality: position.municipalityCode !== candidate.municipalityCode,
  };
}

/** Position location to the centre of the candidate's municipality. */
export function distanceBetween(position: MatchPosition, candidate: MatchCandidate): number {
  const { location } = position;
  const centre = candidate.municipalityCentre;
  return haversineKm(location.latitude, location.longitude, centre.latitude, centre.longitude);
}

/** Best level over the candidate's desired and experience unit groups (ISCO codes are hierarchical prefixes). */
export function occupationComponent(positionCode: string, candidateCodes: Iterable<string>): number {
  let best = 0;
  for (const code of candidateCodes) {
    if (code === positionCode) return OCCUPATION_SAME_UNIT;
    if (code.slice(0, 3) === positionCode.slice(0, 3)) best = Math.max(best, OCCUPATION_SAME_MINOR_GROUP);
    else if (code.slice(0, 2) === positionCode.slice(0, 2)) best = Math.max(best, OCCUPATION_SAME_SUB_MAJOR_GROUP);
  }
  return best;
}

function skillMatch(position: MatchPosition, candidate: MatchCandidate): { skills: number; missingRequiredSkills: string[] } {
  const held = new Set(candidate.skillCodes);
  const required = [...new Set(position.requiredSkillCodes)];
  const optional = [...new Set(position.optionalSkillCodes)];
  const missingRequiredSkills = required.filter((code) => !held.has(code)).sort(compareIds);
  const heldOptional = optional.filter((code) => held.has(code)).length;
  const skills = skillsComponent(required.length - missingRequiredSkills.length, required.length, heldOptional, optional.length);
  return { skills, missingRequiredSkills };
}

export function languageOrdinal(level: LanguageLevel): number {
  const ordinal = LANGUAGE_LEVELS.indexOf(level);
  if (ordinal < 0) throw new RangeError(`Unknown language level ${JSON.stringify(level)}`);
  return ordinal;
}

/** Code-unit order, which for lowercase uuids equals PostgreSQL's uuid order. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Best first; ties by position id, then candidate id (docs/domain.md §6). */
export function compareRankedPairs(a: PairScore, b: PairScore): number {
  return b.score - a.score || compareIds(a.positionId, b.positionId) || compareIds(a.candidateId, b.candidateId);
}
