import type { MatchCandidate, MatchPosition } from '@igu/matching';

/** Aarhus (751): positions sit on the municipality centre unless a test moves them. */
export const AARHUS = { code: 751, centre: { latitude: 56.1567, longitude: 10.2108 } };
export const KOBENHAVN = { code: 101, centre: { latitude: 55.6711, longitude: 12.56529 } };

/** An open JOB position in Aarhus with no requirements: every filter passes, every component is 1. */
export function aPosition(overrides: Partial<MatchPosition> = {}): MatchPosition {
  return {
    id: '00000000-0000-4000-8000-00000000000a',
    kind: 'JOB',
    status: 'OPEN',
    occupationCode: '9112',
    location: { ...AARHUS.centre },
    municipalityCode: AARHUS.code,
    startDate: '2026-03-01',
    requiredDanishLevel: 'NONE',
    drivingLicenceRequired: false,
    requiredSkillCodes: [],
    optionalSkillCodes: [],
    ...overrides,
  };
}

/** An available candidate in Aarhus who wants exactly that position's occupation. */
export function aCandidate(overrides: Partial<MatchCandidate> = {}): MatchCandidate {
  return {
    id: '00000000-0000-4000-8000-0000000000c1',
    status: 'AVAILABLE',
    municipalityCode: AARHUS.code,
    municipalityCentre: { ...AARHUS.centre },
    desiredOccupationCodes: ['9112'],
    experienceOccupationCodes: [],
    skillCodes: [],
    danishLevel: 'NONE',
    drivingLicence: false,
    maxCommuteKm: 30,
    willingToRelocate: false,
    availableFrom: null,
    dateOfBirth: '1990-05-01',
    residenceBasis: 'REFUGEE',
    arrivedInDenmarkOn: '2022-01-10',
    priorIgu: false,
    ...overrides,
  };
}
