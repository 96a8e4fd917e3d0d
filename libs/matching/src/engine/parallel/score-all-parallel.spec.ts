import { beforeAll, describe, expect, it } from '@jest/globals';
import { generateMatchData, type MatchData, eligibilityTestDouble } from '@igu/matching-fixtures';
import type { MatchRun, TopKLists } from '../match-run.js';
import { packCandidates, type PackedCandidates } from '../pack-candidates.js';
import { packPositions, type PackedPositions } from '../pack-positions.js';
import { scoreAll } from '../score-all.js';
import { scoreAllParallel } from './score-all-parallel.js';

// Under Jest this starts worker threads on the TypeScript sources (see
// score-worker.ts): no build is needed, so it runs the same on a fresh clone.
let data: MatchData;
let positions: PackedPositions;
let candidates: PackedCandidates;
let single: MatchRun;

beforeAll(() => {
  data = generateMatchData('quick', { seed: 5 });
  positions = packPositions(data.positions);
  candidates = packCandidates(data.candidates);
  single = scoreAll(positions, candidates, { today: data.today, isEligible: eligibilityTestDouble, k: 30 });
});

function expectSameLists(actual: TopKLists, expected: TopKLists): void {
  expect(actual.rows).toBe(expected.rows);
  expect(Array.from(actual.counts)).toEqual(Array.from(expected.counts));
  expect(Array.from(actual.others)).toEqual(Array.from(expected.others));
  expect(Array.from(actual.points)).toEqual(Array.from(expected.points));
}

describe('scoreAllParallel', () => {
  it('gives exactly the single-threaded result, and the calling thread’s event loop keeps running', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 2);
    const parallel = await scoreAllParallel(positions, candidates, {
      today: data.today,
      isEligible: eligibilityTestDouble,
      k: 30,
      workers: 3,
      rangeSize: 97, // ranges end inside municipality groups
    });
    clearInterval(timer);
    expect(Array.from(single.perPosition.counts).filter((count) => count === 30).length).toBeGreaterThan(300);
    expectSameLists(parallel.perPosition, single.perPosition);
    expectSameLists(parallel.perCandidate, single.perCandidate);
    expect(ticks).toBeGreaterThan(0);
  });

  it('works with a single worker', async () => {
    const parallel = await scoreAllParallel(positions, candidates, {
      today: data.today,
      isEligible: eligibilityTestDouble,
      k: 30,
      workers: 1,
    });
    expectSameLists(parallel.perCandidate, single.perCandidate);
  });

  it('rejects a bad range size before starting workers', async () => {
    await expect(
      scoreAllParallel(positions, candidates, { today: data.today, isEligible: eligibilityTestDouble, rangeSize: 0 }),
    ).rejects.toThrow(RangeError);
  });
});
