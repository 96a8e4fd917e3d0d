/**
 * Municipality names in Danish alphabetical order: Æ, Ø, Å last, and "Aa"
 * read as "Å" (Aabenraa and Aarhus after Ærø), as Danish readers expect.
 * Sorted in Node with ICU's Danish collation rather than in SQL: only 98 rows,
 * and it does not depend on the database server having been built with ICU.
 */
const danish = new Intl.Collator('da', { sensitivity: 'base' });

export function compareMunicipalityNames(a: string, b: string): number {
  return danish.compare(a, b);
}
