import { alignByKey, groupByKey, type LoaderRegistry } from '@igu/graphql';
import type DataLoader from 'dataloader';
import type { JobcentreEntity } from '../entities/jobcentre.entity.js';
import type { MunicipalityEntity } from '../entities/municipality.entity.js';
import type { OccupationEntity } from '../entities/occupation.entity.js';
import type { RegionEntity } from '../entities/region.entity.js';
import type { SkillEntity } from '../entities/skill.entity.js';
import type { TradeUnionEntity } from '../entities/trade-union.entity.js';
import type { ReferenceDataService } from './reference-data.service.js';

/** Per-request batch loaders for reference data, usable by every feature's resolvers. */
export class ReferenceDataLoaders {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly service: ReferenceDataService,
  ) {}

  region(): DataLoader<number, RegionEntity | null> {
    return this.registry.get('reference.region', async (codes: readonly number[]) =>
      alignByKey(codes, await this.service.regionsByCodes(codes), (r) => r.code),
    );
  }

  municipality(): DataLoader<number, MunicipalityEntity | null> {
    return this.registry.get('reference.municipality', async (codes: readonly number[]) =>
      alignByKey(codes, await this.service.municipalitiesByCodes(codes), (m) => m.code),
    );
  }

  municipalitiesOfRegion(): DataLoader<number, MunicipalityEntity[]> {
    return this.registry.get('reference.municipalitiesOfRegion', async (codes: readonly number[]) =>
      groupByKey(codes, await this.service.municipalitiesByRegionCodes(codes), (m) => m.regionCode),
    );
  }

  municipalitiesOfJobcentre(): DataLoader<string, MunicipalityEntity[]> {
    return this.registry.get('reference.municipalitiesOfJobcentre', async (ids: readonly string[]) =>
      groupByKey(ids, await this.service.municipalitiesByJobcentreIds(ids), (m) => m.jobcentreId),
    );
  }

  jobcentre(): DataLoader<string, JobcentreEntity | null> {
    return this.registry.get('reference.jobcentre', async (ids: readonly string[]) =>
      alignByKey(ids, await this.service.jobcentresByIds(ids), (j) => j.id),
    );
  }

  occupation(): DataLoader<string, OccupationEntity | null> {
    return this.registry.get('reference.occupation', async (codes: readonly string[]) =>
      alignByKey(codes, await this.service.occupationsByCodes(codes), (o) => o.code),
    );
  }

  skill(): DataLoader<string, SkillEntity | null> {
    return this.registry.get('reference.skill', async (codes: readonly string[]) =>
      alignByKey(codes, await this.service.skillsByCodes(codes), (s) => s.code),
    );
  }

  union(): DataLoader<string, TradeUnionEntity | null> {
    return this.registry.get('reference.union', async (ids: readonly string[]) =>
      alignByKey(ids, await this.service.unionsByIds(ids), (u) => u.id),
    );
  }
}
