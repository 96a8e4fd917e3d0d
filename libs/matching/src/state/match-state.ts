// The matching state a worker keeps between jobs: both sides packed and both
// sides' ranked lists. A change of one candidate or one
// position updates exactly the lists it enters, leaves or moves in, so the
// lists always equal what a full run over the current records computes.
import { scoreCandidateAgainstPositions, scorePositionAgainstCandidates } from '../engine/incremental.js';
import type { MatchRun, TopKLists } from '../engine/match-run.js';
import { packCandidates, type PackedCandidates } from '../engine/pack-candidates.js';
import { packPositions, type PackedPositions } from '../engine/pack-positions.js';
import type { ScoringOptions } from '../engine/prepare-run.js';
import { skillDictionary } from '../engine/skill-dictionary.js';
import type { MatchCandidate, MatchPosition } from '../match.types.js';
import { type DeepList, EMPTY_LIST, head, type MatchList, nextList, RANK_ANEW, sameHead, type ScoredPairs, selectTop } from './match-list.js';
import { RecordPool } from './record-pool.js';

/** The lists a change touched (ids per side); an empty list means "no matches": delete it. */
export interface ChangedLists {
  readonly positions: ReadonlySet<string>;
  readonly candidates: ReadonlySet<string>;
}

/** Both sides packed over one skill dictionary, so a full run needs no remapping. */
export function packBoth(
  positions: readonly MatchPosition[],
  candidates: readonly MatchCandidate[],
): { positions: PackedPositions; candidates: PackedCandidates } {
  const skills = skillDictionary([
    ...positions.flatMap((p) => [...p.requiredSkillCodes, ...p.optionalSkillCodes]),
    ...candidates.flatMap((c) => c.skillCodes),
  ]);
  return { positions: packPositions(positions, { skills }), candidates: packCandidates(candidates, { skills }) };
}

type PositionPool = RecordPool<MatchPosition, PackedPositions>;
type CandidatePool = RecordPool<MatchCandidate, PackedCandidates>;

/** Entries kept below the k stored ones, so that a member leaving a list rarely means ranking it anew. */
export function listDepth(k: number): number {
  return k + Math.ceil(k / 2);
}

/** One side's lists by owner id, and how to rank one of them anew. */
interface ListSide {
  readonly lists: Map<string, DeepList>;
  rank(owner: string): DeepList;
}

const NO_PAIRS: ScoredPairs = { ids: [], scores: [], slots: [] };

export class MatchState {
  private readonly positions: PositionPool;
  private readonly candidates: CandidatePool;
  private readonly positionSide: ListSide;
  private readonly candidateSide: ListSide;
  /** How deep lists are kept (the k stored + a reserve). */
  readonly depth: number;

  private constructor(
    sides: { positions: PositionPool; candidates: CandidatePool },
    readonly k: number,
    readonly scoring: ScoringOptions,
  ) {
    this.positions = sides.positions;
    this.candidates = sides.candidates;
    this.depth = listDepth(k);
    this.positionSide = { lists: new Map(), rank: (id) => this.rankPosition(id) };
    this.candidateSide = { lists: new Map(), rank: (id) => this.rankCandidate(id) };
  }

  /** From a full run's result, kept to `listDepth(k)` (its packed sides become the pools' bases). */
  static fromRun(run: MatchRun, k: number, scoring: ScoringOptions): MatchState {
    const state = new MatchState(pools(run), k, scoring);
    if (run.perPosition.k !== state.depth) throw new RangeError(`The run kept ${run.perPosition.k} per list, not ${state.depth}`);
    const positionIds = run.positions.records.map((record) => record.id);
    const candidateIds = run.candidates.records.map((record) => record.id);
    const load = (lists: TopKLists, ownerIds: string[], otherIds: string[], side: ListSide) => {
      for (let row = 0; row < lists.rows; row++) {
        const from = row * lists.k;
        const to = from + lists.counts[row]!;
        if (to === from) continue;
        setList(side, ownerIds[row]!, {
          ids: Array.from(lists.others.subarray(from, to), (other) => otherIds[other]!),
          scores: Array.from(lists.scores.subarray(from, to)),
          complete: to - from < lists.k,
        }, k);
      }
    };
    load(run.perPosition, positionIds, candidateIds, state.positionSide);
    load(run.perCandidate, candidateIds, positionIds, state.candidateSide);
    return state;
  }

  /** The k stored matches of a position. */
  positionList(id: string): MatchList {
    return head(this.positionSide.lists.get(id) ?? EMPTY_LIST, this.k);
  }

  candidateList(id: string): MatchList {
    return head(this.candidateSide.lists.get(id) ?? EMPTY_LIST, this.k);
  }

  storedListCounts(): { positionLists: number; candidateLists: number } {
    return { positionLists: this.positionSide.lists.size, candidateLists: this.candidateSide.lists.size };
  }

