import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { Roles } from '@igu/access';
import type { Response } from 'express';
import { StatisticsException, StatisticsExceptionCode } from '../errors/statistics.exception.js';
import { STATISTICS_ROLES } from '../graphql/statistics.resolver.js';
import { checkPeriod } from '../rules/statistics-period.js';
import { StatisticsService } from '../services/statistics.service.js';
import { municipalityStatsCsv } from './municipality-csv.js';

function regionCodeOf(value: unknown): number | null {
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string' || !/^\d{1,4}$/.test(value))
    throw new StatisticsException(StatisticsExceptionCode.UNKNOWN_REGION, 'regionCode must be a region code', 'regionCode');
  return Number(value);
}

/** `GET /reports/municipalities.csv?from=…&to=…[&regionCode=…]`: the `municipalityStats` table for spreadsheets, with the Bearer token. */
@Controller('reports')
export class MunicipalityReportController {
  constructor(@Inject(StatisticsService) private readonly statistics: StatisticsService) {}

  @Roles(...STATISTICS_ROLES)
  @Get('municipalities.csv')
  async csv(
    @Query('from') from: unknown,
    @Query('to') to: unknown,
    @Query('regionCode') region: unknown,
    @Res() res: Response,
  ): Promise<void> {
    const period = checkPeriod(from, to);
    const rows = await this.statistics.municipalityStats(period.from, period.to, regionCodeOf(region));
    res
      .status(200)
      .set('Cache-Control', 'no-store') // a report of the moment, not for shared caches
      .type('text/csv; charset=utf-8')
      .attachment(`kommunestatistik-${period.from}-${period.to}.csv`)
      .send(municipalityStatsCsv(rows));
  }
}
