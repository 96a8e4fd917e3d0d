import { MEMBER_MASK_WORDS, memberBit, memberWord } from '../engine/bounded-row.js';
import type { TopKLists } from '../engine/match-run.js';
import { pointsToScore, scorePoints } from '../scoring/score-components.js';
import { compareIds } from '../scoring/score-pair.js';

/** A ranked list, best first: higher score, then smaller id (docs/domain.md §6). */
export interface MatchList {
  readonly ids: readonly string[];
  readonly scores: readonly number[];
}

/**
 * All pairs of one row that passed the hard filters: the other side's
 * ordinals and scores, in the order of the other side's pool (`slots`
 * ascending), so two rows against the same pool can be walked side by side.
 */
export interface ScoredPairs {
  length: number;
  /**
   * How many pairs the row has in all, when only those that can matter were
   * scored (see positionRowView): at least `length`; it may count pairs of
   * replaced records too, which only makes the row look less complete.
   */
  total?: number;
  others: Int32Array;
  scores: Float64Array;
  slots: Int32Array;
}

/** One stored list by ordinals (a full run writes these): owner and entries index the sides' ids. */
export interface ListRow {
  owner: number;
  others: Int32Array;
  /** Scores in ten-thousandths. */
  points: Uint16Array;
}

/** One side's lists as a full run writes them. */
export interface ListRows {
  rows: Iterable<ListRow>;
  ownerIds: readonly string[];
  otherIds: readonly string[];
}

export const NO_PAIRS: ScoredPairs = { length: 0, others: new Int32Array(0), scores: new Float64Array(0), slots: new Int32Array(0) };

/** Is (score a, id a) ranked before (score b, id b)? */
export function ranksBefore(scoreA: number, idA: string, scoreB: number, idB: string): boolean {
  return scoreA > scoreB || (scoreA === scoreB && compareIds(idA, idB) < 0);
}

/** What one change did to a list. */
export const ListChange = {
  NONE: 0,
  /** Only entries below the stored k moved. */
  RESERVE: 1,
  /** The stored k changed: write the list. */
  STORED: 2,
  /** Fewer than k entries would be known: rank the list anew. */
  RANK_ANEW: 3,
} as const;
export type ListChange = (typeof ListChange)[keyof typeof ListChange];

/**
 * One side's ranked lists in fixed rows (row = the owner's ordinal), each the
 * exact best pairs down to some depth (at least the k stored, up to `depth`)
 * and a flag saying whether that is every pair there is. Typed arrays: 6
 * bytes and no object per entry, and a full run's heaps are adopted as they
 * are.
 */
export class ListMatrix {
  private others: Int32Array;
  /** Scores in ten-thousandths (a score has 4 decimals): 2 bytes an entry, not 8. */
  private points: Uint16Array;
  private counts: Int32Array;
  private complete: Uint8Array;
  /** floor(row) of every row, kept up to date, so a scoring loop reads one number per pair. */
  private floorScores: Float64Array;
  /** With `trackHolders`: other ordinal → the rows holding it. */
  private readonly holders: number[][] | null;
  /** With `memberMasks`: per row, MEMBER_MASK_WORDS words with bit memberBit(other) set for each entry. */
  private masks: Uint32Array | null;

  private constructor(
    readonly depth: number,
    /** Ids of the other side, by ordinal (for ties and output). */
    private readonly otherIds: readonly string[],
    arrays: { others: Int32Array; points: Uint16Array; counts: Int32Array },
    trackHolders: boolean,
    memberMasks: boolean,
  ) {
    this.others = arrays.others;
    this.points = arrays.points;
    this.counts = arrays.counts;
    this.complete = new Uint8Array(this.counts.length);
    for (let row = 0; row < this.counts.length; row++) this.complete[row] = this.counts[row] < depth ? 1 : 0;
    this.floorScores = new Float64Array(this.counts.length);
    this.masks = memberMasks ? new Uint32Array(this.counts.length * MEMBER_MASK_WORDS) : null;
    for (let row = 0; row < this.counts.length; row++) {
      this.refreshFloor(row);
      this.refreshMask(row);
    }
    this.holders = trackHolders ? [] : null;
    if (trackHolders) {
      for (let row = 0; row < this.counts.length; row++) {
        for (let at = row * depth; at < row * depth + this.counts[row]; at++) this.hold(this.others[at], row);
      }
    }
  }

