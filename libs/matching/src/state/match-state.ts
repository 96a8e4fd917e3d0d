// The matching state a worker keeps between jobs: both sides packed and both
// sides' ranked lists. A change of one candidate or one position updates
// exactly the lists it enters, leaves or moves in, so the lists always equal
// what a full run over the current records computes.
import { memberBit, memberWord } from '../engine/bounded-row.js';
import { candidateRowView, positionRowView } from '../engine/incremental.js';
import type { MatchRun } from '../engine/match-run.js';
import { packCandidates, type PackedCandidates } from '../engine/pack-candidates.js';
import { packPositions, type PackedPositions } from '../engine/pack-positions.js';
import type { ScoringOptions } from '../engine/prepare-run.js';
import { skillDictionary } from '../engine/skill-dictionary.js';
import type { MatchCandidate, MatchPosition } from '../match.types.js';
import { ListChange, ListMatrix, type ListRow, type ListRows, type MatchList, NO_PAIRS, type ScoredPairs } from './match-list.js';
import { Ordinals } from './ordinals.js';
import { RecordPool } from './record-pool.js';

/**
 * The lists whose stored part (first k) a change altered, per side, by
 * owner ordinal (numbers: a set of a few hundred ids cost more than the rest
 * of a position change's bookkeeping); `changedLists` gives them with ids.
 */
export interface ChangedLists {
  readonly positions: ReadonlySet<number>;
  readonly candidates: ReadonlySet<number>;
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

/** Entries kept below the k stored ones, so that a member leaving a list rarely means ranking it anew. */
export function listDepth(k: number): number {
  return k + Math.ceil(k / 2);
}

/** One side: its records, its ids' ordinals and its lists (rows by its ordinals, entries the other side's). */
interface Side<R extends { id: string }, P extends { records: readonly R[]; indexById: ReadonlyMap<string, number> }> {
  readonly pool: RecordPool<R, P>;
  readonly ordinals: Ordinals;
  readonly lists: ListMatrix;
}

type PositionSide = Side<MatchPosition, PackedPositions>;
type CandidateSide = Side<MatchCandidate, PackedCandidates>;

export class MatchState {
  /** How deep lists are kept (the k stored + a reserve). */
  readonly depth: number;

  private constructor(
    private readonly positions: PositionSide,
    private readonly candidates: CandidateSide,
    readonly k: number,
    readonly scoring: ScoringOptions,
  ) {
    this.depth = listDepth(k);
  }

  /**
   * From a full run's result, kept to `listDepth(k)`: its packed sides become
   * the pools' bases and its best-first rows the lists (packed order is the
   * ordinal order), without copying.
   */
  static fromRun(run: MatchRun, k: number, scoring: ScoringOptions): MatchState {
    if (run.perPosition.k !== listDepth(k)) throw new RangeError(`The run kept ${run.perPosition.k} per list, not ${listDepth(k)}`);
    const positionOrdinals = Ordinals.seededFrom(run.positions);
    const candidateOrdinals = Ordinals.seededFrom(run.candidates);
    const positions: PositionSide = {
      pool: new RecordPool((records: readonly MatchPosition[]) => packPositions(records), run.positions, positionOrdinals, keepDistances),
      ordinals: positionOrdinals,
      // Which position lists hold a candidate: its change then needs no scoring of its old record.
      lists: ListMatrix.adopt(run.perPosition, candidateOrdinals.ids, { trackHolders: true }),
    };
    const candidates: CandidateSide = {
      pool: new RecordPool((records: readonly MatchCandidate[]) => packCandidates(records), run.candidates, candidateOrdinals),
      ordinals: candidateOrdinals,
      // Which candidate lists may hold a position: its change then scores its old record only against those.
      lists: ListMatrix.adopt(run.perCandidate, positionOrdinals.ids, { memberMasks: true }),
    };
    return new MatchState(positions, candidates, k, scoring);
  }

  /** The k stored matches of a position. */
  positionList(id: string): MatchList {
    return storedList(this.positions, id, this.k);
  }

  candidateList(id: string): MatchList {
    return storedList(this.candidates, id, this.k);
  }

