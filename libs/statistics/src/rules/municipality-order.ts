/**
 * Municipality names in Danish alphabetical order: Æ, Ø, Å last, and "Aa"
 * read as "Å" (Aabenraa and Aarhus after Ærø), as Danish readers expect.
 * Sorted in Node with ICU's Danish collation rather than in SQL: only 98 rows,
 * and no dependence on the server's build (the embedded PostgreSQL used here
 * ships ICU, so `"da-x-icu"` would exist, but a managed server need not have it;
 * a `CREATE COLLATION` migration would then fail).
 */
const danish = new Intl.Collator('da', { sensitivity: 'base' });

export function compareMunicipalityNames(a: string, b: string): number {
  return danish.compare(a, b);
}
