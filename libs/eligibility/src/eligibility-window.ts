import { addDays, anniversary, type CalendarDate, parseCalendarDate } from '@igu/calendar';
import type { EligibilityFacts } from './check-igu-eligibility.js';
import { IGU_LAST_START_DATE, type IguRuleSetName, qualifyingResidenceBases, ruleSetFor } from './igu-rule-sets.js';
import type { ResidenceBasis } from './residence-basis.js';

/**
 * The same rules as `checkIguEligibility`, turned around for a database query:
 * for one start date, the plain ranges of birth and arrival dates that are
 * eligible. A search filters 50,000 candidates with indexable comparisons
 * instead of evaluating the rules row by row; a property test proves both
 * forms agree on every date.
 */
export interface EligibilityWindow {
  asOf: CalendarDate;
  ruleSet: IguRuleSetName;
  /** false when nobody can be eligible on this date (the scheme has ended). */
  open: boolean;
  /** Inclusive range of eligible birth dates. */
  dateOfBirth: { from: CalendarDate; to: CalendarDate };
  /** Arrival in Denmark on or after this date. */
  arrivedInDenmarkFrom: CalendarDate;
  residenceBases: ResidenceBasis[];
  /** Eligible people never had an IGU before. */
  priorIgu: false;
}

export function eligibilityWindow(startDate: CalendarDate): EligibilityWindow {
  parseCalendarDate(startDate);
  const ruleSet = ruleSetFor(startDate);
  const years = ruleSet.maxYearsInDenmark;
  return {
    asOf: startDate,
    ruleSet: ruleSet.name,
    open: startDate <= IGU_LAST_START_DATE,
    dateOfBirth: {
      // Turned minAge by the start, and not yet maxAgeExclusive.
      from: earliest((d) => anniversary(d, ruleSet.maxAgeExclusive) > startDate, anniversary(startDate, -ruleSet.maxAgeExclusive)),
      to: latest((d) => anniversary(d, ruleSet.minAge) <= startDate, anniversary(startDate, -ruleSet.minAge)),
    },
    arrivedInDenmarkFrom: ruleSet.maxYearsInDenmarkInclusive
      ? earliest((a) => startDate <= anniversary(a, years), anniversary(startDate, -years))
      : earliest((a) => startDate < anniversary(a, years), anniversary(startDate, -years)),
    residenceBases: qualifyingResidenceBases(startDate),
    priorIgu: false,
  };
}

export function matchesEligibilityWindow(window: EligibilityWindow, facts: EligibilityFacts): boolean {
  return (
    window.open &&
    !facts.priorIgu &&
    window.residenceBases.includes(facts.residenceBasis) &&
    window.dateOfBirth.from <= facts.dateOfBirth &&
    facts.dateOfBirth <= window.dateOfBirth.to &&
    window.arrivedInDenmarkFrom <= facts.arrivedInDenmarkOn
  );
}

/** First date for which a monotone (false … false, true … true) predicate holds, searched from a close guess. */
function earliest(holds: (date: CalendarDate) => boolean, guess: CalendarDate): CalendarDate {
  let date = guess;
  if (holds(date)) {
    while (holds(addDays(date, -1))) date = addDays(date, -1);
    return date;
  }
  while (!holds(date)) date = addDays(date, 1);
  return date;
}

/** Last date for which a monotone (true … true, false … false) predicate holds. */
function latest(holds: (date: CalendarDate) => boolean, guess: CalendarDate): CalendarDate {
  let date = guess;
  if (holds(date)) {
    while (holds(addDays(date, 1))) date = addDays(date, 1);
    return date;
  }
  while (!holds(date)) date = addDays(date, -1);
  return date;
}
