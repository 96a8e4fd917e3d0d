import type { CalendarDate } from '@igu/calendar';
import { ResidenceBasis } from './residence-basis.js';

export type IguRuleSetName = 'IGU-2016' | 'IGU-2021' | 'IGU-2024';

/** A residence basis that qualifies, from `from` (a start date, inclusive) when the rule set was amended. */
export interface QualifyingResidence {
  basis: ResidenceBasis;
  from?: CalendarDate;
}

/**
 * One version of the IGU rules (docs/domain.md §2.1). Which one applies is decided
 * by the intended start date of the programme, never by today's date.
 */
export interface IguRuleSet {
  name: IguRuleSetName;
  /** First start date (inclusive) the rule set applies to; null: any earlier date. */
  appliesFrom: CalendarDate | null;
  /** Last start date (inclusive); null: open-ended. */
  appliesUntil: CalendarDate | null;
  minAge: number;
  /** Age at start must be below this. */
  maxAgeExclusive: number;
  /** Years since arrivedInDenmarkOn at start. */
  maxYearsInDenmark: number;
  /** true: "at most N years" (start ≤ arrival + N years); false: "less than N years" (start < arrival + N years). */
  maxYearsInDenmarkInclusive: boolean;
  residence: readonly QualifyingResidence[];
  source: string;
}

/** The 2022 special acts (displaced persons from Ukraine and Afghanistan) qualify for starts from this date. */
export const SPECIAL_ACTS_FROM: CalendarDate = '2022-03-01';

/** Last possible start: the scheme ends; later starts are SCHEME_ENDED. */
export const IGU_LAST_START_DATE: CalendarDate = '2027-12-31';

const REFUGEES: readonly QualifyingResidence[] = [{ basis: ResidenceBasis.REFUGEE }, { basis: ResidenceBasis.FAMILY_REUNIFIED_TO_REFUGEE }];

const SPECIAL_ACTS: readonly QualifyingResidence[] = [
  { basis: ResidenceBasis.UKRAINE_SPECIAL_ACT, from: SPECIAL_ACTS_FROM },
  { basis: ResidenceBasis.AFGHAN_SPECIAL_ACT, from: SPECIAL_ACTS_FROM },
];

/** Oldest first; together they cover every start date without gaps or overlaps. */
export const IGU_RULE_SETS: readonly IguRuleSet[] = [
  {
    name: 'IGU-2016',
    appliesFrom: null, // the scheme opened in 2016; earlier dates are judged by its first rules
    appliesUntil: '2021-04-30',
    minAge: 18,
    maxAgeExclusive: 40,
    maxYearsInDenmark: 5,
    maxYearsInDenmarkInclusive: false,
    residence: REFUGEES,
    source: 'IGU as introduced in 2016',
  },
  {
    name: 'IGU-2021',
    appliesFrom: '2021-05-01',
    appliesUntil: '2023-12-31',
    minAge: 18,
    maxAgeExclusive: 40,
    maxYearsInDenmark: 10,
    maxYearsInDenmarkInclusive: false,
    residence: [...REFUGEES, ...SPECIAL_ACTS],
    source: 'L 202 2020-21; special acts from 2022-03-01',
  },
  {
    name: 'IGU-2024',
    appliesFrom: '2024-01-01',
    appliesUntil: null,
    minAge: 18,
    maxAgeExclusive: 50,
    maxYearsInDenmark: 20,
    maxYearsInDenmarkInclusive: true,
    residence: [...REFUGEES, ...SPECIAL_ACTS, { basis: ResidenceBasis.FAMILY_REUNIFIED_OTHER }],
    source: 'L 82 2023-24',
  },
];

export function ruleSetFor(startDate: CalendarDate): IguRuleSet {
  const ruleSet = IGU_RULE_SETS.find(
    (candidate) =>
      (candidate.appliesFrom === null || candidate.appliesFrom <= startDate) &&
      (candidate.appliesUntil === null || startDate <= candidate.appliesUntil),
  );
  if (!ruleSet) throw new Error(`No IGU rule set covers ${startDate}`); // unreachable: the sets cover every date
  return ruleSet;
}

/** The residence bases that qualify for a start on `startDate`. */
export function qualifyingResidenceBases(startDate: CalendarDate): ResidenceBasis[] {
  return ruleSetFor(startDate)
    .residence.filter((entry) => entry.from === undefined || entry.from <= startDate)
    .map((entry) => entry.basis);
}
