import {
  type CalendarDate,
  compareDates,
  fromDayNumber,
  isAfter,
  isBefore,
  rangesOverlap,
  toDayNumber,
  weekdaysBetweenInclusive,
} from '@igu/calendar';
import { type RuleViolation, ProgrammeRuleCode, violation } from './rule-violation.js';

/**
 * IGU school part (docs/domain.md §2.3): ≥ 20 weeks for starts before 2021-05-01,
 * ≥ 23 weeks from then on, in periods inside the programme, not overlapping.
 *
 * How a school week is counted (our decision; the law names no method):
 * a school week is 5 school days, and school days are the Monday–Friday dates of
 * the periods (both ends included; public holidays are not deducted). So a
 * Monday–Friday block of 6 weeks counts 6 weeks, which calendar days / 7 would
 * count as 5 (40 days). Per period, `weeks` = floor(weekdays / 5). The total is
 * floor(weekdays of all periods together / 5), so the partial weeks of periods
 * split around a holiday add up (the total may exceed the sum of the periods'
 * `weeks`). Days covered by two overlapping periods count once, and a period
 * whose end is before its start counts nothing (both are violations anyway).
 */
export interface SchoolPeriodDraft {
  startDate: CalendarDate;
  endDate: CalendarDate;
  description?: string | null;
}

export const SCHOOL_DAYS_PER_WEEK = 5;

/** Minimum school weeks by programme start date, newest rule set last. */
export const MINIMUM_SCHOOL_WEEKS: readonly { from: CalendarDate | null; weeks: number; law: string }[] = [
  { from: null, weeks: 20, law: 'IGU-2016' },
  { from: '2021-05-01', weeks: 23, law: 'L 202 2020-21' },
];

export function minimumSchoolWeeks(startDate: CalendarDate): number {
  let weeks = 0;
  for (const rule of MINIMUM_SCHOOL_WEEKS) {
    if (rule.from === null || !isBefore(startDate, rule.from)) weeks = rule.weeks;
  }
  return weeks;
}

function isValidPeriod(period: SchoolPeriodDraft): boolean {
  return !isAfter(period.startDate, period.endDate);
}

/** `SchoolPeriod.weeks`: whole school weeks of one period. */
export function schoolPeriodWeeks(period: SchoolPeriodDraft): number {
  return Math.floor(weekdaysBetweenInclusive(period.startDate, period.endDate) / SCHOOL_DAYS_PER_WEEK);
}

/** `Programme.totalSchoolWeeks`: whole school weeks of all periods together (see above). */
export function totalSchoolWeeks(periods: readonly SchoolPeriodDraft[]): number {
  const sorted = periods.filter(isValidPeriod).sort((a, b) => compareDates(a.startDate, b.startDate));
  let weekdays = 0;
  let coveredUntil: number | null = null; // day number of the last day already counted
  for (const period of sorted) {
    const start = toDayNumber(period.startDate);
    const end = toDayNumber(period.endDate);
    const firstNew = coveredUntil === null ? start : Math.max(start, coveredUntil + 1);
    if (firstNew <= end) weekdays += weekdaysBetweenInclusive(fromDayNumber(firstNew), period.endDate);
    coveredUntil = coveredUntil === null ? end : Math.max(coveredUntil, end);
  }
  return Math.floor(weekdays / SCHOOL_DAYS_PER_WEEK);
}

const periodField = (index: number, key: 'startDate' | 'endDate') => `input.schoolPeriods[${index}].${key}`;

/** SCHOOL_PERIOD_INVALID, SCHOOL_PERIOD_OUTSIDE_PROGRAMME and SCHOOL_PERIODS_OVERLAP, every one found. */
export function schoolPeriodViolations(
  periods: readonly SchoolPeriodDraft[],
  programmeStart: CalendarDate,
  programmeEnd: CalendarDate,
): RuleViolation[] {
  const violations: RuleViolation[] = [];
  periods.forEach((period, index) => {
    const label = `School period ${index + 1}`;
    if (!isValidPeriod(period)) {
      violations.push(
        violation(
          ProgrammeRuleCode.SCHOOL_PERIOD_INVALID,
          `${label} ends (${period.endDate}) before it starts (${period.startDate})`,
          periodField(index, 'endDate'),
        ),
      );
    }
    if (isBefore(period.startDate, programmeStart)) {
      violations.push(
        violation(
          ProgrammeRuleCode.SCHOOL_PERIOD_OUTSIDE_PROGRAMME,
          `${label} starts (${period.startDate}) before the programme starts (${programmeStart})`,
          periodField(index, 'startDate'),
        ),
      );
    }
    if (isAfter(period.endDate, programmeEnd)) {
      violations.push(
        violation(
          ProgrammeRuleCode.SCHOOL_PERIOD_OUTSIDE_PROGRAMME,
          `${label} ends (${period.endDate}) after the programme ends (${programmeEnd})`,
          periodField(index, 'endDate'),
        ),
      );
    }
  });
  violations.push(...overlapViolations(periods));
  return violations;
}

/** One violation per overlapping pair (adjacent periods, one ending the day before the next starts, are fine). */
function overlapViolations(periods: readonly SchoolPeriodDraft[]): RuleViolation[] {
  const violations: RuleViolation[] = [];
  for (let later = 1; later < periods.length; later += 1) {
    for (let earlier = 0; earlier < later; earlier += 1) {
      const a = periods[earlier];
      const b = periods[later];
      if (!isValidPeriod(a) || !isValidPeriod(b)) continue;
      if (rangesOverlap(a.startDate, a.endDate, b.startDate, b.endDate)) {
        violations.push(
          violation(
            ProgrammeRuleCode.SCHOOL_PERIODS_OVERLAP,
            `School period ${later + 1} overlaps school period ${earlier + 1}`,
            periodField(later, 'startDate'),
          ),
        );
      }
    }
  }
  return violations;
}
