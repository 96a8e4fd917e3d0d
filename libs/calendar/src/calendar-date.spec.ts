import { describe, expect, it } from '@jest/globals';
import {
  addDays,
  addMonths,
  compareDates,
  daysBetween,
  daysInMonth,
  inclusiveDays,
  isAfter,
  isBefore,
  isCalendarDate,
  isoWeekday,
  rangesOverlap,
  weekdaysBetweenInclusive,
  wholeWeeksBetween,
} from './calendar-date.js';

const DAY_MS = 86_400_000;

describe('isCalendarDate', () => {
  it.each(['2024-02-29', '2000-02-29', '2023-12-31', '0001-01-01', '9999-12-31'])('accepts %s', (date) =>
    expect(isCalendarDate(date)).toBe(true),
  );
  it.each(['2023-02-29', '1900-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00', '2024-1-01', '20240101', ''])(
    'rejects %s',
    (date) => expect(isCalendarDate(date)).toBe(false),
  );
});

describe('malformed dates', () => {
  it('throw instead of guessing', () => {
    expect(() => addDays('31-01-2024', 1)).toThrow(RangeError);
    expect(() => addDays('2024-01-01T10:00', 1)).toThrow(RangeError);
    expect(() => addDays('+002024-01-01', 1)).toThrow(RangeError);
    expect(() => addDays('2024-01-01', 0.5)).toThrow(RangeError);
  });

  it('stay inside years 0000–9999', () => {
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addMonths('0000-01-15', -1)).toThrow(RangeError);
  });

  it('handle years before 100', () => {
    expect(daysBetween('0050-02-28', '0050-03-01')).toBe(1);
    expect(addDays('0050-02-28', 1)).toBe('0050-03-01');
  });
});

describe('addDays', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-01-01', -1, '2024-12-31'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2025-01-06', 90, '2025-04-06'],
    ['2025-03-30', 0, '2025-03-30'], // daylight-saving day in Denmark: no shift
  ])('%s %+d days = %s', (date, days, expected) => expect(addDays(date, days)).toBe(expected));
});

describe('addMonths (end-of-month clamping)', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-03-31', 1, '2024-04-30'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 24, '2026-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2024-12-15', 1, '2025-01-15'],
    ['2025-01-15', -13, '2023-12-15'],
    ['2024-08-31', 6, '2025-02-28'],
    ['2025-08-31', 6, '2026-02-28'],
    ['2025-05-17', 0, '2025-05-17'],
  ])('%s %+d months = %s', (date, months, expected) => expect(addMonths(date, months)).toBe(expected));

  it('agrees with a clamping reference for every day of 2023–2025 and offsets −25…25', () => {
    const mismatches: string[] = [];
    for (let ms = Date.UTC(2023, 0, 1); ms <= Date.UTC(2025, 11, 31); ms += DAY_MS) {
      const start = new Date(ms);
      const iso = start.toISOString().slice(0, 10);
      for (let months = -25; months <= 25; months += 1) {
        const first = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1));
        const year = first.getUTCFullYear();
        const month = first.getUTCMonth() + 1;
        const day = Math.min(start.getUTCDate(), daysInMonth(year, month));
        const expected = new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
        if (addMonths(iso, months) !== expected) mismatches.push(`${iso} ${months}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('refuses fractional months', () => expect(() => addMonths('2024-01-01', 0.5)).toThrow(RangeError));
});

describe('comparisons and distances', () => {
  it('compares by calendar order', () => {
    expect(compareDates('2024-02-29', '2024-03-01')).toBe(-1);
    expect(compareDates('2024-03-01', '2024-03-01')).toBe(0);
    expect(compareDates('2025-01-01', '2024-12-31')).toBe(1);
    expect(isBefore('2021-04-30', '2021-05-01')).toBe(true);
    expect(isBefore('2021-05-01', '2021-05-01')).toBe(false);
    expect(isAfter('2028-01-01', '2027-12-31')).toBe(true);
    expect(isAfter('2027-12-31', '2027-12-31')).toBe(false);
  });

  it('counts days, inclusive days and whole weeks', () => {
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29);
    expect(daysBetween('2023-02-01', '2023-03-01')).toBe(28);
    expect(daysBetween('2024-03-01', '2024-02-01')).toBe(-29);
    expect(inclusiveDays('2025-01-06', '2025-01-06')).toBe(1);
    expect(inclusiveDays('2025-01-06', '2025-01-05')).toBe(0);
    expect(wholeWeeksBetween('2025-01-06', '2025-01-12')).toBe(0); // 6 days
    expect(wholeWeeksBetween('2025-01-06', '2025-01-13')).toBe(1);
    expect(wholeWeeksBetween('2025-01-06', '2025-01-19')).toBe(1); // 13 days
    expect(wholeWeeksBetween('2025-01-06', '2025-01-20')).toBe(2);
    expect(wholeWeeksBetween('2025-01-13', '2025-01-07')).toBe(0); // −6 days
    expect(wholeWeeksBetween('2025-01-13', '2025-01-06')).toBe(-1);
  });
});

describe('weekdays', () => {
  it.each([
    ['1970-01-01', 4],
    ['1969-12-28', 7],
    ['2025-01-06', 1],
    ['2024-02-29', 4],
    ['2027-12-31', 5],
  ])('%s is ISO weekday %d', (date, weekday) => expect(isoWeekday(date)).toBe(weekday));

  it.each([
    ['2025-01-06', '2025-01-10', 5], // Mon–Fri
    ['2025-01-06', '2025-01-12', 5], // Mon–Sun
    ['2025-01-11', '2025-01-12', 0], // Sat–Sun
    ['2025-01-10', '2025-01-13', 2], // Fri–Mon
    ['2025-01-06', '2025-02-14', 30], // 6 weeks Mon–Fri
    ['2025-01-06', '2025-01-06', 1],
    ['2025-01-10', '2025-01-06', 0], // end before start
  ])('%s … %s has %d weekdays', (start, end, expected) => expect(weekdaysBetweenInclusive(start, end)).toBe(expected));

  it('agrees with counting day by day for all ranges up to 30 days in January–February 2024', () => {
    const mismatches: string[] = [];
    for (let s = Date.UTC(2024, 0, 1); s <= Date.UTC(2024, 1, 29); s += DAY_MS) {
      let count = 0;
      for (let e = s; e <= s + 30 * DAY_MS; e += DAY_MS) {
        const day = new Date(e).getUTCDay();
        if (day !== 0 && day !== 6) count += 1;
        const [start, end] = [new Date(s), new Date(e)].map((d) => d.toISOString().slice(0, 10)) as [string, string];
        if (weekdaysBetweenInclusive(start, end) !== count) mismatches.push(`${start} ${end}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe('rangesOverlap (inclusive ranges)', () => {
  it.each([
    ['2025-01-01', '2025-01-31', '2025-02-01', '2025-02-28', false], // adjacent
    ['2025-01-01', '2025-01-31', '2025-01-31', '2025-02-28', true], // share one day
    ['2025-01-01', '2025-03-31', '2025-02-01', '2025-02-28', true], // contained
    ['2025-02-01', '2025-02-28', '2025-01-01', '2025-01-31', false], // reversed order
    ['2025-01-15', '2025-01-15', '2025-01-15', '2025-01-15', true],
  ])('%s–%s vs %s–%s: %s', (aStart, aEnd, bStart, bEnd, expected) => {
    expect(rangesOverlap(aStart, aEnd, bStart, bEnd)).toBe(expected);
    expect(rangesOverlap(bStart, bEnd, aStart, aEnd)).toBe(expected);
  });
});
