import { Inject } from '@nestjs/common';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@igu/access';
import type { CalendarDate } from '@igu/calendar';
import { DateScalar } from '@igu/graphql';
import type { MunicipalityStatsView } from '../rules/municipality-stats.view.js';
import { DEFAULT_TREND_MONTHS } from '../rules/statistics-period.js';
import { StatisticsService } from '../services/statistics.service.js';
import { MunicipalityStatsObject, MunicipalityStatsSort, SORT_FIGURE } from './municipality-stats.object.js';

/** Aggregates with small counts suppressed: every signed-in role (docs/domain.md §12). */
export const STATISTICS_ROLES = [Role.EMPLOYER, Role.JOBCENTRE, Role.UNION_REP, Role.ADMIN] as const;

@Resolver()
export class StatisticsResolver {
  constructor(@Inject(StatisticsService) private readonly statistics: StatisticsService) {}

  @Roles(...STATISTICS_ROLES)
  @Query(() => [MunicipalityStatsObject], {
    description:
      'Per municipality of the candidate, for candidates who arrived in [from, to]; a row with a count from 1 to 4 is suppressed',
  })
  municipalityStats(
    @Args('from', { type: () => DateScalar }) from: CalendarDate,
    @Args('to', { type: () => DateScalar }) to: CalendarDate,
    @Args('regionCode', { type: () => Int, nullable: true }) regionCode: number | null,
    @Args('sort', { type: () => MunicipalityStatsSort, nullable: true, defaultValue: MunicipalityStatsSort.MUNICIPALITY_NAME })
    sort: MunicipalityStatsSort | null,
  ): Promise<MunicipalityStatsView[]> {
    return this.statistics.municipalityStats(from, to, regionCode ?? null, SORT_FIGURE[sort ?? MunicipalityStatsSort.MUNICIPALITY_NAME]);
  }

  @Roles(...STATISTICS_ROLES)
  @Query(() => [MunicipalityStatsObject], {
    description: 'One municipality by calendar month, oldest first; the current month runs to today',
  })
  municipalityTrend(
    @Args('municipalityCode', { type: () => Int }) municipalityCode: number,
    @Args('months', { type: () => Int, nullable: true, defaultValue: DEFAULT_TREND_MONTHS }) months: number | null,
  ): Promise<MunicipalityStatsView[]> {
    return this.statistics.municipalityTrend(municipalityCode, months ?? DEFAULT_TREND_MONTHS);
  }
}
