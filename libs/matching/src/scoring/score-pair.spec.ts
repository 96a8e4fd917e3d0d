import { describe, expect, it } from '@jest/globals';
import type { EligibilityCheck, PairScore } from '../match.types.js';
import { eligibilityTestDouble, AARHUS, KOBENHAVN, aCandidate, aPosition } from '@igu/matching-fixtures';
import { haversineKm } from '@igu/geo';
import { compareRankedPairs, distanceBetween, scorePair } from './score-pair.js';
import { DEFAULT_SCORING_WEIGHTS } from './scoring-weights.js';

const TODAY = '2026-01-05';
const always: EligibilityCheck = () => true;
const never: EligibilityCheck = () => false;

function score(position = aPosition(), candidate = aCandidate(), isEligible = always): PairScore | null {
  return scorePair(position, candidate, TODAY, isEligible);
}

function breakdown(position = aPosition(), candidate = aCandidate()) {
  const result = score(position, candidate);
  if (!result) throw new Error('expected a match');
  return result.breakdown;
}

/** A position `km` due north of the Aarhus centre (1° of latitude ≈ 111.195 km with R = 6371). */
function positionNorthOfAarhus(km: number) {
  const degrees = (km / 6371) * (180 / Math.PI);
  return aPosition({ location: { latitude: AARHUS.centre.latitude + degrees, longitude: AARHUS.centre.longitude } });
}

describe('scorePair: hard filters', () => {
  it('matches a perfect pair with score 1 and every component 1', () => {
    expect(score()).toEqual({
      positionId: aPosition().id,
      candidateId: aCandidate().id,
      score: 1,
      breakdown: {
        occupation: 1,
        skills: 1,
        language: 1,
        distance: 1,
        availability: 1,
        missingRequiredSkills: [],
        iguEligible: null,
      },
      distanceKm: 0,
      crossMunicipality: false,
    });
  });

  it.each(['DRAFT', 'FILLED', 'CLOSED'] as const)('rejects a %s position', (status) => {
    expect(score(aPosition({ status }))).toBeNull();
  });

  it.each(['IN_PROGRAMME', 'EMPLOYED', 'INACTIVE'] as const)('rejects a %s candidate', (status) => {
    expect(score(aPosition(), aCandidate({ status }))).toBeNull();
  });

  it('requires IGU eligibility on the start date for IGU positions only', () => {
    const dates: string[] = [];
    const recording: EligibilityCheck = (_facts, onDate) => (dates.push(onDate), true);
    expect(score(aPosition({ kind: 'IGU', startDate: '2026-04-01' }), aCandidate(), recording)?.breakdown.iguEligible).toBe(true);
    expect(dates).toEqual(['2026-04-01']);
    expect(score(aPosition({ kind: 'IGU' }), aCandidate(), never)).toBeNull();
    for (const kind of ['JOB', 'INTERNSHIP', 'WAGE_SUBSIDY'] as const) {
      expect(score(aPosition({ kind }), aCandidate(), never)?.breakdown.iguEligible).toBeNull();
    }
  });

  it('checks IGU eligibility today when the position has no start date', () => {
    const dates: string[] = [];
    score(aPosition({ kind: 'IGU', startDate: null }), aCandidate(), (_facts, onDate) => (dates.push(onDate), true));
    expect(dates).toEqual([TODAY]);
  });

  it('passes the candidate eligibility facts to the injected check (here the test double: age 18–49)', () => {
    const igu = aPosition({ kind: 'IGU', startDate: '2026-06-01' });
    expect(scorePair(igu, aCandidate({ dateOfBirth: '2008-06-01' }), TODAY, eligibilityTestDouble)).not.toBeNull();
    expect(scorePair(igu, aCandidate({ dateOfBirth: '2008-06-02' }), TODAY, eligibilityTestDouble)).toBeNull();
    expect(scorePair(igu, aCandidate({ dateOfBirth: '1976-06-02' }), TODAY, eligibilityTestDouble)).not.toBeNull();
    expect(scorePair(igu, aCandidate({ dateOfBirth: '1976-06-01' }), TODAY, eligibilityTestDouble)).toBeNull();
    expect(scorePair(igu, aCandidate({ priorIgu: true }), TODAY, eligibilityTestDouble)).toBeNull();
  });

  it('requires a driving licence only when the position does', () => {
    expect(score(aPosition({ drivingLicenceRequired: true }), aCandidate({ drivingLicence: false }))).toBeNull();
    expect(score(aPosition({ drivingLicenceRequired: true }), aCandidate({ drivingLicence: true }))).not.toBeNull();
    expect(score(aPosition({ drivingLicenceRequired: false }), aCandidate({ drivingLicence: false }))).not.toBeNull();
  });

  it('keeps a pair exactly at maxCommuteKm and drops one just beyond it', () => {
    const position = positionNorthOfAarhus(20);
    const exactly = distanceBetween(position, aCandidate());
    expect(exactly).toBeCloseTo(20, 9);
    const atLimit = score(position, aCandidate({ maxCommuteKm: exactly }));
    expect(atLimit?.breakdown.distance).toBe(0);
    expect(score(position, aCandidate({ maxCommuteKm: exactly - 1e-9 }))).toBeNull();
  });

  it('lets a candidate willing to relocate match beyond commuting range, with distance 0.2', () => {
    const copenhagenJob = aPosition({ location: { ...KOBENHAVN.centre }, municipalityCode: KOBENHAVN.code });
    expect(score(copenhagenJob, aCandidate({ maxCommuteKm: 50 }))).toBeNull();
    const relocating = score(copenhagenJob, aCandidate({ maxCommuteKm: 50, willingToRelocate: true }));
    expect(relocating?.breakdown.distance).toBe(0.2);
    expect(relocating?.crossMunicipality).toBe(true);
    expect(relocating?.distanceKm).toBeGreaterThan(150);
  });
});

