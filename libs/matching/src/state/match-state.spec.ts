import { describe, expect, it } from '@jest/globals';
import { scoreAll } from '../engine/score-all.js';
import {
  aCandidate,
  aPosition,
  changeCandidate,
  changePosition,
  codesIn,
  eligibilityTestDouble,
  generateMatchData,
  SeededRandom,
} from '@igu/matching-fixtures';
import type { MatchCandidate, MatchPosition } from '../match.types.js';
import type { MatchList } from './match-list.js';
import { ListChange, ListMatrix } from './match-list.js';
import { type ChangedLists, listDepth, MatchState, packBoth } from './match-state.js';

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

    const owners = (changed: ChangedLists) => {
      const lists = state.changedLists(changed);
      return { positions: [...lists.positions.keys()], candidates: [...lists.candidates.keys()] };
    };
    const unchanged = state.candidateChanged(other.id, { ...other });
    expect(owners(unchanged)).toEqual({ positions: [], candidates: [] });

    const inactive = state.candidateChanged(near.id, { ...near, status: 'INACTIVE' });
    expect(owners(inactive)).toEqual({ positions: [position.id], candidates: [near.id] });
    // Written as an empty list: the stored row is deleted.
    expect(state.changedLists(inactive).candidates.get(near.id)).toEqual({ ids: [], scores: [] });
    expect(state.candidateList(near.id).ids).toEqual([]);
    expect(state.positionList(position.id).ids).toEqual([other.id]);

    const closed = owners(state.positionChanged(position.id, { ...position, status: 'CLOSED' }));
    expect(closed).toEqual({ positions: [position.id], candidates: [other.id] });
    expect(state.positionList(position.id).ids).toEqual([]);
  });
});

describe('a ranked list after one pair changed (k = 2 stored, kept to depth 3)', () => {
  const ids = ['a', 'b', 'b0', 'c', 'd', 'y', 'z'];
  const o = (id: string) => ids.indexOf(id);
  /** A one-row matrix holding these pairs; `complete` when no pair is below them. */
  function list(pairs: [string, number][], complete = false): ListMatrix {
    const depth = 3;
    const others = new Int32Array(depth);
    const points = new Uint16Array(depth);
    pairs.forEach(([id, score], i) => ((others[i] = o(id)), (points[i] = Math.round(score * 10_000))));
    return ListMatrix.adopt({ k: depth, rows: 1, counts: Int32Array.of(complete ? pairs.length : depth), others, points }, ids);
  }
  const entries = (matrix: ListMatrix) => {
    const head = matrix.head(0, 3);
    return head.ids.map((id, i) => [id, head.scores[i]]);
  };
  const abc = () =>
    list([
      ['a', 0.9],
      ['b', 0.8],
      ['c', 0.7],
    ]);

  it('a newcomer at or above the last entry enters and pushes the last one out', () => {
    const matrix = abc();
    expect(matrix.update(0, o('d'), null, 0.85, 2)).toBe(ListChange.STORED);
    expect(entries(matrix)).toEqual([
      ['a', 0.9],
      ['d', 0.85],
      ['b', 0.8],
    ]);
    const tie = abc();
    expect(tie.update(0, o('b0'), 0.1, 0.7, 2)).toBe(ListChange.RESERVE);
    expect(entries(tie)).toEqual([
      ['a', 0.9],
      ['b', 0.8],
      ['b0', 0.7],
    ]);
  });

  it('a pair below the last entry before and after leaves the list as it is (ties go to the smaller id)', () => {
    const matrix = abc();
    expect(matrix.update(0, o('d'), null, 0.7, 2)).toBe(ListChange.NONE);
    expect(matrix.update(0, o('d'), 0.6, 0.1, 2)).toBe(ListChange.NONE);
    expect(matrix.update(0, o('c'), 0.7, 0.7, 2)).toBe(ListChange.NONE);
    expect(entries(matrix)).toEqual([
      ['a', 0.9],
      ['b', 0.8],
      ['c', 0.7],
    ]);
  });

  it('a member that sinks below the last entry, or drops out, leaves a shorter list that is still exact', () => {
    const sinks = abc();
    expect(sinks.update(0, o('a'), 0.9, 0.6, 2)).toBe(ListChange.STORED);
    expect(entries(sinks)).toEqual([
      ['b', 0.8],
      ['c', 0.7],
    ]);
    const drops = abc();
    expect(drops.update(0, o('c'), 0.7, null, 2)).toBe(ListChange.RESERVE);
    expect(entries(drops)).toEqual([
      ['a', 0.9],
      ['b', 0.8],
    ]);
  });

  it('a member moves to the rank of its new score', () => {
    const matrix = abc();
    expect(matrix.update(0, o('c'), 0.7, 0.95, 2)).toBe(ListChange.STORED);
    expect(entries(matrix)).toEqual([
      ['c', 0.95],
      ['a', 0.9],
      ['b', 0.8],
    ]);
  });

  it('a list is ranked anew only when fewer than the k stored entries would be known', () => {
    const matrix = abc();
    expect(matrix.update(0, o('c'), 0.7, null, 2)).toBe(ListChange.RESERVE);
    expect(matrix.update(0, o('b'), 0.8, null, 2)).toBe(ListChange.RANK_ANEW);
  });

  it('a complete list holds every pair, so pairs come and go without ranking anew', () => {
    const matrix = list(
      [
        ['a', 0.9],
        ['b', 0.8],
      ],
      true,
    );
    expect(matrix.update(0, o('b'), 0.8, null, 2)).toBe(ListChange.STORED);
    expect(entries(matrix)).toEqual([['a', 0.9]]);
    expect(matrix.update(0, o('z'), null, 0.1, 2)).toBe(ListChange.STORED);
    expect(matrix.update(0, o('y'), null, 0.2, 2)).toBe(ListChange.STORED);
    expect(entries(matrix)).toEqual([
      ['a', 0.9],
      ['y', 0.2],
      ['z', 0.1],
    ]);
    // At depth, a pair below the last entry falls off the end: the list is no longer complete…
    expect(matrix.update(0, o('d'), null, 0.05, 2)).toBe(ListChange.RESERVE);
    expect(entries(matrix)).toEqual([
      ['a', 0.9],
      ['y', 0.2],
      ['z', 0.1],
    ]);
    // …so the next one below it is not known to be in.
    expect(matrix.update(0, o('b'), null, 0.01, 2)).toBe(ListChange.NONE);
  });
});
