import { Inject } from '@nestjs/common';
import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, scopeOf } from '@igu/access';
import { CompanyObject, companyLoader, CompanyService } from '@igu/companies';
import { AppError, assertPageSize, type ConnectionShape, type LoaderRegistry, Loaders } from '@igu/graphql';
import {
  MunicipalityObject,
  OccupationObject,
  ReferenceDataLoaders,
  ReferenceDataService,
  SkillObject,
  UnionObject,
} from '@igu/reference-data';
import type { PositionEntity } from '../entities/position.entity.js';
import { PositionQueryService } from '../services/position-query.service.js';
import { PositionLoaders } from './position.loaders.js';
import { GeoPointObject, PositionConnection, PositionObject, PositionSkillObject } from './position.object.js';

/** Position's relations, each through a per-request DataLoader: a page costs the same few queries at any size. */
@Resolver(() => PositionObject)
export class PositionFieldsResolver {
  constructor(
    @Inject(CompanyService) private readonly companies: CompanyService,
    @Inject(ReferenceDataService) private readonly referenceData: ReferenceDataService,
    @Inject(PositionQueryService) private readonly positions: PositionQueryService,
  ) {}

  @ResolveField('company', () => CompanyObject)
  async company(@Parent() position: PositionObject, @Loaders() loaders: LoaderRegistry): Promise<CompanyObject> {
    return required(await companyLoader(loaders, this.companies).load(position.companyId), 'Company');
  }

  @ResolveField('occupation', () => OccupationObject)
  async occupation(@Parent() position: PositionObject, @Loaders() loaders: LoaderRegistry): Promise<OccupationObject> {
    return required(await this.reference(loaders).occupation().load(position.occupationCode), 'Occupation');
  }

  @ResolveField('municipality', () => MunicipalityObject)
  async municipality(@Parent() position: PositionObject, @Loaders() loaders: LoaderRegistry): Promise<MunicipalityObject> {
    return required(await this.reference(loaders).municipality().load(position.municipalityCode), 'Municipality');
  }

  @ResolveField('union', () => UnionObject, { nullable: true, description: 'Union of the collective agreement; required for IGU' })
  union(@Parent() position: PositionObject, @Loaders() loaders: LoaderRegistry): Promise<UnionObject | null> {
    return position.unionId ? this.reference(loaders).union().load(position.unionId) : Promise.resolve(null);
  }

  @ResolveField('location', () => GeoPointObject)
  location(@Parent() position: PositionObject): GeoPointObject {
    return { latitude: position.latitude, longitude: position.longitude };
  }

  @ResolveField('skills', () => [PositionSkillObject])
  skills(@Parent() position: PositionObject, @Loaders() loaders: LoaderRegistry): Promise<PositionSkillObject[]> {
    return new PositionLoaders(loaders, this.positions).skills().load(position.id);
  }

  private reference(loaders: LoaderRegistry): ReferenceDataLoaders {
    return new ReferenceDataLoaders(loaders, this.referenceData);
  }
}

@Resolver(() => PositionSkillObject)
export class PositionSkillResolver {
  constructor(@Inject(ReferenceDataService) private readonly referenceData: ReferenceDataService) {}

  @ResolveField('skill', () => SkillObject)
  async skill(@Parent() positionSkill: PositionSkillObject, @Loaders() loaders: LoaderRegistry): Promise<SkillObject> {
    const skill = await new ReferenceDataLoaders(loaders, this.referenceData).skill().load(positionSkill.skillCode);
    return required(skill, 'Skill');
  }
}

/** `Company.positions`: the company's positions the viewer may see, batched across companies. */
@Resolver(() => CompanyObject)
export class CompanyPositionsResolver {
  constructor(@Inject(PositionQueryService) private readonly positions: PositionQueryService) {}

  @ResolveField('positions', () => PositionConnection)
  companyPositions(
    @Parent() company: CompanyObject,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: LoaderRegistry,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ConnectionShape<PositionEntity>> {
    const size = assertPageSize(first ?? 20);
    return new PositionLoaders(loaders, this.positions).companyPositions(scopeOf(actor), size, after).load(company.id);
  }
}

function required<T>(value: T | null, what: string): T {
  if (value === null) throw AppError.notFound(what);
  return value;
}
