import { Module } from '@nestjs/common';
import { exceptionMapperProvider } from '@igu/graphql';
import { StatisticsException } from './errors/statistics.exception.js';
import { statisticsExceptionToAppError } from './graphql/statistics-exception.mapper.js';
import { StatisticsResolver } from './graphql/statistics.resolver.js';
import { MunicipalityReportController } from './http/municipality-report.controller.js';
import { StatisticsService } from './services/statistics.service.js';

/** Core: the statistics read model, for every process that needs it (API, benchmarks). */
@Module({
  providers: [StatisticsService],
  exports: [StatisticsService],
})
export class StatisticsModule {}

/** GraphQL and the CSV report route; imported by the API only. */
@Module({
  imports: [StatisticsModule],
  controllers: [MunicipalityReportController],
  providers: [StatisticsResolver, exceptionMapperProvider(StatisticsException, statisticsExceptionToAppError)],
})
export class StatisticsGraphqlModule {}
