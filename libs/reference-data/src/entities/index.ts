import { JobcentreEntity } from './jobcentre.entity.js';
import { MunicipalityEntity } from './municipality.entity.js';
import { OccupationEntity } from './occupation.entity.js';
import { RegionEntity } from './region.entity.js';
import { SkillEntity } from './skill.entity.js';
import { TradeUnionEntity } from './trade-union.entity.js';

export { JobcentreEntity, MunicipalityEntity, OccupationEntity, RegionEntity, SkillEntity, TradeUnionEntity };

export const referenceDataEntities = [RegionEntity, JobcentreEntity, MunicipalityEntity, OccupationEntity, SkillEntity, TradeUnionEntity];
