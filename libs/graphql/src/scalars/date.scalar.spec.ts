import { describe, expect, it } from '@jest/globals';
import { Kind } from 'graphql';
import { isCalendarDate } from '@igu/calendar';
import { DateScalar } from './date.scalar.js';

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

  it.each(['1900-01-01', '2026-11-23', '2199-12-31'])('accepts %s from clients', (value) => {
    expect(DateScalar.parseValue(value)).toBe(value);
    expect(DateScalar.parseLiteral({ kind: Kind.STRING, value })).toBe(value);
  });

  it.each(['9999-12-31', '2200-01-01', '1899-12-31', '0099-01-01', '0001-01-01'])('refuses %s from clients with a clear range', (value) => {
    expect(() => DateScalar.parseValue(value)).toThrow('Date must lie between 1900-01-01 and 2199-12-31');
    expect(() => DateScalar.parseLiteral({ kind: Kind.STRING, value })).toThrow(/1900-01-01 and 2199-12-31/);
  });

  it('still serialises stored dates outside the input range', () => {
    expect(DateScalar.serialize('9999-12-31')).toBe('9999-12-31');
  });
});
