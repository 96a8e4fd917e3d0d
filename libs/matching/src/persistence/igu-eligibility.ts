import { type EligibilityFacts, eligibilityWindow, isIguEligible } from '@igu/eligibility';
import { dateKey, type EligibilityBounds, type EligibilityCheck, type ResidenceBasis } from '../match.types.js';

/**
 * The real IGU rule (docs/domain.md §2.1–§2.2) as the engine's hard filter; the
 * residence bases are the same strings. For a whole side at once, the rule's
 * date window for the day (a property test keeps both in agreement) makes
 * each check a few integer comparisons.
 */
export const iguEligibility: EligibilityCheck = Object.assign(
  (facts: Parameters<EligibilityCheck>[0], onDate: string) =>
    // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- the engine's residence bases are the enum's strings
    isIguEligible(facts as EligibilityFacts, onDate),
  {
    onDay(onDate: string): EligibilityBounds {
      let bounds = boundsByDay.get(onDate);
      if (!bounds) {
        const window = eligibilityWindow(onDate);
        bounds = {
          open: window.open,
          bornFrom: dateKey(window.dateOfBirth.from),
          bornTo: dateKey(window.dateOfBirth.to),
          arrivedFrom: dateKey(window.arrivedInDenmarkFrom),
          residenceBases: window.residenceBases as readonly string[] as readonly ResidenceBasis[],
        };
        if (boundsByDay.size >= 10_000) boundsByDay.clear();
        boundsByDay.set(onDate, bounds);
      }
      return bounds;
    },
  },
);

/** Bounds by day: single candidates are checked against the same few start days again and again. */
const boundsByDay = new Map<string, EligibilityBounds>();
