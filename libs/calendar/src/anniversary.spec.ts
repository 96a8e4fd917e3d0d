import { describe, expect, it } from '@jest/globals';
import { addDays, addMonths, anniversary, fullYearsBetween, isCalendarDate, parseCalendarDate } from './calendar-date.js';

describe('calendar dates (eligibility cases)', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-03-31', 1, '2024-04-30'],
    ['2024-12-15', 1, '2025-01-15'],
    ['2024-05-20', 24, '2026-05-20'],
    ['2024-03-31', -1, '2024-02-29'],
  ])('%s + %i months = %s (clamped at month end)', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-12-31', 1, '2024-01-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2024-01-20', 14, '2024-02-03'],
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('puts the anniversary of 29 February on 1 March in years without one', () => {
    expect(anniversary('2004-02-29', 18)).toBe('2022-03-01');
    expect(anniversary('2004-02-29', 20)).toBe('2024-02-29');
    expect(anniversary('2004-02-28', 18)).toBe('2022-02-28');
    expect(anniversary('2020-06-15', -5)).toBe('2015-06-15');
  });

  it.each([
    ['2004-02-29', '2022-02-28', 17],
    ['2004-02-29', '2022-03-01', 18],
    ['2004-02-29', '2024-02-28', 19],
    ['2004-02-29', '2024-02-29', 20],
    ['1990-06-15', '2020-06-14', 29],
    ['1990-06-15', '2020-06-15', 30],
    ['1990-12-31', '1991-12-30', 0],
  ])('born %s is %i… on %s', (born, on, years) => {
    expect(fullYearsBetween(born, on)).toBe(years);
  });

  it('rejects what is not a real date', () => {
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(() => parseCalendarDate('2024-1-1')).toThrow(RangeError);
    expect(() => addDays('2024-13-01', 1)).toThrow(RangeError);
  });
});
