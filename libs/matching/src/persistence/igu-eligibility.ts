import { type EligibilityFacts, eligibilityWindow, type EligibilityWindow, isIguEligible, matchesEligibilityWindow } from '@igu/eligibility';
import type { EligibilityCheck } from '../match.types.js';

/**
 * The real IGU rule (domain guide §2) as the engine's hard filter; the
 * residence bases are the same strings. For a whole side at once, the rule's
 * date window for the day (a property test in @igu/eligibility keeps both in
 * agreement) turns each check into a few string comparisons.
 */
export const iguEligibility: EligibilityCheck = Object.assign(
  (facts: Parameters<EligibilityCheck>[0], onDate: string) => isIguEligible(facts as EligibilityFacts, onDate),
  {
    onDay(onDate: string) {
      let window = windows.get(onDate);
      if (!window) {
        if (windows.size >= 10_000) windows.clear();
        windows.set(onDate, (window = eligibilityWindow(onDate)));
      }
      const day = window;
      return (facts: Parameters<EligibilityCheck>[0]) => matchesEligibilityWindow(day, facts as EligibilityFacts);
    },
  },
);

/** Windows by day: single candidates are checked against the same few start days again and again. */
const windows = new Map<string, EligibilityWindow>();
