/**
 * Every ISCO-08 prefix of the given unit groups: 9112 → 9, 91, 911, 9112.
 * ISCO codes are hierarchical, so "has an occupation under 91" becomes an
 * array overlap (`occupation_prefixes && '{91}'`) that a GIN index answers.
 */
export function occupationPrefixes(codes: readonly string[]): string[] {
  const prefixes = new Set<string>();
  for (const code of codes) {
    for (let length = 1; length <= code.length; length += 1) prefixes.add(code.slice(0, length));
  }
  return [...prefixes].sort();
}