describe('scorePair: components', () => {
  it.each([
    ['same unit group', ['9112'], [], 1],
    ['same minor group', ['9111'], [], 0.6],
    ['same sub-major group', ['9121'], [], 0.3],
    ['same major group only', ['9211'], [], 0],
    ['an experience occupation', ['5120'], ['9112'], 1],
    ['the best of several', ['9211', '9121', '9111'], ['5120'], 0.6],
    ['no occupations at all', [], [], 0],
  ])('occupation: %s', (_case, desired, experience, expected) => {
    expect(
      breakdown(
        aPosition({ occupationCode: '9112' }),
        aCandidate({ desiredOccupationCodes: desired, experienceOccupationCodes: experience }),
      ).occupation,
    ).toBe(expected);
  });

  it.each([
    ['no skills asked: both groups count as fully held', [], [], [], 1, []],
    ['half the required, no optional group', ['a', 'b'], [], ['a'], 0.8 * 0.5 + 0.2, ['b']],
    ['no required group, a quarter of the optional', [], ['a', 'b', 'c', 'd'], ['c'], 0.8 + 0.2 * 0.25, []],
    ['none of either', ['b', 'a'], ['c'], ['x'], 0, ['a', 'b']],
    ['a repeated required skill counts once', ['a', 'a', 'b'], [], ['b'], 0.8 * 0.5 + 0.2, ['a']],
  ])('skills: %s', (_case, required, optional, held, expected, missing) => {
    const result = breakdown(aPosition({ requiredSkillCodes: required, optionalSkillCodes: optional }), aCandidate({ skillCodes: held }));
    expect(result.skills).toBeCloseTo(expected, 12);
    expect(result.missingRequiredSkills).toEqual(missing);
  });

  it.each([
    ['B1', 'B1', 1],
    ['C2', 'B1', 1],
    ['A2', 'B1', 0.5],
    ['A1', 'B1', 0],
    ['NONE', 'A1', 0.5],
    ['NONE', 'NONE', 1],
    ['NONE', 'C2', 0],
  ] as const)('language: candidate %s against required %s gives %s', (candidateLevel, required, expected) => {
    expect(breakdown(aPosition({ requiredDanishLevel: required }), aCandidate({ danishLevel: candidateLevel })).language).toBe(expected);
  });

  it('distance: linear from 1 at the centre to 0 at maxCommuteKm', () => {
    expect(breakdown(positionNorthOfAarhus(0), aCandidate({ maxCommuteKm: 30 })).distance).toBe(1);
    expect(breakdown(positionNorthOfAarhus(15), aCandidate({ maxCommuteKm: 30 })).distance).toBeCloseTo(0.5, 9);
    expect(breakdown(positionNorthOfAarhus(24), aCandidate({ maxCommuteKm: 30 })).distance).toBeCloseTo(0.2, 9);
  });

  it('distance: a maxCommuteKm below 1 km divides by 1 km', () => {
    expect(breakdown(positionNorthOfAarhus(0.3), aCandidate({ maxCommuteKm: 0.5 })).distance).toBeCloseTo(0.7, 9);
    expect(breakdown(positionNorthOfAarhus(0), aCandidate({ maxCommuteKm: 0 })).distance).toBe(1);
  });

  it('distance: haversine with R = 6371 km from the position to the municipality centre', () => {
    const degreeKm = (6371 * Math.PI) / 180;
    expect(haversineKm(55, 10, 56, 10)).toBeCloseTo(degreeKm, 9);
    const copenhagenJob = aPosition({ location: { ...KOBENHAVN.centre } });
    const result = score(copenhagenJob, aCandidate({ willingToRelocate: true }));
    expect(result?.distanceKm).toBe(Math.round(haversineKm(55.6711, 12.56529, 56.1567, 10.2108) * 100) / 100);
  });

  it.each([
    ['unset', null, 1],
    ['before the start', '2026-02-01', 1],
    ['on the start day', '2026-03-01', 1],
    ['45 days late', '2026-04-15', 0.5],
    ['89 days late', '2026-05-29', 1 / 90],
    ['exactly 90 days late', '2026-05-30', 0],
    ['120 days late', '2026-06-29', 0],
  ])('availability: %s', (_case, availableFrom, expected) => {
    expect(breakdown(aPosition({ startDate: '2026-03-01' }), aCandidate({ availableFrom })).availability).toBeCloseTo(expected, 12);
  });

  it('availability: measured from today when the position has no start date', () => {
    expect(breakdown(aPosition({ startDate: null }), aCandidate({ availableFrom: '2026-02-19' })).availability).toBeCloseTo(
      1 - 45 / 90,
      12,
    );
  });
});

