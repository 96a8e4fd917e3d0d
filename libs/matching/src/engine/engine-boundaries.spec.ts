import { describe, expect, it } from '@jest/globals';
import type { MatchCandidate, MatchPosition } from '../match.types.js';
import { rankPairsNaively } from '../scoring/naive-ranking.js';
import { distanceBetween } from '../scoring/score-pair.js';
import { eligibilityTestDouble, AARHUS, aCandidate, aPosition } from '@igu/matching-fixtures';
import { scoreCandidateAgainstPositions, scorePositionAgainstCandidates } from './incremental.js';
import { candidateMatches, positionMatches } from './match-run.js';
import { packCandidates } from './pack-candidates.js';
import { packPositions } from './pack-positions.js';
import { scoreAll } from './score-all.js';

// Hand-made records sitting exactly on the boundaries of every hard filter and
// component; the engine (full run and both incremental paths) must agree with
// the reference scorer on each of them.
const TODAY = '2026-01-05';
const id = (prefix: string, n: number) => `${prefix}0000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const north = (km: number) => ({ latitude: AARHUS.centre.latitude + (km / 6371) * (180 / Math.PI), longitude: AARHUS.centre.longitude });

const positions: MatchPosition[] = [
  aPosition({ id: id('a', 1), location: north(20) }),
  aPosition({ id: id('a', 2), location: north(20), drivingLicenceRequired: true, requiredSkillCodes: ['x', 'y'] }),
  aPosition({ id: id('a', 3), kind: 'IGU', startDate: '2026-06-01', optionalSkillCodes: ['y', 'unknown'] }),
  aPosition({ id: id('a', 4), kind: 'IGU', startDate: null, requiredDanishLevel: 'B1', occupationCode: '7112' }),
  aPosition({ id: id('a', 5), startDate: '2026-03-01', status: 'FILLED' }),
];
const exactly20 = distanceBetween(positions[0], aCandidate());

const candidates: MatchCandidate[] = [
  aCandidate({ id: id('c', 1), maxCommuteKm: exactly20 }),
  aCandidate({ id: id('c', 2), maxCommuteKm: exactly20 - 1e-9 }),
  aCandidate({ id: id('c', 3), maxCommuteKm: 5, willingToRelocate: true, drivingLicence: true, skillCodes: ['x'] }),
  aCandidate({ id: id('c', 4), drivingLicence: true, skillCodes: ['x', 'y'], availableFrom: '2026-05-30' }),
  aCandidate({ id: id('c', 5), dateOfBirth: '2008-06-01', availableFrom: '2026-08-30', danishLevel: 'A2' }),
  aCandidate({ id: id('c', 6), dateOfBirth: '2008-06-02', desiredOccupationCodes: ['7112'] }),
  aCandidate({ id: id('c', 7), desiredOccupationCodes: ['7111'], experienceOccupationCodes: ['7212'], danishLevel: 'A1' }),
  aCandidate({ id: id('c', 8), status: 'EMPLOYED' }),
];

const options = { today: TODAY, isEligible: eligibilityTestDouble };
const naive = rankPairsNaively(positions, candidates, { ...options, k: 10 });
const packedPositions = packPositions(positions);
const packedCandidates = packCandidates(candidates);
const run = scoreAll(packedPositions, packedCandidates, { ...options, k: 10 });

describe('the engine on boundary cases', () => {
  it('has cases on both sides of each boundary', () => {
    const first = naive.perPosition.get(id('a', 1))!.map((pair) => pair.candidateId);
    expect(first).toContain(id('c', 1));
    expect(first).not.toContain(id('c', 2));
    expect(first).toContain(id('c', 3));
    expect(naive.perPosition.get(id('a', 3))!.map((pair) => pair.candidateId)).toContain(id('c', 5));
    expect(naive.perPosition.get(id('a', 3))!.map((pair) => pair.candidateId)).not.toContain(id('c', 6));
  });

  it('agrees with the reference in a full run', () => {
    packedPositions.records.forEach((position, p) => expect(positionMatches(run, p)).toEqual(naive.perPosition.get(position.id) ?? []));
    packedCandidates.records.forEach((candidate, c) =>
      expect(candidateMatches(run, c)).toEqual(naive.perCandidate.get(candidate.id) ?? []),
    );
  });

  it('agrees with the reference row by row', () => {
    for (const candidate of candidates) {
      expect(scoreCandidateAgainstPositions(candidate, packedPositions, options).top(10)).toEqual(
        naive.perCandidate.get(candidate.id) ?? [],
      );
    }
    for (const position of positions) {
      expect(scorePositionAgainstCandidates(position, packedCandidates, options).top(10)).toEqual(naive.perPosition.get(position.id) ?? []);
    }
  });
});
