import { describe, expect, it } from '@jest/globals';
import type { MunicipalityStatsRow } from '../services/municipality-stats.sql.js';
import { sortStats, toStatsView } from './municipality-stats.view.js';

function row(overrides: Partial<MunicipalityStatsRow>): MunicipalityStatsRow {
  return {
    code: 101,
    name: 'København',
    regionCode: 1084,
    latitude: 55.68,
    longitude: 12.57,
    population: 650_000,
    jobcentreId: '00000000-0000-4000-8000-000000000001',
    from: '2026-01-01',
    to: '2026-12-31',
    candidatesArrived: 0,
    offeredWithin14DaysCount: 0,
    offeredWithin1MonthCount: 0,
    offeredCount: 0,
    offeredWithin14Days: null,
    offeredWithin1Month: null,
    medianDaysToFirstOffer: null,
    overdueWithoutOffer: 0,
    proposalsSent: 0,
    crossMunicipalityPlacements: 0,
    iguStarted: 0,
    iguActive: 0,
    ...overrides,
  };
}

const FIVE_EVERYWHERE = {
  candidatesArrived: 10,
  offeredWithin14DaysCount: 5,
  offeredWithin1MonthCount: 5,
  offeredCount: 5,
  offeredWithin14Days: 0.5,
  offeredWithin1Month: 0.5,
  medianDaysToFirstOffer: 7.5,
  overdueWithoutOffer: 5,
  proposalsSent: 5,
  crossMunicipalityPlacements: 5,
  iguStarted: 5,
  iguActive: 5,
};

describe('a municipality row as shown', () => {
  it('shows zeros as zeros (0 is not suppressed)', () => {
    const view = toStatsView(row({}));
    expect(view.suppressed).toBe(false);
    expect(view).toMatchObject({ candidatesArrived: 0, proposalsSent: 0, iguActive: 0, offeredWithin14Days: null });
  });

  it('shows a row whose counts are all 5 or more (5 is not suppressed)', () => {
    expect(toStatsView(row(FIVE_EVERYWHERE))).toEqual(
      expect.objectContaining({
        suppressed: false,
        candidatesArrived: 10,
        offeredWithin14Days: 0.5,
        offeredWithin1Month: 0.5,
        medianDaysToFirstOffer: 7.5,
        overdueWithoutOffer: 5,
        proposalsSent: 5,
        crossMunicipalityPlacements: 5,
        iguStarted: 5,
        iguActive: 5,
      }),
    );
  });

  it.each([1, 4])('suppresses the whole row when one count is %i', (small) => {
    for (const count of ['candidatesArrived', 'offeredWithin14DaysCount', 'offeredCount', 'overdueWithoutOffer', 'iguActive'] as const) {
      const view = toStatsView(row({ ...FIVE_EVERYWHERE, [count]: small }));
      expect(view.suppressed).toBe(true);
      expect([view.candidatesArrived, view.offeredWithin14Days, view.medianDaysToFirstOffer, view.iguStarted, view.iguActive]).toEqual([
        null,
        null,
        null,
        null,
        null,
      ]);
      expect(view.municipality.name).toBe('København');
    }
  });

  it('sorts by name in Danish order, or by a figure largest first with suppressed rows last', () => {
    const rows = [
      toStatsView(row({ name: 'Aarhus', ...FIVE_EVERYWHERE, proposalsSent: 7 })),
      toStatsView(row({ name: 'Ærø' })),
      toStatsView(row({ name: 'Odense', ...FIVE_EVERYWHERE, proposalsSent: 2 })),
      toStatsView(row({ name: 'Aabenraa', ...FIVE_EVERYWHERE, proposalsSent: 9 })),
    ];
    expect(sortStats([...rows], null).map((r) => r.municipality.name)).toEqual(['Odense', 'Ærø', 'Aabenraa', 'Aarhus']);
    expect(sortStats([...rows], 'proposalsSent').map((r) => r.municipality.name)).toEqual(['Aabenraa', 'Aarhus', 'Ærø', 'Odense']);
  });
});