describe('scorePair: the score', () => {
  it('weighs the components 0.35/0.25/0.15/0.15/0.10 and rounds to 4 decimals', () => {
    const result = score(
      aPosition({ occupationCode: '9112', requiredSkillCodes: ['a', 'b', 'c'], requiredDanishLevel: 'A1' }),
      aCandidate({ desiredOccupationCodes: ['9111'], skillCodes: ['a'], danishLevel: 'NONE' }),
    );
    // 0.35·0.6 + 0.25·(0.8/3 + 0.2) + 0.15·0.5 + 0.15·1 + 0.10·1 = 0.651666…
    expect(result?.score).toBe(0.6517);
  });

  it('takes other weights as configuration', () => {
    const onlyLanguage = { occupation: 0, skills: 0, language: 1, distance: 0, availability: 0 };
    const result = scorePair(aPosition({ requiredDanishLevel: 'B1' }), aCandidate({ danishLevel: 'A2' }), TODAY, always, onlyLanguage);
    expect(result?.score).toBe(0.5);
    expect(scorePair(aPosition(), aCandidate(), TODAY, always, DEFAULT_SCORING_WEIGHTS)?.score).toBe(1);
  });

  it('reports whether the candidate lives in another municipality than the position', () => {
    expect(score()?.crossMunicipality).toBe(false);
    const odder = aCandidate({ municipalityCode: 727, municipalityCentre: { latitude: 55.9731, longitude: 10.153 } });
    expect(score(aPosition(), odder)?.crossMunicipality).toBe(true);
  });

  it('orders best first, then by position id, then by candidate id', () => {
    const pair = (positionId: string, candidateId: string, value: number) =>
      ({ ...score()!, positionId, candidateId, score: value }) satisfies PairScore;
    const sorted = [pair('b', 'a', 0.5), pair('a', 'b', 0.5), pair('a', 'a', 0.5), pair('z', 'z', 0.9)].sort(compareRankedPairs);
    expect(sorted.map((p) => `${p.positionId}${p.candidateId}`)).toEqual(['zz', 'aa', 'ab', 'ba']);
  });
});
