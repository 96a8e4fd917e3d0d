import { describe, expect, it } from '@jest/globals';
import { Temporal } from 'temporal-polyfill';
import { fromDayNumber, toDayNumber } from './day-number.js';

const EPOCH = Temporal.PlainDate.from('1970-01-01');

describe('day numbers', () => {
  it('agree with Temporal for every day 1899–2101', () => {
    const mismatches: string[] = [];
    for (let date = Temporal.PlainDate.from('1899-01-01'); date.year <= 2101; date = date.add({ days: 1 })) {
      const iso = date.toString();
      const dayNumber = EPOCH.until(date).days;
      if (toDayNumber(iso) !== dayNumber || fromDayNumber(dayNumber) !== iso) mismatches.push(iso);
    }
    expect(mismatches).toEqual([]);
  });

  it('agree with Temporal across the whole 0000–9999 range (every 997th day)', () => {
    const mismatches: string[] = [];
    const last = EPOCH.until(Temporal.PlainDate.from('9999-12-31')).days;
    for (let dayNumber = EPOCH.until(Temporal.PlainDate.from('0000-01-01')).days; dayNumber <= last; dayNumber += 997) {
      const iso = EPOCH.add({ days: dayNumber }).toString();
      if (toDayNumber(iso) !== dayNumber || fromDayNumber(dayNumber) !== iso) mismatches.push(iso);
    }
    expect(mismatches).toEqual([]);
  });

  it('handle years before 100 that Date.UTC would shift to 19xx', () => {
    expect(fromDayNumber(toDayNumber('0050-03-01'))).toBe('0050-03-01');
    expect(toDayNumber('0050-03-01') - toDayNumber('0050-02-28')).toBe(1);
  });

  it('throw on malformed dates instead of guessing', () => {
    expect(() => toDayNumber('2023-02-29')).toThrow(RangeError);
    expect(() => toDayNumber('2025-1-01')).toThrow(RangeError);
    expect(() => fromDayNumber(1.5)).toThrow(RangeError);
    expect(() => fromDayNumber(toDayNumber('9999-12-31') + 1)).toThrow(RangeError);
  });
});
