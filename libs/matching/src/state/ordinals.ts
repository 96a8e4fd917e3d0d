/**
 * Small, stable numbers for the ids of one side (positions or candidates), in
 * the order they were first seen: ranked lists store these instead of strings.
 * An id keeps its number for the life of the state (rebuilt daily).
 */
export class Ordinals {
  readonly ids: string[] = [];
  private readonly byId = new Map<string, number>();

  constructor(ids: Iterable<string> = []) {
    for (const id of ids) this.of(id);
  }

  /** The id's number, given on first sight. */
  of(id: string): number {
    let ordinal = this.byId.get(id);
    if (ordinal === undefined) {
      ordinal = this.ids.length;
      this.ids.push(id);
      this.byId.set(id, ordinal);
    }
    return ordinal;
  }

  find(id: string): number | undefined {
    return this.byId.get(id);
  }

  get size(): number {
    return this.ids.length;
  }
}
