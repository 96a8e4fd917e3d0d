import { describe, expect, it } from '@jest/globals';
import { scoreAll } from '../engine/score-all.js';
import { generateMatchData } from '../generator/generate-match-data.js';
import { changeCandidate, changePosition, codesIn } from '../generator/random-changes.js';
import { SeededRandom } from '../generator/seeded-random.js';
import type { MatchCandidate, MatchPosition } from '../match.types.js';
import { eligibilityTestDouble } from '../testing/eligibility-test-double.js';
import { aCandidate, aPosition } from '../testing/match-fixtures.js';
import type { MatchList } from './match-list.js';
import { type DeepList, nextList, RANK_ANEW } from './match-list.js';
import { listDepth, MatchState, packBoth } from './match-state.js';

const K = 20;

function fullRunState(records: { positions: readonly MatchPosition[]; candidates: readonly MatchCandidate[] }, today: string): MatchState {
  const packed = packBoth(records.positions, records.candidates);
  const scoring = { today, isEligible: eligibilityTestDouble };
  return MatchState.fromRun(scoreAll(packed.positions, packed.candidates, { ...scoring, k: listDepth(K) }), K, scoring);
}

/** Every non-empty list of a state, by owner id. */
function listsOf(state: MatchState, ids: { positions: Iterable<string>; candidates: Iterable<string> }) {
  const collect = (owners: Iterable<string>, get: (id: string) => MatchList) =>
    Object.fromEntries([...owners].map((id) => [id, get(id)]).filter(([, list]) => (list as MatchList).ids.length > 0));
  return {
    positions: collect(ids.positions, (id) => state.positionList(id)),
    candidates: collect(ids.candidates, (id) => state.candidateList(id)),
  };
}

describe('the incremental matching state', () => {
  it('after 1,000 random changes of candidates and positions equals a full run over the changed records (quick size)', () => {
    const data = generateMatchData('quick', { seed: 5 });
    const state = fullRunState(data, data.today);
    const codes = codesIn(data);
    const positions = new Map(data.positions.map((p) => [p.id, p]));
    const candidates = new Map(data.candidates.map((c) => [c.id, c]));
    const random = new SeededRandom(99);
    const positionIds = [...positions.keys()];
    const candidateIds = [...candidates.keys()];
    let listsChanged = 0;
    for (let step = 0; step < 1_000; step++) {
      if (random.chance(0.5)) {
        const id = random.pick(candidateIds);
        const record = changeCandidate(candidates.get(id)!, random, codes);
        candidates.set(id, record);
        const changed = state.candidateChanged(id, record);
        listsChanged += changed.candidates.size + changed.positions.size;
      } else {
        const id = random.pick(positionIds);
        const record = changePosition(positions.get(id)!, random, codes);
        positions.set(id, record);
        const changed = state.positionChanged(id, record);
        listsChanged += changed.candidates.size + changed.positions.size;
      }
    }
    const expected = fullRunState({ positions: [...positions.values()], candidates: [...candidates.values()] }, data.today);
    const ids = { positions: positionIds, candidates: candidateIds };
    const actual = listsOf(state, ids);
    expect(Object.keys(actual.positions).length).toBeGreaterThan(100);
    expect(Object.keys(actual.candidates).length).toBeGreaterThan(500);
    expect(listsChanged).toBeGreaterThan(1_000);
    expect(actual).toEqual(listsOf(expected, ids));
  });

  it('reports exactly the lists a change touched', () => {
    const position = aPosition();
    const near = aCandidate({ id: '00000000-0000-4000-8000-0000000000c1' });
    const other = aCandidate({ id: '00000000-0000-4000-8000-0000000000c2', desiredOccupationCodes: ['2511'] });
    const state = fullRunState({ positions: [position], candidates: [near, other] }, '2026-01-05');
    expect(state.positionList(position.id).ids).toEqual([near.id, other.id]);

    const unchanged = state.candidateChanged(other.id, { ...other });
    expect([...unchanged.positions, ...unchanged.candidates]).toEqual([]);

    const inactive = state.candidateChanged(near.id, { ...near, status: 'INACTIVE' });
    expect([...inactive.candidates]).toEqual([near.id]);
    expect([...inactive.positions]).toEqual([position.id]);
    expect(state.candidateList(near.id).ids).toEqual([]);
    expect(state.positionList(position.id).ids).toEqual([other.id]);

    const closed = state.positionChanged(position.id, { ...position, status: 'CLOSED' });
    expect([...closed.positions]).toEqual([position.id]);
    expect([...closed.candidates]).toEqual([other.id]);
    expect(state.positionList(position.id).ids).toEqual([]);
  });
});

describe('nextList: one pair of a kept list changes (k = 2 stored, kept to depth 3)', () => {
  const list: DeepList = { ids: ['a', 'b', 'c'], scores: [0.9, 0.8, 0.7], complete: false };
  const next = (id: string, before: number | null, after: number | null, from: DeepList = list) => nextList(from, id, before, after, 2, 3);

  it('a newcomer at or above the last entry enters and pushes the last one out', () => {
    expect(next('d', null, 0.85)).toEqual({ ids: ['a', 'd', 'b'], scores: [0.9, 0.85, 0.8], complete: false });
    expect(next('b0', 0.1, 0.7)).toEqual({ ids: ['a', 'b', 'b0'], scores: [0.9, 0.8, 0.7], complete: false });
  });

  it('a pair below the last entry before and after leaves the list as it is (ties go to the smaller id)', () => {
    expect(next('d', null, 0.7)).toBe(list);
    expect(next('d', 0.6, 0.1)).toBe(list);
    expect(next('c', 0.7, 0.7)).toBe(list);
  });

  it('a member that sinks below the last entry, or drops out, leaves a shorter list that is still exact', () => {
    expect(next('a', 0.9, 0.6)).toEqual({ ids: ['b', 'c'], scores: [0.8, 0.7], complete: false });
    expect(next('c', 0.7, null)).toEqual({ ids: ['a', 'b'], scores: [0.9, 0.8], complete: false });
  });

  it('a member moves to the rank of its new score', () => {
    expect(next('c', 0.7, 0.95)).toEqual({ ids: ['c', 'a', 'b'], scores: [0.95, 0.9, 0.8], complete: false });
  });

  it('a list is ranked anew only when fewer than the k stored entries would be known', () => {
    const short: DeepList = { ids: ['a', 'b'], scores: [0.9, 0.8], complete: false };
    expect(next('b', 0.8, null, short)).toBe(RANK_ANEW);
    expect(next('a', 0.9, 0.85, short)).toEqual({ ids: ['a', 'b'], scores: [0.85, 0.8], complete: false });
  });

  it('a complete list holds every pair, so pairs come and go without ranking anew', () => {
    const complete: DeepList = { ids: ['a', 'b'], scores: [0.9, 0.8], complete: true };
    expect(next('b', 0.8, null, complete)).toEqual({ ids: ['a'], scores: [0.9], complete: true });
    const grown = next('z', null, 0.1, complete) as DeepList;
    expect(grown).toEqual({ ids: ['a', 'b', 'z'], scores: [0.9, 0.8, 0.1], complete: true });
    expect(next('y', null, 0.2, grown)).toEqual({ ids: ['a', 'b', 'y'], scores: [0.9, 0.8, 0.2], complete: false });
  });
});