  /**
   * A full run's best-first rows (rows and entries in ordinal order), taken
   * over without copying. `trackHolders` also keeps, per entry, which rows
   * hold it (small for the position side: ~15 rows per candidate);
   * `memberMasks` keeps per row a small bitmask of its entries (see `members`).
   */
  static adopt(lists: TopKLists, otherIds: readonly string[], options: { trackHolders?: boolean; memberMasks?: boolean } = {}): ListMatrix {
    return new ListMatrix(lists.k, otherIds, lists, options.trackHolders ?? false, options.memberMasks ?? false);
  }

  /**
   * The rows' member masks (needs `memberMasks`), MEMBER_MASK_WORDS words a
   * row: a row whose mask lacks memberBit(other) does not hold `other`; one
   * that has it may. A quarter of the bits of a full row are set, so the mask
   * rules out three in four of the rows that do not hold an entry with one
   * load. An entry that leaves keeps its bit until the row is set anew (a
   * mask may say "may hold" wrongly, never "does not hold"). Replaced when
   * rows are added: read it anew after a change.
   */
  get members(): Uint32Array | null {
    return this.masks;
  }

  /** The rows holding `other` (needs `trackHolders`); a copy, safe to iterate while rows change. */
  holdersOf(other: number): number[] {
    return [...(this.holders?.[other] ?? [])];
  }

  /** The score `other` has in the row, if the row holds it. */
  scoreIn(row: number, other: number): number | null {
    const from = row * this.depth;
    for (let at = from; at < from + this.count(row); at++) if (this.others[at] === other) return pointsToScore(this.points[at]);
    return null;
  }

  count(row: number): number {
    return row < this.counts.length ? this.counts[row] : 0;
  }

  /**
   * A pair scoring below this can neither be in the row nor enter it (a tie
   * needs the ids, so it is not below): the one read that rejects most pairs.
   */
  floor(row: number): number {
    return row < this.floorScores.length ? this.floorScores[row] : -Infinity;
  }

  /** floor(row) by row; rows past its end have none (-Infinity). Replaced when rows are added: read it anew after a change. */
  get floors(): Float64Array {
    return this.floorScores;
  }

  private refreshFloor(row: number): void {
    const n = this.counts[row];
    this.floorScores[row] = this.complete[row] === 1 || n === 0 ? -Infinity : pointsToScore(this.points[row * this.depth + n - 1]);
  }

  /** The row's member mask from its entries (a row set anew); in between, entries only add bits (see `members`). */
  private refreshMask(row: number): void {
    const masks = this.masks;
    if (masks === null) return;
    const mask = row * MEMBER_MASK_WORDS;
    masks.fill(0, mask, mask + MEMBER_MASK_WORDS);
    for (let at = row * this.depth; at < row * this.depth + this.counts[row]; at++) {
      const other = this.others[at];
      masks[mask + memberWord(other)] |= memberBit(other);
    }
  }

  /** The first k entries as ids and scores. */
  head(row: number, k: number): MatchList {
    const from = row * this.depth;
    const to = from + Math.min(k, this.count(row));
    return {
      ids: Array.from(this.others.subarray(from, to), (other) => this.otherIds[other]),
      scores: Array.from(this.points.subarray(from, to), pointsToScore),
    };
  }

  /** The first k entries as they are kept (views, no copies; scores in points). */
  headView(row: number, k: number): { others: Int32Array; points: Uint16Array } {
    const from = row * this.depth;
    const to = from + Math.min(k, this.count(row));
    return { others: this.others.subarray(from, to), points: this.points.subarray(from, to) };
  }

  /** The row becomes the best `depth` of these pairs. */
  set(row: number, pairs: ScoredPairs): void {
    this.ensureRows(row + 1);
    const base = row * this.depth;
    for (let at = base; at < base + this.counts[row]; at++) this.release(this.others[at], row);
    let n = 0;
    for (let i = 0; i < pairs.length; i++) {
      const other = pairs.others[i];
      const score = scorePoints(pairs.scores[i]);
      if (n === this.depth && !this.before(score, other, this.points[base + n - 1], this.others[base + n - 1])) continue;
      const at = this.rankIndex(base, n, score, other);
      n = this.insert(base, n, at, other, score);
    }
    this.counts[row] = n;
    this.complete[row] = (pairs.total ?? pairs.length) <= this.depth ? 1 : 0;
    this.refreshFloor(row);
    this.refreshMask(row);
  }

