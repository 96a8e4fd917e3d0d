// Matching test and benchmark data: the deterministic generator, its bulk
// insert, and the small fixtures the engine's unit tests build on. Imported by
// tests, the benchmarks and `npm run seed:scale`; never by the apps.
export {
  DEFAULT_GENERATOR_SEED,
  DEFAULT_GENERATOR_TODAY,
  GENERATOR_SIZES,
  generateMatchData,
  type GenerateOptions,
  type GeneratorSize,
  type MatchData,
} from './generate-match-data.js';
export { changeCandidate, changePosition, codesIn } from './random-changes.js';
export { SeededRandom } from './seeded-random.js';
export { type GeneratedPersonalData, insertMatchData } from './insert-match-data.js';
export { eligibilityTestDouble } from './eligibility-test-double.js';
export { AARHUS, KOBENHAVN, aCandidate, aPosition } from './match-fixtures.js';
export { generateStatisticsActivity, insertStatisticsActivity, StatisticsFixture, type StatisticsActivity } from './statistics-data.js';
export { buildStatisticsScenario } from './statistics-scenario.js';
