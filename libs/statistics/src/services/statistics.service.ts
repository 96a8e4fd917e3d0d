import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@igu/clock';
import { queryRows } from '@igu/database';
import { DataSource } from 'typeorm';
import { StatisticsException, StatisticsExceptionCode } from '../errors/statistics.exception.js';
import { type Figure, type MunicipalityStatsView, sortStats, toStatsView } from '../rules/municipality-stats.view.js';
import { checkPeriod, DEFAULT_TREND_MONTHS, type StatisticsPeriod, trendMonths } from '../rules/statistics-period.js';
import { MUNICIPALITY_STATS_SQL, type MunicipalityStatsRow, municipalityStatsParameters } from './municipality-stats.sql.js';

/** Codes beyond smallint would make PostgreSQL fail on the parameter: they are unknown codes. */
function isCode(value: number): boolean {
  return Number.isInteger(value) && value > 0 && value <= 9999;
}

/**
 * Municipality statistics (docs/domain.md §12): aggregates only, so every
 * signed-in role may read them; small counts are suppressed before anything
 * leaves this service.
 */
@Injectable()
export class StatisticsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** Every municipality (or one region's) over one period, in Danish name order unless `sortBy` names a figure. */
  async municipalityStats(
    from: unknown,
    to: unknown,
    regionCode: number | null = null,
    sortBy: Figure | null = null,
  ): Promise<MunicipalityStatsView[]> {
    const period = checkPeriod(from, to);
    if (regionCode !== null) await this.assertRegion(regionCode);
    const rows = await this.compute([period], regionCode, null);
    return sortStats(rows, sortBy);
  }

  /** One municipality month by month, oldest first, ending with the current month. */
  async municipalityTrend(municipalityCode: number, months = DEFAULT_TREND_MONTHS): Promise<MunicipalityStatsView[]> {
    const periods = trendMonths(this.clock.today(), months);
    await this.assertMunicipality(municipalityCode);
    return this.compute(periods, null, municipalityCode);
  }

  private async compute(
    periods: StatisticsPeriod[],
    regionCode: number | null,
    municipalityCode: number | null,
  ): Promise<MunicipalityStatsView[]> {
    const rows = await queryRows<MunicipalityStatsRow>(
      this.dataSource,
      MUNICIPALITY_STATS_SQL,
      municipalityStatsParameters({ periods, regionCode, municipalityCode, today: this.clock.today() }),
    );
    return rows.map(toStatsView);
  }

  private async assertRegion(code: number): Promise<void> {
    const found = isCode(code) && (await queryRows(this.dataSource, 'SELECT 1 FROM region WHERE code = $1', [code])).length > 0;
    if (!found) throw new StatisticsException(StatisticsExceptionCode.UNKNOWN_REGION, 'No region has that code', 'regionCode');
  }

  private async assertMunicipality(code: number): Promise<void> {
    const found = isCode(code) && (await queryRows(this.dataSource, 'SELECT 1 FROM municipality WHERE code = $1', [code])).length > 0;
    if (!found)
      throw new StatisticsException(StatisticsExceptionCode.UNKNOWN_MUNICIPALITY, 'No municipality has that code', 'municipalityCode');
  }
}
