import { describe, expect, it } from '@jest/globals';
import { StatisticsException } from '../errors/statistics.exception.js';
import { checkPeriod, trendMonths } from './statistics-period.js';

function reasonOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof StatisticsException) return error.code;
    throw error;
  }
  return undefined;
}

describe('statistics periods', () => {
  it('accepts a single day and up to 36 months', () => {
    expect(checkPeriod('2026-03-31', '2026-03-31')).toEqual({ from: '2026-03-31', to: '2026-03-31' });
    expect(checkPeriod('2024-01-01', '2026-12-31')).toEqual({ from: '2024-01-01', to: '2026-12-31' });
  });

  it('refuses bad dates, inverted and too long periods with a reason', () => {
    expect(reasonOf(() => checkPeriod('2026-02-30', '2026-03-01'))).toBe('DATE_INVALID');
    expect(reasonOf(() => checkPeriod('2026-01-01', 'tomorrow'))).toBe('DATE_INVALID');
    expect(reasonOf(() => checkPeriod(undefined, '2026-03-01'))).toBe('DATE_INVALID');
    expect(reasonOf(() => checkPeriod('2026-03-02', '2026-03-01'))).toBe('PERIOD_INVERTED');
    expect(reasonOf(() => checkPeriod('2024-01-01', '2027-01-01'))).toBe('PERIOD_TOO_LONG');
  });

  it('splits a trend into calendar months ending with the current one, which runs to today', () => {
    expect(trendMonths('2026-03-15', 3)).toEqual([
      { from: '2026-01-01', to: '2026-01-31' },
      { from: '2026-02-01', to: '2026-02-28' },
      { from: '2026-03-01', to: '2026-03-15' },
    ]);
    expect(trendMonths('2026-11-02', 12)[0]).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(trendMonths('2024-03-01', 2)[0]).toEqual({ from: '2024-02-01', to: '2024-02-29' });
  });

  it('refuses a trend of no months or more than 36', () => {
    expect(reasonOf(() => trendMonths('2026-11-02', 0))).toBe('MONTHS_OUT_OF_RANGE');
    expect(reasonOf(() => trendMonths('2026-11-02', 37))).toBe('MONTHS_OUT_OF_RANGE');
    expect(reasonOf(() => trendMonths('2026-11-02', 1.5))).toBe('MONTHS_OUT_OF_RANGE');
  });
});
