export * from './entities/index.js';
export { assertMunicipalityCode, assertMunicipalityCodes, assertRegionCode, assertRegionCodes, isReferenceCode } from './codes.js';
export { ReferenceDataService } from './services/reference-data.service.js';
export {
  REFERENCE_DATA_CHANGED_CHANNEL,
  REFERENCE_DATA_LISTENER_APPLICATION_NAME,
  ReferenceDataCache,
} from './services/reference-data.cache.js';
export { ReferenceDataLoaders } from './services/reference-data.loaders.js';
export { ReferenceDataModule } from './reference-data.module.js';
export { ReferenceDataGraphqlModule } from './reference-data-graphql.module.js';
export {
  JobcentreObject,
  MunicipalityObject,
  OccupationObject,
  RegionObject,
  SkillObject,
  UnionObject,
} from './graphql/reference-data.objects.js';
export { REGION_CODES, seedReferenceData } from './seed/seed-reference-data.js';
export { LANGUAGE_LEVELS, LanguageLevel, languageLevelRank } from './language/language-level.js';
export { ReferenceDataException, ReferenceDataExceptionCode } from './errors/reference-data.exception.js';
