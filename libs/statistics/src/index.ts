export { StatisticsGraphqlModule, StatisticsModule } from './statistics.module.js';
export { StatisticsService } from './services/statistics.service.js';
export { MUNICIPALITY_STATS_SQL, municipalityStatsParameters, type MunicipalityStatsRow } from './services/municipality-stats.sql.js';
export { type MunicipalityStatsView, type Figure, FIGURES } from './rules/municipality-stats.view.js';
export { SUPPRESSION_THRESHOLD, mustSuppress } from './rules/suppression.js';
export { StatisticsException, StatisticsExceptionCode } from './errors/statistics.exception.js';
export { municipalityStatsCsv } from './http/municipality-csv.js';
