import { anniversary, type CalendarDate, fullYearsBetween, parseCalendarDate } from '@igu/calendar';
import { IGU_LAST_START_DATE, type IguRuleSetName, qualifyingResidenceBases, ruleSetFor } from './igu-rule-sets.js';
import type { ResidenceBasis } from './residence-basis.js';

/** What eligibility depends on: the candidate's record, never anything else. */
export interface EligibilityFacts {
  dateOfBirth: CalendarDate;
  residenceBasis: ResidenceBasis;
  arrivedInDenmarkOn: CalendarDate;
  /** An earlier IGU (one per person, ever). */
  priorIgu: boolean;
}

export type EligibilityReasonCode = 'AGE_OUT_OF_RANGE' | 'TOO_LONG_IN_DENMARK' | 'RESIDENCE_BASIS' | 'PRIOR_IGU' | 'SCHEME_ENDED';

export interface EligibilityReason {
  code: EligibilityReasonCode;
  /**
   * Human-readable; names the rule only, never the person's values (no age,
   * date or residence basis): these messages reach employers, and a value in
   * them would let a caller infer the birth date (= the CPR's first digits).
   */
  message: string;
}

export interface EligibilityResult {
  eligible: boolean;
  ruleSet: IguRuleSetName;
  /** The start date the rules were applied to. */
  asOf: CalendarDate;
  /** Every failing rule, in a fixed order; empty when eligible. */
  reasons: EligibilityReason[];
}

/**
 * IGU eligibility of a person for a programme starting on `startDate`
 * (docs/domain.md §2.1): the rule set is chosen by the start date, and every
 * failing rule is reported, not only the first.
 */
export function checkIguEligibility(facts: EligibilityFacts, startDate: CalendarDate): EligibilityResult {
  parseCalendarDate(startDate);
  const ruleSet = ruleSetFor(startDate);
  const reasons: EligibilityReason[] = [];

  const age = fullYearsBetween(facts.dateOfBirth, startDate);
  if (age < ruleSet.minAge || age >= ruleSet.maxAgeExclusive) {
    reasons.push({
      code: 'AGE_OUT_OF_RANGE',
      message: `Age at start must be at least ${ruleSet.minAge} and under ${ruleSet.maxAgeExclusive} (${ruleSet.name})`,
    });
  }

  const limit = anniversary(facts.arrivedInDenmarkOn, ruleSet.maxYearsInDenmark);
  const tooLong = ruleSet.maxYearsInDenmarkInclusive ? startDate > limit : startDate >= limit;
  if (tooLong) {
    const bound = ruleSet.maxYearsInDenmarkInclusive ? 'at most' : 'less than';
    reasons.push({
      code: 'TOO_LONG_IN_DENMARK',
      message: `Time in Denmark at start must be ${bound} ${ruleSet.maxYearsInDenmark} years (${ruleSet.name})`,
    });
  }

  if (!qualifyingResidenceBases(startDate).includes(facts.residenceBasis)) {
    reasons.push({
      code: 'RESIDENCE_BASIS',
      message: `The residence basis does not qualify for an IGU (${ruleSet.name})`,
    });
  }

  if (facts.priorIgu) {
    reasons.push({ code: 'PRIOR_IGU', message: 'One IGU per person: this person has already had an IGU' });
  }

  if (startDate > IGU_LAST_START_DATE) {
    reasons.push({ code: 'SCHEME_ENDED', message: `The IGU scheme takes no starts after ${IGU_LAST_START_DATE}` });
  }

  return { eligible: reasons.length === 0, ruleSet: ruleSet.name, asOf: startDate, reasons };
}

export function isIguEligible(facts: EligibilityFacts, startDate: CalendarDate): boolean {
  return checkIguEligibility(facts, startDate).eligible;
}
