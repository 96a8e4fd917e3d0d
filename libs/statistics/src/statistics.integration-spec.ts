import { beforeAll, describe, expect, it } from '@jest/globals';
import { FixedDayClock } from '@igu/clock';
import { buildStatisticsScenario, StatisticsFixture } from '@igu/matching-fixtures';
import { useTestDataSource } from '@igu/testing';
import { StatisticsException } from './errors/statistics.exception.js';
import type { MunicipalityStatsView } from './rules/municipality-stats.view.js';
import { StatisticsService } from './services/statistics.service.js';

const TODAY = '2026-11-02';
const KOBENHAVN = 101;
const AARHUS = 751;
const ODENSE = 461;
const AALBORG = 851;

/** The data: `buildStatisticsScenario` (libs/matching-fixtures), each figure worked out next to its rows. */

function byCode(rows: MunicipalityStatsView[], code: number): MunicipalityStatsView {
  const row = rows.find((r) => r.municipality.code === code);
  if (!row) throw new Error(`no row for ${code}`);
  return row;
}

async function reasonOf(run: Promise<unknown>): Promise<string | undefined> {
  try {
    await run;
  } catch (error) {
    if (error instanceof StatisticsException) return error.code;
    throw error;
  }
  return undefined;
}

describe('municipality statistics on hand-built data', () => {
  const db = useTestDataSource('statistics-test');
  let service: StatisticsService;
  let march: MunicipalityStatsView[];

  beforeAll(async () => {
    await buildStatisticsScenario(await StatisticsFixture.create(db.dataSource));
    service = new StatisticsService(db.dataSource, new FixedDayClock(TODAY));
    march = await service.municipalityStats('2026-03-01', '2026-03-31');
  });

  it('computes every figure of a municipality', () => {
    expect(byCode(march, KOBENHAVN)).toEqual({
      municipality: expect.objectContaining({ code: KOBENHAVN, name: 'København' }),
      from: '2026-03-01',
      to: '2026-03-31',
      suppressed: false,
      candidatesArrived: 15,
      offeredWithin14Days: 5 / 15,
      offeredWithin1Month: 10 / 15,
      medianDaysToFirstOffer: 14.5, // five times 9 and five times 20 days: the mean of the middle two
      overdueWithoutOffer: 5,
      proposalsSent: 11, // 6 + 5; by UTC days it would be 5 + 3 + 2
      crossMunicipalityPlacements: 5,
      iguStarted: 5,
      iguActive: 10, // started 10 March, and the five terminated on 31 March (their last day)
    });
  });

  it('lists all 98 municipalities in Danish order, those without activity as zeros', () => {
    expect(march).toHaveLength(98);
    expect(march.slice(-4).map((r) => r.municipality.name)).toEqual(['Ærø', 'Aabenraa', 'Aalborg', 'Aarhus']);
    expect(byCode(march, 147)).toMatchObject({
      suppressed: false,
      candidatesArrived: 0,
      proposalsSent: 0,
      iguActive: 0,
      offeredWithin14Days: null,
    });
  });

  it('suppresses a row with a count of 1 or 4, shows one with 0 or 5', () => {
    expect(byCode(march, AARHUS)).toMatchObject({
      suppressed: true,
      candidatesArrived: null,
      overdueWithoutOffer: null,
      proposalsSent: null,
    });
    expect(byCode(march, ODENSE)).toMatchObject({ suppressed: true, candidatesArrived: null });
    expect(byCode(march, AALBORG)).toMatchObject({
      suppressed: false,
      candidatesArrived: 5,
      offeredWithin14Days: 0,
      offeredWithin1Month: 0,
      medianDaysToFirstOffer: null,
      overdueWithoutOffer: 5,
    });
  });

  it('counts a single day, and nothing on the days around a period', async () => {
    const lastDay = byCode(await service.municipalityStats('2026-03-31', '2026-03-31'), KOBENHAVN);
    expect(lastDay).toMatchObject({
      candidatesArrived: 5,
      proposalsSent: 5,
      offeredWithin14Days: 0,
      offeredWithin1Month: 1,
      medianDaysToFirstOffer: 20,
    });
    const firstDay = byCode(await service.municipalityStats('2026-03-01', '2026-03-01'), KOBENHAVN);
    expect(firstDay).toMatchObject({ candidatesArrived: 5, proposalsSent: 6, offeredWithin14Days: 1, medianDaysToFirstOffer: 9 });
  });

  it('filters by region', async () => {
    const [{ region_code: hovedstaden }] = await db.dataSource.query<{ region_code: number }[]>(
      'SELECT region_code FROM municipality WHERE code = 101',
    );
    const rows = await service.municipalityStats('2026-03-01', '2026-03-31', hovedstaden);
    const [{ n }] = await db.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM municipality WHERE region_code = $1', [
      hovedstaden,
    ]);
    expect(rows).toHaveLength(n);
    expect(rows.every((r) => r.municipality.regionCode === hovedstaden)).toBe(true);
    expect(byCode(rows, KOBENHAVN).candidatesArrived).toBe(15);
    expect(rows.some((r) => r.municipality.code === AARHUS)).toBe(false);
  });

  it('sorts by a figure when asked', async () => {
    const rows = await service.municipalityStats('2026-03-01', '2026-03-31', null, 'candidatesArrived');
    expect(rows.slice(0, 2).map((r) => r.municipality.code)).toEqual([KOBENHAVN, AALBORG]);
    expect(rows.slice(-2).every((r) => r.suppressed)).toBe(true);
  });

  it('gives a monthly trend, suppressed the same way, the current month up to today', async () => {
    const trend = await service.municipalityTrend(KOBENHAVN);
    expect(trend.map((r) => r.from)).toEqual([
      '2025-12-01',
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
      '2026-04-01',
      '2026-05-01',
      '2026-06-01',
      '2026-07-01',
      '2026-08-01',
      '2026-09-01',
      '2026-10-01',
      '2026-11-01',
    ]);
    expect(trend.at(-1)?.to).toBe(TODAY);
    const month = (from: string) => trend.find((r) => r.from === from);
    // February: 5 arrivals, 4 proposals (the last evening of February) → suppressed.
    expect(month('2026-02-01')).toMatchObject({ suppressed: true, candidatesArrived: null });
    expect(month('2026-03-01')).toEqual(byCode(march, KOBENHAVN));
    expect(month('2026-04-01')).toMatchObject({
      suppressed: false,
      candidatesArrived: 5,
      overdueWithoutOffer: 5,
      proposalsSent: 5,
      iguActive: 5,
    });
    // December 2025: eight IGU active (from June 2025), nothing else.
    expect(month('2025-12-01')).toMatchObject({ suppressed: false, candidatesArrived: 0, iguActive: 8, iguStarted: 0 });
    expect(await service.municipalityTrend(KOBENHAVN, 3)).toHaveLength(3);
  });

  it('refuses bad input with a reason', async () => {
    expect(await reasonOf(service.municipalityStats('2026-04-01', '2026-03-31'))).toBe('PERIOD_INVERTED');
    expect(await reasonOf(service.municipalityStats('2020-01-01', '2026-03-31'))).toBe('PERIOD_TOO_LONG');
    expect(await reasonOf(service.municipalityStats('2026-01-01', '2026-03-31', 1099))).toBe('UNKNOWN_REGION');
    expect(await reasonOf(service.municipalityStats('2026-01-01', '2026-03-31', 99_999))).toBe('UNKNOWN_REGION');
    expect(await reasonOf(service.municipalityTrend(999))).toBe('UNKNOWN_MUNICIPALITY');
    expect(await reasonOf(service.municipalityTrend(KOBENHAVN, 0))).toBe('MONTHS_OUT_OF_RANGE');
  });
});
