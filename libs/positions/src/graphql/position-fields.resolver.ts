import { Inject } from '@nestjs/common';
import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, scopeOf } from '@igu/access';
import { CompanyObject, companyLoader, CompanyService } from '@igu/companies';
import { AppError, assertPageSize, type ConnectionShape, type GraphqlContext, type LoaderRegistry, Loaders } from '@igu/graphql';
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

/**
 * Position's relations, each through a per-request DataLoader: a page costs the
 * same few queries at any size. They run once per row of every page, so they
 * take graphql-js's arguments (parent, args, context) without parameter
 * decorators: @nestjs/graphql then calls them directly (its fast path for field
 * resolvers without decorators, guards, interceptors or middleware; field
 * resolvers are never guarded here), where Nest's per-call wrapper cost more
 * than the loader.
 */
@Resolver(() => PositionObject)
export class PositionFieldsResolver {
  constructor(
    @Inject(CompanyService) private readonly companies: CompanyService,
    @Inject(ReferenceDataService) private readonly referenceData: ReferenceDataService,
    @Inject(PositionQueryService) private readonly positions: PositionQueryService,
  ) {}

  @ResolveField('company', () => CompanyObject)
  async company(position: PositionObject, _args: unknown, { loaders }: GraphqlContext): Promise<CompanyObject> {
    return required(await companyLoader(loaders, this.companies).load(position.companyId), 'Company');
  }

  @ResolveField('occupation', () => OccupationObject)
  async occupation(position: PositionObject, _args: unknown, { loaders }: GraphqlContext): Promise<OccupationObject> {
    return required(await this.reference(loaders).occupation().load(position.occupationCode), 'Occupation');
  }

  @ResolveField('municipality', () => MunicipalityObject)
  async municipality(position: PositionObject, _args: unknown, { loaders }: GraphqlContext): Promise<MunicipalityObject> {
    return required(await this.reference(loaders).municipality().load(position.municipalityCode), 'Municipality');
  }

  @ResolveField('union', () => UnionObject, { nullable: true, description: 'Union of the collective agreement; required for IGU' })
  union(position: PositionObject, _args: unknown, { loaders }: GraphqlContext): Promise<UnionObject | null> {
    return position.unionId ? this.reference(loaders).union().load(position.unionId) : Promise.resolve(null);
  }

  @ResolveField('location', () => GeoPointObject)
  location(position: PositionObject): GeoPointObject {
    return { latitude: position.latitude, longitude: position.longitude };
  }

  @ResolveField('skills', () => [PositionSkillObject])
  skills(position: PositionObject, _args: unknown, { loaders }: GraphqlContext): Promise<PositionSkillObject[]> {
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
