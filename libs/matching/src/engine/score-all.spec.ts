import { beforeAll, describe, expect, it } from '@jest/globals';
import { generateMatchData, type MatchData, eligibilityTestDouble } from '@igu/matching-fixtures';
import type { PairScore } from '../match.types.js';
import { rankPairsNaively, type NaiveRanking } from '../scoring/naive-ranking.js';
import { candidateMatches, positionMatches, type MatchRun } from './match-run.js';
import { packCandidates } from './pack-candidates.js';
import { packPositions } from './pack-positions.js';
import { DEFAULT_TOP_K, scoreAll } from './score-all.js';

function run(data: MatchData, k?: number, weights?: Parameters<typeof scoreAll>[2]['weights']): MatchRun {
  return scoreAll(packPositions(data.positions), packCandidates(data.candidates), {
    today: data.today,
    isEligible: eligibilityTestDouble,
    k,
    weights,
  });
}

/** Every row of the engine equals the naive loop's row, breakdowns included; rows without matches are empty in both. */
function expectSameAsNaive(engine: MatchRun, naive: NaiveRanking): void {
  let compared = 0;
  engine.positions.records.forEach((position, p) => {
    expect(positionMatches(engine, p)).toEqual(naive.perPosition.get(position.id) ?? []);
    compared++;
  });
  engine.candidates.records.forEach((candidate, c) => {
    expect(candidateMatches(engine, c)).toEqual(naive.perCandidate.get(candidate.id) ?? []);
    compared++;
  });
  expect(compared).toBe(engine.positions.records.length + engine.candidates.records.length);
}

describe('scoreAll on the quick size equals the reference scorer', () => {
  let data: MatchData;
  let naive: NaiveRanking;
  let engine: MatchRun;

  beforeAll(() => {
    data = generateMatchData('quick');
    naive = rankPairsNaively(data.positions, data.candidates, { today: data.today, isEligible: eligibilityTestDouble, k: 20 });
    engine = run(data, 20);
  });

  it('scores a realistic share of pairs (the comparison is not vacuous)', () => {
    const matchedPositions = [...naive.perPosition.values()].filter((row) => row.length === 20).length;
    expect(matchedPositions).toBeGreaterThan(300);
    const scores = [...naive.perPosition.values()].flat().map((pair) => pair.score);
    expect(new Set(scores).size).toBeGreaterThan(500);
    expect(scores.some((score) => score < 0.5)).toBe(true);
    expect([...naive.perPosition.values()].flat().some((pair) => pair.breakdown.iguEligible === true)).toBe(true);
  });

  it('has the same top 20 per position: scores, order with tie-breaks, breakdowns', () => {
    expectSameAsNaive(engine, naive);
  });

  it('leaves non-open positions and unavailable candidates out', () => {
    expect(engine.positions.records.every((position) => position.status === 'OPEN')).toBe(true);
    expect(engine.candidates.records.every((candidate) => candidate.status === 'AVAILABLE')).toBe(true);
    expect(engine.positions.records).toHaveLength(400);
    expect(engine.candidates.records).toHaveLength(2000);
  });

  it('breaks ties by candidate id within a position and by position id within a candidate', () => {
    const tiedRows = [...naive.perPosition.values()].filter((row) => row.some((pair, i) => i > 0 && pair.score === row[i - 1].score));
    expect(tiedRows.length).toBeGreaterThan(10);
    const expectOrdered = (row: PairScore[], tieBreak: (pair: PairScore) => string) =>
      row.slice(1).forEach((pair, i) => {
        if (pair.score === row[i].score) expect(tieBreak(pair) > tieBreak(row[i])).toBe(true);
        else expect(pair.score).toBeLessThan(row[i].score);
      });
    engine.positions.records.forEach((_, p) => expectOrdered(positionMatches(engine, p), (pair) => pair.candidateId));
    engine.candidates.records.forEach((_, c) => expectOrdered(candidateMatches(engine, c), (pair) => pair.positionId));
  });
});

describe('scoreAll options', () => {
  const tiny = generateMatchData('tiny', { seed: 7 });

  it('keeps 50 per row by default', () => {
    const engine = run(tiny);
    expect(engine.perPosition.k).toBe(DEFAULT_TOP_K);
    expect(Math.max(...engine.perCandidate.counts)).toBe(50);
    expectSameAsNaive(engine, rankPairsNaively(tiny.positions, tiny.candidates, { today: tiny.today, isEligible: eligibilityTestDouble }));
  });

  it('uses configured weights exactly as the reference scorer does', () => {
    const weights = { occupation: 0.1, skills: 0.2, language: 0.3, distance: 0.25, availability: 0.15 };
    const engine = run(tiny, 10, weights);
    expectSameAsNaive(
      engine,
      rankPairsNaively(tiny.positions, tiny.candidates, { today: tiny.today, isEligible: eligibilityTestDouble, k: 10, weights }),
    );
  });

  it('rejects invalid weights and k', () => {
    expect(() => run(tiny, 10, { occupation: 1, skills: 1, language: 0, distance: 0, availability: 0 })).toThrow(RangeError);
    expect(() => run(tiny, 0)).toThrow(RangeError);
  });

  it('handles empty sides', () => {
    const engine = run({ ...tiny, candidates: [] });
    expect(Array.from(engine.perPosition.counts).every((count) => count === 0)).toBe(true);
    expect(run({ ...tiny, positions: [] }).perCandidate.rows).toBe(tiny.candidates.filter((c) => c.status === 'AVAILABLE').length);
  });
});
