import type { EligibilityCheck, EligibilityFacts } from '../match.types.js';

/**
 * TEST DOUBLE, not the law: a simplified stand-in for the IGU eligibility rule
 * of `@igu/eligibility` (domain guide §2), for tests, the generator's data and
 * the compute benchmark until the engine is wired to the real rule. Eligible
 * when 18 ≤ age < 50, less than 20 years in Denmark, a residence basis other
 * than OTHER and no prior IGU. Dates compare as 'YYYY-MM-DD' strings.
 */
export const eligibilityTestDouble: EligibilityCheck = Object.assign(
  (facts: EligibilityFacts, onDate: string): boolean =>
    facts.residenceBasis !== 'OTHER' &&
    !facts.priorIgu &&
    yearsBetween(facts.dateOfBirth, onDate) >= 18 &&
    yearsBetween(facts.dateOfBirth, onDate) < 50 &&
    yearsBetween(facts.arrivedInDenmarkOn, onDate) < 20,
  {
    /** The same as date bounds: n whole years by `onDate` means on or before the date n years earlier. */
    onDay(onDate: string) {
      const yearsBefore = (years: number) => `${String(Number(onDate.slice(0, 4)) - years).padStart(4, '0')}${onDate.slice(4)}`;
      const adult = yearsBefore(18);
      const fifty = yearsBefore(50);
      const twentyInDenmark = yearsBefore(20);
      return (facts: EligibilityFacts): boolean =>
        facts.residenceBasis !== 'OTHER' &&
        !facts.priorIgu &&
        facts.dateOfBirth <= adult &&
        facts.dateOfBirth > fifty &&
        facts.arrivedInDenmarkOn > twentyInDenmark;
    },
  },
);

/** Whole years from `from` to `to` (birthday arithmetic on the date strings). */
function yearsBetween(from: string, to: string): number {
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  return to.slice(5) >= from.slice(5) ? years : years - 1;
}
