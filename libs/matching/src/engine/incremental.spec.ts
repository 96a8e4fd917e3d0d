import { beforeAll, describe, expect, it } from '@jest/globals';
import { generateMatchData, type MatchData, eligibilityTestDouble, KOBENHAVN } from '@igu/matching-fixtures';
import type { EligibilityCheck, MatchCandidate, MatchPosition, PairScore } from '../match.types.js';
import { compareRankedPairs, scorePair } from '../scoring/score-pair.js';
import { scoreCandidateAgainstPositions, scorePositionAgainstCandidates } from './incremental.js';
import { candidateMatches, positionMatches, type MatchRun } from './match-run.js';
import { packCandidates, type PackedCandidates } from './pack-candidates.js';
import { packPositions, type PackedPositions } from './pack-positions.js';
import { scoreAll } from './score-all.js';

const K = 20;
let data: MatchData;
let positions: PackedPositions;
let candidates: PackedCandidates;
let full: MatchRun;

beforeAll(() => {
  data = generateMatchData('quick', { seed: 11 });
  positions = packPositions(data.positions);
  candidates = packCandidates(data.candidates);
  full = scoreAll(positions, candidates, { today: data.today, isEligible: eligibilityTestDouble, k: K });
});

function options(isEligible: EligibilityCheck = eligibilityTestDouble) {
  return { today: data.today, isEligible };
}

/** The reference: every pair of the row through scorePair, best first. */
function naiveCandidateRow(candidate: MatchCandidate, among: readonly MatchPosition[]): PairScore[] {
  return among
    .map((position) => scorePair(position, candidate, data.today, eligibilityTestDouble))
    .filter((pair): pair is PairScore => pair !== null)
    .sort(compareRankedPairs);
}

function naivePositionRow(position: MatchPosition, among: readonly MatchCandidate[]): PairScore[] {
  return among
    .map((candidate) => scorePair(position, candidate, data.today, eligibilityTestDouble))
    .filter((pair): pair is PairScore => pair !== null)
    .sort(compareRankedPairs);
}

describe('incremental rows equal the full run', () => {
  it('a candidate against all positions: its top k is the full run’s row for that candidate', () => {
    for (let c = 0; c < candidates.records.length; c += 7) {
      const row = scoreCandidateAgainstPositions(candidates.records[c], positions, options());
      expect(row.top(K)).toEqual(candidateMatches(full, c));
    }
  });

  it('a position against all candidates: its top k is the full run’s row for that position', () => {
    for (let p = 0; p < positions.records.length; p += 3) {
      const row = scorePositionAgainstCandidates(positions.records[p], candidates, options());
      expect(row.top(K)).toEqual(positionMatches(full, p));
    }
  });

  it('returns every passing pair, not only the top k, ranked like the reference', () => {
    const candidate = candidates.records[5];
    const candidateRow = scoreCandidateAgainstPositions(candidate, positions, options());
    expect(candidateRow.size).toBeGreaterThan(K);
    expect(candidateRow.ranked()).toEqual(naiveCandidateRow(candidate, positions.records));
    const scanOrder = Array.from({ length: candidateRow.size }, (_, i) => candidateRow.explain(i));
    expect(scanOrder.map((pair) => pair.score)).toEqual(Array.from(candidateRow.scores));
    expect(scanOrder.map((pair) => positions.indexById.get(pair.positionId))).toEqual(Array.from(candidateRow.others));

    const position = positions.records[9];
    const positionRow = scorePositionAgainstCandidates(position, candidates, options());
    expect(positionRow.size).toBeGreaterThan(K);
    expect(positionRow.ranked()).toEqual(naivePositionRow(position, candidates.records));
  });
});

describe('incremental rows for changed records', () => {
  it('scores a moved candidate with skills no position asks for', () => {
    const changed: MatchCandidate = {
      ...candidates.records[0],
      municipalityCode: KOBENHAVN.code,
      municipalityCentre: KOBENHAVN.centre,
      skillCodes: [...candidates.records[0].skillCodes, 'not-a-known-skill'],
      desiredOccupationCodes: ['9112', '5120'],
      availableFrom: '2026-02-20',
    };
    const row = scoreCandidateAgainstPositions(changed, positions, options());
    expect(row.size).toBeGreaterThan(0);
    expect(row.ranked()).toEqual(naiveCandidateRow(changed, positions.records));
  });

  it('scores a new IGU position requiring a skill no candidate has', () => {
    const position: MatchPosition = {
      ...positions.records[0],
      id: 'ffffffff-0000-4000-8000-000000000001',
      kind: 'IGU',
      startDate: '2026-07-15',
      requiredSkillCodes: ['nobody-has-this', ...positions.records[0].requiredSkillCodes],
      optionalSkillCodes: ['work-in-teams'],
    };
    const row = scorePositionAgainstCandidates(position, candidates, options());
    expect(row.size).toBeGreaterThan(0);
    const explained = row.ranked();
    expect(explained).toEqual(naivePositionRow(position, candidates.records));
    expect(explained.every((pair) => pair.breakdown.missingRequiredSkills.includes('nobody-has-this'))).toBe(true);
    expect(explained.every((pair) => pair.breakdown.iguEligible === true)).toBe(true);
  });

  it('reuses its work area safely: a second row does not change the first', () => {
    const first = scorePositionAgainstCandidates(positions.records[0], candidates, options());
    const before = first.ranked();
    scorePositionAgainstCandidates(positions.records[1], candidates, options());
    expect(first.ranked()).toEqual(before);
  });

  it('gives an empty row for a candidate who is not AVAILABLE or a position that is not OPEN', () => {
    expect(scoreCandidateAgainstPositions({ ...candidates.records[0], status: 'EMPLOYED' }, positions, options()).size).toBe(0);
    expect(scorePositionAgainstCandidates({ ...positions.records[0], status: 'CLOSED' }, candidates, options()).size).toBe(0);
  });

  it('asks the eligibility rule once per candidate and IGU start day, and caches it', () => {
    const calls: string[] = [];
    const counting: EligibilityCheck = (facts, onDate) => (calls.push(onDate), eligibilityTestDouble(facts, onDate));
    const igu: MatchPosition = { ...positions.records[1], kind: 'IGU', startDate: '2026-08-01' };
    scorePositionAgainstCandidates(igu, candidates, options(counting));
    expect(calls).toHaveLength(candidates.records.length);
    scorePositionAgainstCandidates({ ...igu, id: 'ffffffff-0000-4000-8000-000000000002' }, candidates, options(counting));
    expect(calls).toHaveLength(candidates.records.length);

    calls.length = 0;
    scoreCandidateAgainstPositions(candidates.records[0], positions, options(counting));
    expect(new Set(calls).size).toBe(calls.length);
    expect(calls).toHaveLength(positions.schedule(data.today).slotDays.length);
  });
});
