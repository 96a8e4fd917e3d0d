import { addDays } from '@igu/calendar';
import { LANGUAGE_LEVELS, type MatchCandidate, type MatchPosition } from '@igu/matching';
import type { SeededRandom } from './seeded-random.js';

/**
 * The edits users make, at random: for tests that the incremental state keeps
 * up with every kind of change, and for the incremental benchmark. Each
 * returns the record after the change (status changes included: a candidate
 * leaves or returns to AVAILABLE, a position closes or opens).
 */
export function changeCandidate(
  candidate: MatchCandidate,
  random: SeededRandom,
  pool: { skillCodes: readonly string[]; occupationCodes: readonly string[] },
): MatchCandidate {
  switch (random.int(0, 6)) {
    case 0:
      return { ...candidate, status: candidate.status === 'AVAILABLE' ? 'INACTIVE' : 'AVAILABLE' };
    case 1:
      return { ...candidate, maxCommuteKm: random.int(0, 120), willingToRelocate: random.chance(0.1) };
    case 2:
      return { ...candidate, danishLevel: random.pick(LANGUAGE_LEVELS) };
    case 3:
      return { ...candidate, skillCodes: [...new Set([...candidate.skillCodes.slice(1), random.pick(pool.skillCodes)])] };
    case 4:
      return { ...candidate, desiredOccupationCodes: [random.pick(pool.occupationCodes)], drivingLicence: !candidate.drivingLicence };
    case 5:
      return { ...candidate, availableFrom: random.chance(0.5) ? null : addDays('2026-01-05', random.int(-30, 120)) };
    default:
      return { ...candidate, priorIgu: !candidate.priorIgu };
  }
}

export function changePosition(
  position: MatchPosition,
  random: SeededRandom,
  pool: { skillCodes: readonly string[]; occupationCodes: readonly string[] },
): MatchPosition {
  switch (random.int(0, 5)) {
    case 0:
      return { ...position, status: position.status === 'OPEN' ? 'CLOSED' : 'OPEN' };
    case 1:
      return {
        ...position,
        location: {
          latitude: position.location.latitude + (random.next() - 0.5) * 0.4,
          longitude: position.location.longitude + (random.next() - 0.5) * 0.4,
        },
      };
    case 2:
      return { ...position, requiredDanishLevel: random.pick(LANGUAGE_LEVELS), drivingLicenceRequired: random.chance(0.2) };
    case 3:
      return { ...position, requiredSkillCodes: [random.pick(pool.skillCodes)], optionalSkillCodes: [random.pick(pool.skillCodes)] };
    case 4:
      return { ...position, occupationCode: random.pick(pool.occupationCodes) };
    default:
      return { ...position, startDate: random.chance(0.3) ? null : addDays('2026-01-05', random.int(0, 200)) };
  }
}

/** Codes that occur in the data, to draw changes from. */
export function codesIn(data: { positions: readonly MatchPosition[]; candidates: readonly MatchCandidate[] }) {
  return {
    skillCodes: [...new Set(data.candidates.flatMap((c) => c.skillCodes))].sort(),
    occupationCodes: [...new Set(data.positions.map((p) => p.occupationCode))].sort(),
  };
}
