import type { EligibilityCheck, EligibilityFacts } from '../match.types.js';

/**
 * TEST DOUBLE, not the law: a simplified stand-in for the IGU eligibility rule
 * of `@igu/eligibility` (domain guide §2), for tests, the generator's data and
 * the compute benchmark until the engine is wired to the real rule. Eligible
 * when 18 ≤ age < 50, less than 20 years in Denmark, a residence basis other
 * than OTHER and no prior IGU. Dates compare as 'YYYY-MM-DD' strings.
 */
export const eligibilityTestDouble: EligibilityCheck = (facts: EligibilityFacts, onDate: string): boolean =>
  facts.residenceBasis !== 'OTHER' &&
  !facts.priorIgu &&
  yearsBetween(facts.dateOfBirth, onDate) >= 18 &&
  yearsBetween(facts.dateOfBirth, onDate) < 50 &&
  yearsBetween(facts.arrivedInDenmarkOn, onDate) < 20;

/** Whole years from `from` to `to` (birthday arithmetic on the date strings). */
function yearsBetween(from: string, to: string): number {
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  return to.slice(5) >= from.slice(5) ? years : years - 1;
}
