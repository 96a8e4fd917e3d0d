import { describe, expect, it } from '@jest/globals';
import { DateScalar, isCalendarDate } from './date.scalar.js';

describe('Date scalar', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['2024-1-01', false],
    ['2024-04-31', false],
    ['2027-12-31', true],
  ])('%s is a calendar date: %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });

  it('rejects non-dates from variables', () => {
    expect(() => DateScalar.parseValue('31-12-2027')).toThrow(/YYYY-MM-DD/);
    expect(() => DateScalar.parseValue(20271231)).toThrow(/YYYY-MM-DD/);
  });

  it('serialises a JS Date as its UTC calendar day', () => {
    expect(DateScalar.serialize(new Date('2026-11-23T10:00:00Z'))).toBe('2026-11-23');
  });
});