  /**
   * The row after the pair with `other` changed from score `before` to
   * `after` (null: no pair). The row is exact down to its last entry and
   * knows nothing below it, so it holds the pair exactly when the pair ranked
   * at or above its last entry (no search needed). The pair goes in when it
   * now ranks at or above the old last entry (or the row is complete);
   * otherwise it sinks into the unknown part and the row gets shorter. The
   * common answer, NONE, takes a comparison or two.
   */
  update(row: number, other: number, beforeScore: number | null, afterScore: number | null, k: number): ListChange {
    const before = beforeScore === null ? null : scorePoints(beforeScore);
    const after = afterScore === null ? null : scorePoints(afterScore);
    const n = this.count(row);
    const complete = row >= this.complete.length || this.complete[row] === 1;
    const held = before !== null && (complete || this.atOrAboveLast(row, n, before, other));
    const enters = after !== null && (complete || this.atOrAboveLast(row, n, after, other));
    if (!held && !enters) return ListChange.NONE;
    if (held && enters && before === after) return ListChange.NONE;
    this.ensureRows(row + 1);
    const base = row * this.depth;
    let count = n;
    let changedAt = this.depth;
    if (held) {
      const at = this.rankIndex(base, count, before, other);
      if (this.others[base + at] !== other) return ListChange.RANK_ANEW; // lists disagree with the records: heal
      this.release(other, row);
      this.others.copyWithin(base + at, base + at + 1, base + count);
      this.points.copyWithin(base + at, base + at + 1, base + count);
      count--;
      changedAt = at;
    }
    if (enters) {
      const at = this.rankIndex(base, count, after, other);
      if (count === this.depth) this.complete[row] = 0; // the last entry falls off
      count = this.insert(base, count, at, other, after);
      changedAt = Math.min(changedAt, at);
    }
    this.counts[row] = count;
    this.refreshFloor(row);
    if (this.complete[row] === 0 && count < k) return ListChange.RANK_ANEW;
    return changedAt < k ? ListChange.STORED : ListChange.RESERVE;
  }

  /** Inserts at `at` in a row of n entries, dropping the last when full; returns the new count. */
  private insert(base: number, n: number, at: number, other: number, score: number): number {
    if (at >= this.depth) return n;
    const row = base / this.depth;
    if (n === this.depth) this.release(this.others[base + n - 1], row);
    this.hold(other, row);
    if (this.masks) this.masks[row * MEMBER_MASK_WORDS + memberWord(other)] |= memberBit(other);
    const end = Math.min(n, this.depth - 1);
    this.others.copyWithin(base + at + 1, base + at, base + end);
    this.points.copyWithin(base + at + 1, base + at, base + end);
    this.others[base + at] = other;
    this.points[base + at] = score;
    return end + 1;
  }

  private hold(other: number, row: number): void {
    if (this.holders) (this.holders[other] ??= []).push(row);
  }

  private release(other: number, row: number): void {
    const rows = this.holders?.[other];
    if (!rows) return;
    const at = rows.indexOf(row);
    if (at >= 0) {
      rows[at] = rows[rows.length - 1]!;
      rows.pop();
    }
  }

  private atOrAboveLast(row: number, n: number, score: number, other: number): boolean {
    if (n === 0) return false;
    const last = row * this.depth + n - 1;
    return !this.before(this.points[last], this.others[last], score, other);
  }

  /** Where (score, other) stands or would stand among the row's n entries. */
  private rankIndex(base: number, n: number, score: number, other: number): number {
    let low = 0;
    let high = n;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.before(this.points[base + middle], this.others[base + middle], score, other)) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private before(scoreA: number, otherA: number, scoreB: number, otherB: number): boolean {
    return scoreA > scoreB || (scoreA === scoreB && compareIds(this.otherIds[otherA], this.otherIds[otherB]) < 0);
  }

  /** Room for `rows` rows (new owners get new ordinals); grows by half. */
  private ensureRows(rows: number): void {
    if (rows <= this.counts.length) return;
    const capacity = Math.max(rows, Math.ceil(this.counts.length * 1.5), 16);
    const grow = <T extends Int32Array | Uint32Array | Float64Array | Uint16Array | Uint8Array>(array: T, length: number, fill = 0): T => {
      const bigger = new (array.constructor as new (length: number) => T)(length);
      bigger.set(array);
      if (fill) bigger.fill(fill, array.length);
      return bigger;
    };
    this.others = grow(this.others, capacity * this.depth);
    this.points = grow(this.points, capacity * this.depth);
    this.counts = grow(this.counts, capacity);
    this.complete = grow(this.complete, capacity, 1);
    this.floorScores = grow(this.floorScores, capacity, -Infinity);
    if (this.masks) this.masks = grow(this.masks, capacity * MEMBER_MASK_WORDS);
  }
}