  /** The changed lists (first k) by their owners' ids, as they are written; an empty list means "no matches": delete it. */
  changedLists(changed: ChangedLists): { positions: Map<string, MatchList>; candidates: Map<string, MatchList> } {
    const lists = (side: PositionSide | CandidateSide, owners: ReadonlySet<number>) =>
      new Map([...owners].map((owner) => [side.ordinals.ids[owner], side.lists.head(owner, this.k)]));
    return { positions: lists(this.positions, changed.positions), candidates: lists(this.candidates, changed.candidates) };
  }

  storedListCounts(): { positionLists: number; candidateLists: number } {
    return { positionLists: nonEmptyRows(this.positions), candidateLists: nonEmptyRows(this.candidates) };
  }

  /** The stored part (first k) of every non-empty list, per side, by ordinals (what a full run writes). */
  storedRows(): { positions: ListRows; candidates: ListRows } {
    const rows = (own: PositionSide | CandidateSide, other: PositionSide | CandidateSide): ListRows => ({
      rows: nonEmptyRowViews(own, this.k),
      ownerIds: own.ordinals.ids,
      otherIds: other.ordinals.ids,
    });
    return { positions: rows(this.positions, this.candidates), candidates: rows(this.candidates, this.positions) };
  }

  /**
   * A candidate was created or changed; null: it is no longer AVAILABLE (or
   * gone). The position lists that held it say what its pairs were before.
   */
  candidateChanged(id: string, record: MatchCandidate | null): ChangedLists {
    const ordinal = this.candidates.ordinals.of(id);
    const lists = this.positions.lists;
    const before = new Map(lists.holdersOf(ordinal).map((row) => [row, lists.scoreIn(row, ordinal)!]));
    this.candidates.pool.set(id, record?.status === 'AVAILABLE' ? record : null);
    const after = this.candidateRow(this.candidates.pool.get(id));
    const changed = { positions: new Set<number>(), candidates: new Set<number>() };
    if (replaceRow(this.candidates.lists, ordinal, after, this.k)) changed.candidates.add(ordinal);
    const update = this.updater(ordinal, this.positions, (p) => this.rankPosition(p), changed.positions);
    for (let i = 0; i < after.length; i++) {
      const owner = after.others[i];
      const held = before.size > 0 ? before.get(owner) : undefined;
      if (held !== undefined) before.delete(owner);
      update(owner, held ?? null, after.scores[i]);
    }
    for (const [owner, score] of before) update(owner, score, null);
    return changed;
  }

  /** A position was published or changed; null: it is no longer OPEN (or gone). */
  positionChanged(id: string, record: MatchPosition | null): ChangedLists {
    // The old row only matters to the candidates' lists that hold it: the own list is ranked from the new one.
    const before = this.positionRow(this.positions.pool.get(id), 0, this.positions.ordinals.find(id));
    this.positions.pool.set(id, record?.status === 'OPEN' ? record : null);
    const after = this.positionRow(this.positions.pool.get(id));
    const { own, others } = this.propagate(id, before, after, this.positions, this.candidates, (c) => this.rankCandidate(c));
    return { positions: own, candidates: others };
  }

  /**
   * The changed record's own list is its new row's best. On the other side
   * only lists that held it (a subset of its old row, as lists agree with the
   * records) or that its new pairs may enter can change: the two rows are
   * walked side by side (both in the other pool's slot order).
   */
  private propagate(
    id: string,
    before: ScoredPairs,
    after: ScoredPairs,
    own: Pick<PositionSide, 'ordinals' | 'lists'>,
    other: Pick<PositionSide, 'ordinals' | 'lists'>,
    rank: (ordinal: number) => ScoredPairs,
  ): { own: Set<number>; others: Set<number> } {
    const changed = { own: new Set<number>(), others: new Set<number>() };
    const ordinal = own.ordinals.of(id);
    if (replaceRow(own.lists, ordinal, after, this.k)) changed.own.add(ordinal);
    const update = this.updater(ordinal, other, rank, changed.others);
    let b = 0;
    let a = 0;
    while (b < before.length || a < after.length) {
      const beforeSlot = b < before.length ? before.slots[b] : Infinity;
      const afterSlot = a < after.length ? after.slots[a] : Infinity;
      if (beforeSlot === afterSlot) update(after.others[a], before.scores[b++], after.scores[a++]);
      else if (beforeSlot < afterSlot) update(before.others[b], before.scores[b++], null);
      else update(after.others[a], null, after.scores[a++]);
    }
    return changed;
  }

