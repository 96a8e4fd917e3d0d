import { Temporal } from 'temporal-polyfill';

/**
 * Calendar dates as 'YYYY-MM-DD' strings, end to end (GraphQL `Date` scalar,
 * PostgreSQL `date` columns): no time zone can shift them, and two dates
 * compare correctly as strings.
 *
 * The arithmetic is `Temporal.PlainDate`'s (temporal-polyfill until Node ships
 * Temporal). This module adds only the domain's conventions: strict
 * YYYY-MM-DD in and out (years 0000–9999), month arithmetic clamped to the
 * month's end, and 29 February anniversaries on 1 March.
 *
 * Callers pass validated dates (the `Date` scalar already rejects 2023-02-29);
 * a malformed value is a programming error and throws a RangeError.
 */
export type CalendarDate = string;

// Temporal also reads '+002024-01-01' and '2024-01-01T10:00'; the domain's form is exactly this.
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written YYYY-MM-DD (not 2023-02-29, not 2024-1-01). */
export function isCalendarDate(value: string): boolean {
  return plainDateOf(value) !== null;
}

export function parseCalendarDate(value: CalendarDate): Temporal.PlainDate {
  const date = plainDateOf(value);
  if (date === null) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  return date;
}

function plainDateOf(value: string): Temporal.PlainDate | null {
  let date = parsed.get(value);
  if (date === undefined) {
    if (!DATE_PATTERN.test(value)) return null;
    try {
      date = Temporal.PlainDate.from(value);
    } catch {
      return null;
    }
    if (parsed.size >= 10_000) parsed.clear();
    parsed.set(value, date);
  }
  return date;
}

// Parsed dates, remembered: rules see the same few dates (a start date, a
// birth date) many times over, and a PlainDate is immutable.
const parsed = new Map<string, Temporal.PlainDate>();

function format(date: Temporal.PlainDate): CalendarDate {
  if (date.year < 0 || date.year > 9999) throw new RangeError(`Year out of range: ${date.year}`);
  return date.toString();
}

export function isLeapYear(year: number): boolean {
  return Temporal.PlainYearMonth.from({ year, month: 1 }).inLeapYear;
}

export function daysInMonth(year: number, month: number): number {
  return Temporal.PlainYearMonth.from({ year, month }, { overflow: 'reject' }).daysInMonth;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
  return format(parseCalendarDate(date).add({ days }));
}

/**
 * Calendar months; a day that does not exist in the target month is clamped to
 * its last day (2024-01-31 + 1 month = 2024-02-29; 2024-02-29 + 12 months =
 * 2025-02-28), as Temporal's default overflow and PostgreSQL's
 * `date + interval 'n months'` do.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  if (!Number.isInteger(months)) throw new RangeError(`Not a whole number of months: ${months}`);
  return format(parseCalendarDate(date).add({ months }));
}

/**
 * The date `years` years after `date`: the N-th birthday, or the N-th
 * anniversary of an arrival. Convention for 29 February: in a year without
 * one, the anniversary is 1 March (the day after 28 February), so a person
 * born on 29 February 2004 turns 18 on 1 March 2022. Danish practice counts
 * age by birthdays; this fixes the one case a calendar leaves open (Temporal's
 * `add({ years })` would clamp to 28 February, so it is not used here).
 */
export function anniversary(date: CalendarDate, years: number): CalendarDate {
  if (!Number.isInteger(years)) throw new RangeError(`Not a whole number of years: ${years}`);
  const from = parseCalendarDate(date);
  const moved = from.with({ year: from.year + years }); // 29 February → 28 February in a common year…
  return format(moved.day === from.day ? moved : moved.add({ days: 1 })); // …so the day after: 1 March
}

/** Full years completed on `on` (the age of someone born on `from`), by the anniversary convention above. */
export function fullYearsBetween(from: CalendarDate, on: CalendarDate): number {
  const years = parseCalendarDate(on).year - parseCalendarDate(from).year;
  return anniversary(from, years) <= on ? years : years - 1;
}

/** -1, 0 or 1, for sorting and comparisons. */
export function compareDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  return Temporal.PlainDate.compare(parseCalendarDate(a), parseCalendarDate(b)) as -1 | 0 | 1;
}

export function isBefore(a: CalendarDate, b: CalendarDate): boolean {
  return compareDates(a, b) < 0;
}

export function isAfter(a: CalendarDate, b: CalendarDate): boolean {
  return compareDates(a, b) > 0;
}

/** `to − from` in days (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return parseCalendarDate(from).until(parseCalendarDate(to), { largestUnit: 'days' }).days;
}

/** Whole weeks from `from` to `to`, truncated toward zero (6 days = 0 weeks, 14 days = 2). */
export function wholeWeeksBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.trunc(daysBetween(from, to) / 7) + 0; // + 0 turns −0 into 0
}

/** Days in the inclusive range [start, end]; 0 when end is before start. */
export function inclusiveDays(start: CalendarDate, end: CalendarDate): number {
  return Math.max(0, daysBetween(start, end) + 1);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: CalendarDate): number {
  return parseCalendarDate(date).dayOfWeek;
}

/** Monday–Friday days in the inclusive range [start, end]; 0 when end is before start. */
export function weekdaysBetweenInclusive(start: CalendarDate, end: CalendarDate): number {
  const days = inclusiveDays(start, end);
  const fullWeeks = Math.floor(days / 7);
  let weekdays = fullWeeks * 5;
  let weekday = isoWeekday(start);
  for (let rest = days - fullWeeks * 7; rest > 0; rest -= 1) {
    if (weekday <= 5) weekdays += 1;
    weekday = (weekday % 7) + 1;
  }
  return weekdays;
}

/** True when the inclusive ranges [aStart, aEnd] and [bStart, bEnd] share at least one day. */
export function rangesOverlap(aStart: CalendarDate, aEnd: CalendarDate, bStart: CalendarDate, bEnd: CalendarDate): boolean {
  return !isAfter(aStart, bEnd) && !isAfter(bStart, aEnd);
}
