/**
 * Small, stable numbers for the ids of one side (positions or candidates), in
 * the order they were first seen: ranked lists store these instead of strings.
 * An id keeps its number for the life of the state (rebuilt daily).
 */
export class Ordinals {
  readonly ids: string[] = [];
  /** Ids numbered by a packed side's own index (`seededFrom`); later ids in `added`. */
  private seeded: ReadonlyMap<string, number>;
  private readonly added = new Map<string, number>();

  constructor(ids: Iterable<string> = []) {
    this.seeded = new Map();
    for (const id of ids) this.of(id);
  }

  /**
   * A packed side's records numbered in their order (0, 1, …), reusing the
   * pack's id index instead of building a second map of a quarter of a
   * million ids.
   */
  static seededFrom(packed: { records: readonly { id: string }[]; indexById: ReadonlyMap<string, number> }): Ordinals {
    const ordinals = new Ordinals();
    ordinals.seeded = packed.indexById;
    for (const record of packed.records) ordinals.ids.push(record.id);
    return ordinals;
  }

  /** Whether the ordinals of these records are their indices (the pack the numbering was seeded from). */
  numbersInOrder(indexById: ReadonlyMap<string, number>): boolean {
    return indexById === this.seeded;
  }

  /** The id's number, given on first sight. */
  of(id: string): number {
    let ordinal = this.find(id);
    if (ordinal === undefined) {
      ordinal = this.ids.length;
      this.ids.push(id);
      this.added.set(id, ordinal);
    }
    return ordinal;
  }

  find(id: string): number | undefined {
    return this.seeded.get(id) ?? this.added.get(id);
  }

  get size(): number {
    return this.ids.length;
  }
}