  /**
   * Applies one pair's change (score before → after, null: no pair) to the
   * other side's list `owner`, ranking it anew when needed; collects the ids
   * whose stored lists changed. Most pairs stop at the floor check.
   */
  private updater(
    ordinal: number,
    other: Pick<PositionSide, 'ordinals' | 'lists'>,
    rank: (owner: number) => ScoredPairs,
    changed: Set<number>,
  ) {
    return (owner: number, beforeScore: number | null, afterScore: number | null): void => {
      const floor = other.lists.floor(owner);
      if ((beforeScore === null || beforeScore < floor) && (afterScore === null || afterScore < floor)) return;
      let change = other.lists.update(owner, ordinal, beforeScore, afterScore, this.k);
      if (change === ListChange.RANK_ANEW)
        change = replaceRow(other.lists, owner, rank(owner), this.k) ? ListChange.STORED : ListChange.NONE;
      if (change === ListChange.STORED) changed.add(owner);
    };
  }

  /** Every pair of a candidate with the open positions. */
  private candidateRow(candidate: MatchCandidate | undefined): ScoredPairs {
    if (!candidate) return NO_PAIRS;
    return this.positions.pool.scoreWith((packed) => candidateRowView(candidate, packed, this.scoring));
  }

  /**
   * A position's pairs that can matter: those that may be in or enter a
   * candidate's list (their bound reaches its floor) and those that may be in
   * the position's own list. The others would stop at the floor check of
   * `updater` anyway; at surge size they are nine in ten. With `heldAs` (the
   * position's ordinal, for its record as it was), only pairs whose candidate
   * list's member mask may hold it: the others' lists do not hold it.
   */
  private positionRow(position: MatchPosition | undefined, depth = this.depth, heldAs?: number): ScoredPairs {
    if (!position) return NO_PAIRS;
    const { floors, members } = this.candidates.lists;
    const held = heldAs === undefined || !members ? undefined : { masks: members, word: memberWord(heldAs), bit: memberBit(heldAs) };
    return this.candidates.pool.scoreWith((packed, ordinals) =>
      positionRowView(position, packed, this.scoring, { floors, ordinals, depth, heldAs: held }),
    );
  }

  private rankPosition(ordinal: number): ScoredPairs {
    return this.positionRow(this.positions.pool.get(this.positions.ordinals.ids[ordinal]));
  }

  private rankCandidate(ordinal: number): ScoredPairs {
    return this.candidateRow(this.candidates.pool.get(this.candidates.ordinals.ids[ordinal]));
  }
}

/**
 * A new positions base computes at once the distance columns its predecessor
 * had (one per municipality centre asked for: about a hundred): otherwise the
 * next hundred candidate changes would each compute a column (10,000
 * haversines nationally) inside their own timing.
 */
function keepDistances(base: PackedPositions, replaced: PackedPositions): void {
  for (const [latitude, longitude] of replaced.centresAsked()) base.distancesTo(latitude, longitude);
}

/** Sets a row to the best of these pairs; true when its stored part (first k) changed. */
function replaceRow(lists: ListMatrix, row: number, pairs: ScoredPairs, k: number): boolean {
  const old = lists.headView(row, k);
  const [others, points] = [old.others.slice(), old.points.slice()];
  lists.set(row, pairs);
  const now = lists.headView(row, k);
  if (now.others.length !== others.length) return true;
  for (let i = 0; i < others.length; i++) if (now.others[i] !== others[i] || now.points[i] !== points[i]) return true;
  return false;
}

function storedList(side: PositionSide | CandidateSide, id: string, k: number): MatchList {
  const ordinal = side.ordinals.find(id);
  return ordinal === undefined ? { ids: [], scores: [] } : side.lists.head(ordinal, k);
}

function nonEmptyRows(side: PositionSide | CandidateSide): number {
  let rows = 0;
  for (let ordinal = 0; ordinal < side.ordinals.size; ordinal++) if (side.lists.count(ordinal) > 0) rows++;
  return rows;
}

function* nonEmptyRowViews(side: PositionSide | CandidateSide, k: number): Generator<ListRow> {
  for (let owner = 0; owner < side.ordinals.size; owner++) {
    if (side.lists.count(owner) > 0) yield { owner, ...side.lists.headView(owner, k) };
  }
}
