import { compareIds } from '../scoring/score-pair.js';

/** Skill codes ↔ bit positions. Sorted, so the same codes always give the same layout. */
export interface SkillDictionary {
  readonly codes: readonly string[];
  readonly index: ReadonlyMap<string, number>;
}

export function skillDictionary(codes: Iterable<string>): SkillDictionary {
  const sorted = [...new Set(codes)].sort(compareIds);
  return { codes: sorted, index: new Map(sorted.map((code, position) => [code, position])) };
}

/** Largest row count a tie-break rank may reach (ranks share a double with the score; see top-k.ts). */
export const MAX_PACKED_ROWS = 16_777_216;

export function assertPackable(count: number, what: string): void {
  if (count >= MAX_PACKED_ROWS) throw new RangeError(`Too many ${what} to pack: ${count}`);
}

/** ISCO-08 unit groups are 4 digits; as integers, /10 and /100 give the minor and sub-major group. */
export function occupationNumber(code: string): number {
  let number = occupationNumbers.get(code);
  if (number === undefined) {
    if (!/^\d{4}$/.test(code)) throw new RangeError(`Not a 4-digit ISCO unit group: ${JSON.stringify(code)}`);
    occupationNumbers.set(code, (number = Number(code)));
  }
  return number;
}

/** Checked codes (at most the 10,000 4-digit strings): packing meets each a thousand times. */
const occupationNumbers = new Map<string, number>();

export function assertUniqueIds(ids: readonly string[], what: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new RangeError(`Duplicate ${what} id ${id}`);
    seen.add(id);
  }
}
