import type { RowView } from '../engine/incremental.js';
import { pointsToScore } from '../scoring/score-components.js';
import type { ScoredPairs } from './match-list.js';
import type { Ordinals } from './ordinals.js';

/** What the pool needs of a packed side. */
export interface PackedSide<R> {
  readonly records: readonly R[];
  readonly indexById: ReadonlyMap<string, number>;
}

/** One packed level: its records' ordinals, and a mark on entries that changed or left since. */
interface Level<P> {
  packed: P;
  ordinals: Int32Array;
  gone: Uint8Array;
  goneCount: number;
}

/** Changes a recent level takes before it is merged into the settled one. */
const RECENT_LIMIT = 32;

/**
 * One side of the matching (open positions or available candidates) as the
 * worker keeps it between jobs, in three packed levels: the base, the
 * settled changes and the recent ones, each with a mark on entries replaced
 * since. A change repacks only the few recent records; they move into the
 * settled level every 32 changes, and everything is packed anew after about
 * 2·√n changes, so each level's repacks stay rare for its size.
 */
export class RecordPool<R extends { id: string }, P extends PackedSide<R>> {
  /** [base, settled, recent]; records live in exactly one level, unmarked. */
  private levels: Level<P>[];
  private readonly unpacked = new Map<string, R>();

  /**
   * `pack` packs records over their own skill dictionary (changed records may
   * bring skills the base lacks); `repacked` hears of each new base, with the
   * one it replaces.
   */
  constructor(
    private readonly pack: (records: readonly R[]) => P,
    base: P,
    private readonly ordinals: Ordinals,
    private readonly repacked: (base: P, replaced: P) => void = () => undefined,
  ) {
    this.levels = [this.level(base), this.level(pack([])), this.level(pack([]))];
  }

  get(id: string): R | undefined {
    const waiting = this.unpacked.get(id);
    if (waiting) return waiting;
    for (const level of this.levels) {
      const index = level.packed.indexById.get(id);
      if (index !== undefined && !level.gone[index]) return level.packed.records[index];
    }
    return undefined;
  }

  /** Replaces the record with this id; null removes it (no longer OPEN or AVAILABLE). */
  set(id: string, record: R | null): void {
    for (const level of this.levels) {
      const index = level.packed.indexById.get(id);
      if (index !== undefined && !level.gone[index]) {
        level.gone[index] = 1;
        level.goneCount++;
      }
    }
    this.unpacked.delete(id);
    if (record) this.unpacked.set(id, record);
    const [base, settled, recent] = this.levels as [Level<P>, Level<P>, Level<P>];
    if (settled.packed.records.length + recent.packed.records.length + this.unpacked.size + base.goneCount > this.repackLimit()) {
      this.levels = [this.level(this.pack(this.records())), this.level(this.pack([])), this.level(this.pack([]))];
      this.unpacked.clear();
      this.repacked(this.levels[0].packed, base.packed);
    } else if (recent.packed.records.length + this.unpacked.size > RECENT_LIMIT) {
      this.levels = [
        base,
        this.level(this.pack([...live<R>(settled), ...live<R>(recent), ...this.unpacked.values()])),
        this.level(this.pack([])),
      ];
      this.unpacked.clear();
    }
  }

  /** Every live record. */
  records(): R[] {
    return [...this.levels.flatMap((level) => live<R>(level)), ...this.unpacked.values()];
  }

  /**
   * Every pair of one record of the other side with this side (or those
   * that can matter, when `score` bounds): `score` runs against each level,
   * given the level's ordinals (slots count on from level to level, so they ascend).
   */
  scoreWith(score: (packed: P, ordinals: Int32Array) => RowView): ScoredPairs {
    if (this.unpacked.size > 0) {
      const recent = this.levels[2];
      this.levels[2] = this.level(this.pack([...live<R>(recent), ...this.unpacked.values()]));
      this.unpacked.clear();
    }
    // Each level's view lives in that pack's own work area, so all can be read after scoring.
    const rows = this.levels.map((level) => (level.packed.records.length > 0 ? score(level.packed, level.ordinals) : null));
    const capacity = rows.reduce((sum, row) => sum + (row?.n ?? 0), 0);
    const pairs: ScoredPairs = {
      length: 0,
      total: rows.reduce((sum, row) => sum + (row?.total ?? row?.n ?? 0), 0),
      others: new Int32Array(capacity),
      scores: new Float64Array(capacity),
      slots: new Int32Array(capacity),
    };
    let slotBase = 0;
    this.levels.forEach((level, i) => {
      if (rows[i]) collect(pairs, rows[i], level, slotBase);
      slotBase += level.packed.records.length;
    });
    return pairs;
  }

  private repackLimit(): number {
    return Math.max(64, 2 * Math.sqrt(this.levels[0].packed.records.length));
  }

  private level(packed: P): Level<P> {
    const ordinals = new Int32Array(packed.records.length);
    const inOrder = this.ordinals.numbersInOrder(packed.indexById);
    for (let index = 0; index < ordinals.length; index++) ordinals[index] = inOrder ? index : this.ordinals.of(packed.records[index].id);
    return { packed, ordinals, gone: new Uint8Array(packed.records.length), goneCount: 0 };
  }
}

function live<R>(level: Level<PackedSide<R>>): R[] {
  return level.packed.records.filter((_, index) => !level.gone[index]);
}

/** Appends a row's live pairs; packed indices ascend in a row (both kernels scan in packed order), so slots do too. */
function collect<P>(pairs: ScoredPairs, row: RowView, level: Level<P>, slotBase: number): void {
  const { ordinals, gone } = level;
  for (let i = 0; i < row.n; i++) {
    const index = row.others[i];
    if (gone[index]) continue;
    const at = pairs.length++;
    pairs.others[at] = ordinals[index]!;
    pairs.scores[at] = pointsToScore(row.points[i]);
    pairs.slots[at] = slotBase + index;
  }
}