  /** The stored part (first k) of every non-empty list, per side. */
  storedLists(): { positions: Iterable<[string, MatchList]>; candidates: Iterable<[string, MatchList]> } {
    const stored = (side: ListSide) => mapEntries(side.lists, (list) => head(list, this.k));
    return { positions: stored(this.positionSide), candidates: stored(this.candidateSide) };
  }

  /** A candidate was created or changed; null: it is no longer AVAILABLE (or gone). */
  candidateChanged(id: string, record: MatchCandidate | null): ChangedLists {
    const before = this.candidateRow(this.candidates.get(id));
    const live = record?.status === 'AVAILABLE' ? record : null;
    this.candidates.set(id, live);
    const { own, others } = this.propagate(id, before, this.candidateRow(live), this.candidateSide, this.positionSide);
    return { candidates: own, positions: others };
  }

  /** A position was published or changed; null: it is no longer OPEN (or gone). */
  positionChanged(id: string, record: MatchPosition | null): ChangedLists {
    const before = this.positionRow(this.positions.get(id));
    const live = record?.status === 'OPEN' ? record : null;
    this.positions.set(id, live);
    const { own, others } = this.propagate(id, before, this.positionRow(live), this.positionSide, this.candidateSide);
    return { positions: own, candidates: others };
  }

  /** Every live record (to rebuild, or to compare with a full run). */
  records(): { positions: MatchPosition[]; candidates: MatchCandidate[] } {
    return { positions: this.positions.records(), candidates: this.candidates.records() };
  }

  /**
   * The changed record's own list is its new row's best. On the other side
   * only lists that held it (a subset of its old row, as lists agree with the
   * records) or that its new pairs may enter can change.
   */
  private propagate(id: string, before: ScoredPairs, after: ScoredPairs, own: ListSide, other: ListSide): { own: Set<string>; others: Set<string> } {
    const changed = { own: new Set<string>(), others: new Set<string>() };
    if (setList(own, id, selectTop(after, this.depth), this.k)) changed.own.add(id);
    const update = (owner: string, beforeScore: number | null, afterScore: number | null) => {
      const list = other.lists.get(owner) ?? EMPTY_LIST;
      const next = nextList(list, id, beforeScore, afterScore, this.k, this.depth);
      if (next !== list && setList(other, owner, next === RANK_ANEW ? other.rank(owner) : next, this.k)) changed.others.add(owner);
    };
    // Both rows are in the other pool's slot order: walk them side by side.
    let b = 0;
    let a = 0;
    while (b < before.slots.length || a < after.slots.length) {
      const beforeSlot = b < before.slots.length ? before.slots[b]! : Infinity;
      const afterSlot = a < after.slots.length ? after.slots[a]! : Infinity;
      if (beforeSlot === afterSlot) update(after.ids[a]!, before.scores[b++]!, after.scores[a++]!);
      else if (beforeSlot < afterSlot) update(before.ids[b]!, before.scores[b++]!, null);
      else update(after.ids[a]!, null, after.scores[a++]!);
    }
    return changed;
  }

  /** Every pair of a candidate with the open positions. */
  private candidateRow(candidate: MatchCandidate | null | undefined): ScoredPairs {
    if (!candidate) return NO_PAIRS;
    return this.positions.scoreWith((packed) => scoreCandidateAgainstPositions(candidate, packed, this.scoring));
  }

  private positionRow(position: MatchPosition | null | undefined): ScoredPairs {
    if (!position) return NO_PAIRS;
    return this.candidates.scoreWith((packed) => scorePositionAgainstCandidates(position, packed, this.scoring));
  }

  private rankPosition(positionId: string): DeepList {
    return selectTop(this.positionRow(this.positions.get(positionId)), this.depth);
  }

  private rankCandidate(candidateId: string): DeepList {
    return selectTop(this.candidateRow(this.candidates.get(candidateId)), this.depth);
  }
}

function* mapEntries<V, W>(map: ReadonlyMap<string, V>, to: (value: V) => W): Generator<[string, W]> {
  for (const [key, value] of map) yield [key, to(value)];
}

function pools(packed: { positions: PackedPositions; candidates: PackedCandidates }) {
  return {
    positions: new RecordPool((records: readonly MatchPosition[]) => packPositions(records), packed.positions),
    candidates: new RecordPool((records: readonly MatchCandidate[]) => packCandidates(records), packed.candidates),
  };
}

/** Stores a list; true when its first k entries (the stored part) changed. */
function setList(side: ListSide, owner: string, list: DeepList, k: number): boolean {
  const old = side.lists.get(owner) ?? EMPTY_LIST;
  if (list.ids.length === 0) side.lists.delete(owner);
  else side.lists.set(owner, list);
  return !sameHead(old, list, k);
}
