import { dateKey, type EligibilityBounds, type EligibilityCheck, type EligibilityFacts, RESIDENCE_BASES } from '@igu/matching';

/**
 * TEST DOUBLE, not the law: a simplified stand-in for the IGU eligibility rule
 * of `@igu/eligibility` (docs/domain.md §2.1), for the engine's unit tests and
 * the compute benchmark; the worker uses the real rule (`iguEligibility` in `@igu/matching`). Eligible
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
    /** The same as bounds: n whole years by `onDate` means born on or before the date n years earlier. */
    onDay(onDate: string): EligibilityBounds {
      const yearsBefore = (years: number) => dateKey(onDate) - years * 10_000;
      return {
        open: true,
        bornFrom: yearsBefore(50) + 1,
        bornTo: yearsBefore(18),
        arrivedFrom: yearsBefore(20) + 1,
        residenceBases: RESIDENCE_BASES.filter((basis) => basis !== 'OTHER'),
      };
    },
  },
);

/** Whole years from `from` to `to` (birthday arithmetic on the date strings). */
function yearsBetween(from: string, to: string): number {
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  return to.slice(5) >= from.slice(5) ? years : years - 1;
}
