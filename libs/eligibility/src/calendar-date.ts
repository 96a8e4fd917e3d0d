/**
 * Calendar dates as 'YYYY-MM-DD' strings, end to end (like the GraphQL Date
 * scalar and PostgreSQL `date` columns): no time zone can shift them, and two
 * dates compare correctly as strings.
 */
export type CalendarDate = string;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

interface Parts {
  year: number;
  month: number; // 1–12
  day: number;
}

export function parseCalendarDate(value: CalendarDate): Parts {
  const match = DATE_PATTERN.exec(value);
  const parts = match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
  if (!parts || parts.month < 1 || parts.month > 12 || parts.day < 1 || parts.day > daysInMonth(parts.year, parts.month)) {
    throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${value}`);
  }
  return parts;
}

export function isValidCalendarDate(value: string): boolean {
  try {
    parseCalendarDate(value);
    return true;
  } catch {
    return false;
  }
}

function format({ year, month, day }: Parts): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const { year, month, day } = parseCalendarDate(date);
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return format({ year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() });
}

/** Calendar months; a day that does not exist in the target month is clamped to its last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const { year, month, day } = parseCalendarDate(date);
  const index = year * 12 + (month - 1) + months;
  const target = { year: Math.floor(index / 12), month: (index % 12) + 1 };
  return format({ ...target, day: Math.min(day, daysInMonth(target.year, target.month)) });
}

/**
 * The date `years` years after `date`: the N-th birthday, or the N-th
 * anniversary of an arrival. Convention for 29 February: in a year without
 * one, the anniversary is 1 March (the day after 28 February), so a person
 * born on 29 February 2004 turns 18 on 1 March 2022. Danish practice counts
 * age by birthdays; this fixes the one case a calendar leaves open.
 */
export function anniversary(date: CalendarDate, years: number): CalendarDate {
  const { year, month, day } = parseCalendarDate(date);
  const target = year + years;
  if (month === 2 && day === 29 && !isLeapYear(target)) return format({ year: target, month: 3, day: 1 });
  return format({ year: target, month, day });
}

/** Full years completed on `on` (the age of someone born on `dateOfBirth`), by the anniversary convention above. */
export function fullYearsBetween(from: CalendarDate, on: CalendarDate): number {
  const years = parseCalendarDate(on).year - parseCalendarDate(from).year;
  return anniversary(from, years) <= on ? years : years - 1;
}

export function maxDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a >= b ? a : b;
}
