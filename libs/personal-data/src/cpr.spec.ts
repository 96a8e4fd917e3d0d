import { describe, expect, it } from '@jest/globals';
import { centuryOf, maskCpr, parseCpr } from './cpr.js';

describe('CPR numbers', () => {
  it('accepts both written forms and derives the birth date', () => {
    expect(parseCpr('010190-1234')).toEqual({ digits: '0101901234', dateOfBirth: '1990-01-01' });
    expect(parseCpr('0101901234')).toEqual({ digits: '0101901234', dateOfBirth: '1990-01-01' });
  });

  it('never applies modulus 11 (numbers since 2007 may fail it)', () => {
    // 0101901235 fails modulus 11 but is a valid CPR.
    expect(parseCpr('010190-1235')).not.toBeNull();
  });

  it.each([
    ['3102901234', 'no 31 February'],
    ['2902011234', '1901 is not a leap year (digit 1 → 1900s)'],
    ['0113901234', 'no month 13'],
    ['010190-123', 'too short'],
    ['01019O-1234', 'not digits'],
    ['01-01-90-1234', 'wrong format'],
  ])('rejects %s (%s)', (input) => {
    expect(parseCpr(input)).toBeNull();
  });

  it.each([
    // [7th digit, YY, century]
    [0, 99, 1900],
    [3, 0, 1900],
    [4, 36, 2000],
    [4, 37, 1900],
    [9, 36, 2000],
    [9, 37, 1900],
    [5, 57, 2000],
    [5, 58, 1800],
    [8, 0, 2000],
    [8, 99, 1800],
  ])('7th digit %i with year %i means the %i s', (digit, year, century) => {
    expect(centuryOf(digit, year)).toBe(century);
  });

  it('uses the century rule for birth dates', () => {
    expect(parseCpr('290200-4000')?.dateOfBirth).toBe('2000-02-29');
    expect(parseCpr('150537-4000')?.dateOfBirth).toBe('1937-05-15');
    expect(parseCpr('150558-5000')?.dateOfBirth).toBe('1858-05-15');
    expect(parseCpr('150557-5000')?.dateOfBirth).toBe('2057-05-15');
  });

  it('masks all but the birth date', () => {
    expect(maskCpr('0101901234')).toBe('010190-XXXX');
  });
});
