import { addDays, addMonths, type CalendarDate, compareDates, daysInMonth, isCalendarDate } from '@igu/calendar';
import { StatisticsException, StatisticsExceptionCode } from '../errors/statistics.exception.js';

/** A period of Danish calendar days, both ends included. */
export interface StatisticsPeriod {
  from: CalendarDate;
  to: CalendarDate;
}

/** At most three years in one request: enough for any comparison, and it bounds the work one request can ask for. */
export const MAX_PERIOD_MONTHS = 36;
export const MAX_TREND_MONTHS = 36;
export const DEFAULT_TREND_MONTHS = 12;

/** Checks a requested period (the CSV route passes raw query strings, GraphQL already-parsed dates). */
export function checkPeriod(from: unknown, to: unknown): StatisticsPeriod {
  if (typeof from !== 'string' || !isCalendarDate(from))
    throw new StatisticsException(StatisticsExceptionCode.DATE_INVALID, 'from must be a date (YYYY-MM-DD)', 'from');
  if (typeof to !== 'string' || !isCalendarDate(to))
    throw new StatisticsException(StatisticsExceptionCode.DATE_INVALID, 'to must be a date (YYYY-MM-DD)', 'to');
  if (compareDates(from, to) > 0) throw new StatisticsException(StatisticsExceptionCode.PERIOD_INVERTED, 'from must not be after to', 'to');
  if (compareDates(to, addDays(addMonths(from, MAX_PERIOD_MONTHS), -1)) > 0)
    throw new StatisticsException(StatisticsExceptionCode.PERIOD_TOO_LONG, `The period may be at most ${MAX_PERIOD_MONTHS} months`, 'to');
  return { from, to };
}

/**
 * The calendar months of a trend, oldest first, ending with the month of
 * `today`; that month runs only to today (it is not over yet).
 */
export function trendMonths(today: CalendarDate, months: number): StatisticsPeriod[] {
  if (!Number.isInteger(months) || months < 1 || months > MAX_TREND_MONTHS)
    throw new StatisticsException(StatisticsExceptionCode.MONTHS_OUT_OF_RANGE, `months must be from 1 to ${MAX_TREND_MONTHS}`, 'months');
  const firstOfThisMonth = `${today.slice(0, 8)}01`;
  return Array.from({ length: months }, (_, index) => {
    const from = addMonths(firstOfThisMonth, index - months + 1);
    const lastDay = `${from.slice(0, 8)}${String(daysInMonth(Number(from.slice(0, 4)), Number(from.slice(5, 7)))).padStart(2, '0')}`;
    return { from, to: compareDates(lastDay, today) > 0 ? today : lastDay };
  });
}
