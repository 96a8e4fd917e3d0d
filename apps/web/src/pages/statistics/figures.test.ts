import { describe, expect, it } from 'vitest';
import { formatFigure, formatMapValue, lastTwelveMonths, mapValueOf, rank } from './figures.js';

const days = (n: string) => `${n} dage`;

describe('statistics figures', () => {
  it('formats shares, the median and counts the Danish way', () => {
    expect(formatFigure('offeredWithin14Days', 0.4286, days)).toMatch(/^42,9\s%$/);
    expect(formatFigure('medianDaysToFirstOffer', 14.5, days)).toBe('14,5 dage');
    expect(formatFigure('proposalsSent', 1200, days)).toBe('1.200');
    expect(mapValueOf('offeredWithin1Month', 0.666)).toBe(67);
    expect(formatMapValue('offeredWithin1Month', 67, days)).toBe('67 %');
  });

  it('ranks largest first, the median smallest first, empty values last', () => {
    const row = (name: string, value: number | null) => ({
      name,
      offeredWithin14Days: value,
      offeredWithin1Month: value,
      medianDaysToFirstOffer: value,
      candidatesArrived: value,
      overdueWithoutOffer: value,
      proposalsSent: value,
      crossMunicipalityPlacements: value,
      iguStarted: value,
      iguActive: value,
    });
    const rows = [row('Aarhus', 3), row('Odense', null), row('Ærø', 9)];
    expect(rank(rows, 'proposalsSent', (r) => r.name).map((r) => r.name)).toEqual(['Ærø', 'Aarhus', 'Odense']);
    expect(rank(rows, 'medianDaysToFirstOffer', (r) => r.name).map((r) => r.name)).toEqual(['Aarhus', 'Ærø', 'Odense']);
  });

  it('gives the last twelve months in Copenhagen days', () => {
    expect(lastTwelveMonths(new Date('2026-03-31T22:30:00Z'))).toEqual({ from: '2025-04-02', to: '2026-04-01' });
  });
});
