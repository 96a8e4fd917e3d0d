import type { ScoredRow } from '../engine/incremental.js';
import type { ScoredPairs } from './match-list.js';
import type { Ordinals } from './ordinals.js';

/** What the pool needs of a packed side. */
export interface PackedSide<R> {
  readonly records: readonly R[];
  readonly indexById: ReadonlyMap<string, number>;
}

/**
 * One side of the matching (open positions or available candidates) as the
 * worker keeps it between jobs: a packed base, a mark on base entries that
 * changed or left, and the changed records packed on their own. A change
 * therefore costs a repack of the few changed records, not of the whole
 * side; once they are many, everything is packed anew (amortised cost).
 */
export class RecordPool<R extends { id: string }, P extends PackedSide<R>> {
  private base: P;
  /** Ordinal of each base entry, and of each entry of the changed records' pack. */
  private baseOrdinals: Int32Array;
  private changedOrdinals: Int32Array = new Int32Array(0);
  private gone: Uint8Array;
  private goneCount = 0;
  private readonly changed = new Map<string, R>();
  private changedPacked: P | null = null;

  /** `pack` packs records over their own skill dictionary (changed records may bring skills the base lacks). */
  constructor(
    private readonly pack: (records: readonly R[]) => P,
    base: P,
    private readonly ordinals: Ordinals,
  ) {
    this.base = base;
    this.baseOrdinals = this.ordinalsOf(base);
    this.gone = new Uint8Array(base.records.length);
  }

  /** The packed base (e.g. to score a full run on). */
  get packed(): P {
    return this.base;
  }

  get(id: string): R | undefined {
    const changed = this.changed.get(id);
    if (changed) return changed;
    const index = this.base.indexById.get(id);
    return index === undefined || this.gone[index] ? undefined : this.base.records[index];
  }

  /** Replaces the record with this id; null removes it (no longer OPEN or AVAILABLE). */
  set(id: string, record: R | null): void {
    const index = this.base.indexById.get(id);
    if (index !== undefined && !this.gone[index]) {
      this.gone[index] = 1;
      this.goneCount++;
    }
    this.changed.delete(id);
    if (record) this.changed.set(id, record);
    this.changedPacked = null;
    if (this.changed.size + this.goneCount > this.repackLimit()) this.repack();
  }

  /** Every live record. */
  records(): R[] {
    const live = this.base.records.filter((_, index) => !this.gone[index]);
    return [...live, ...this.changed.values()];
  }

  /**
   * Every pair of one record of the other side with this side: `score` is
   * run against the base and against the changed records' pack.
   */
  scoreWith(score: (packed: P) => ScoredRow): ScoredPairs {
    const baseRow = score(this.base);
    let changedRow: ScoredRow | null = null;
    if (this.changed.size > 0) {
      if (!this.changedPacked) {
        this.changedPacked = this.pack([...this.changed.values()]);
        this.changedOrdinals = this.ordinalsOf(this.changedPacked);
      }
      changedRow = score(this.changedPacked);
    }
    const capacity = baseRow.size + (changedRow?.size ?? 0);
    const pairs: ScoredPairs = { length: 0, others: new Int32Array(capacity), scores: new Float64Array(capacity), slots: new Int32Array(capacity) };
    collect(pairs, baseRow, this.baseOrdinals, this.gone, 0);
    if (changedRow) collect(pairs, changedRow, this.changedOrdinals, null, this.base.records.length);
    return pairs;
  }

  /** About 2·√n changes before a repack: the changed pack stays small, repacks stay rare. */
  private repackLimit(): number {
    return Math.max(64, 2 * Math.sqrt(this.base.records.length));
  }

  private ordinalsOf(packed: P): Int32Array {
    return Int32Array.from(packed.records, (record) => this.ordinals.of(record.id));
  }

  private repack(): void {
    this.base = this.pack(this.records());
    this.baseOrdinals = this.ordinalsOf(this.base);
    this.gone = new Uint8Array(this.base.records.length);
    this.goneCount = 0;
    this.changed.clear();
    this.changedPacked = null;
  }
}

/** Appends a row's live pairs; packed indices ascend in a row (both kernels scan in packed order), so slots do too. */
function collect(pairs: ScoredPairs, row: ScoredRow, ordinals: Int32Array, gone: Uint8Array | null, slotBase: number): void {
  for (let i = 0; i < row.size; i++) {
    const index = row.others[i]!;
    if (gone?.[index]) continue;
    const at = pairs.length++;
    pairs.others[at] = ordinals[index]!;
    pairs.scores[at] = row.scores[i]!;
    pairs.slots[at] = slotBase + index;
  }
}
