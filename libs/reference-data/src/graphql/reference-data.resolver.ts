import { Inject } from '@nestjs/common';
import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '@igu/access';
import { AppError, assertPageSize, type LoaderRegistry, Loaders } from '@igu/graphql';
import { ReferenceDataLoaders } from '../services/reference-data.loaders.js';
import { ReferenceDataService } from '../services/reference-data.service.js';
import { JobcentreObject, MunicipalityObject, OccupationObject, RegionObject, SkillObject, UnionObject } from './reference-data.objects.js';

/** Reference data is public: sign-up forms need municipalities before anyone has an account. */
@Public()
@Resolver()
export class ReferenceDataResolver {
  constructor(@Inject(ReferenceDataService) private readonly service: ReferenceDataService) {}

  @Query(() => [RegionObject])
  regions(): Promise<RegionObject[]> {
    return this.service.listRegions();
  }

  @Query(() => [MunicipalityObject])
  municipalities(@Args('regionCode', { type: () => Int, nullable: true }) regionCode?: number | null): Promise<MunicipalityObject[]> {
    return this.service.listMunicipalities(regionCode);
  }

  @Query(() => [OccupationObject], { description: 'ISCO-08 unit groups; digits match a code prefix, words the title' })
  occupations(
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
  ): Promise<OccupationObject[]> {
    return this.service.searchOccupations(search, assertPageSize(first ?? 20));
  }

  @Query(() => [SkillObject])
  skills(
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
  ): Promise<SkillObject[]> {
    return this.service.searchSkills(search, assertPageSize(first ?? 20));
  }

  @Query(() => [UnionObject])
  unions(): Promise<UnionObject[]> {
    return this.service.listUnions();
  }
}

@Resolver(() => RegionObject)
export class RegionResolver {
  constructor(@Inject(ReferenceDataService) private readonly service: ReferenceDataService) {}

  @ResolveField('municipalities', () => [MunicipalityObject])
  municipalities(@Parent() region: RegionObject, @Loaders() loaders: LoaderRegistry): Promise<MunicipalityObject[]> {
    return new ReferenceDataLoaders(loaders, this.service).municipalitiesOfRegion().load(region.code);
  }
}

@Resolver(() => MunicipalityObject)
export class MunicipalityResolver {
  constructor(@Inject(ReferenceDataService) private readonly service: ReferenceDataService) {}

  @ResolveField('region', () => RegionObject)
  async region(@Parent() municipality: MunicipalityObject, @Loaders() loaders: LoaderRegistry): Promise<RegionObject> {
    const region = await new ReferenceDataLoaders(loaders, this.service).region().load(municipality.regionCode);
    if (!region) throw AppError.notFound('Region');
    return region;
  }

  @ResolveField('jobcentre', () => JobcentreObject)
  async jobcentre(@Parent() municipality: MunicipalityObject, @Loaders() loaders: LoaderRegistry): Promise<JobcentreObject> {
    const jobcentre = await new ReferenceDataLoaders(loaders, this.service).jobcentre().load(municipality.jobcentreId);
    if (!jobcentre) throw AppError.notFound('Jobcentre');
    return jobcentre;
  }
}

@Resolver(() => JobcentreObject)
export class JobcentreResolver {
  constructor(@Inject(ReferenceDataService) private readonly service: ReferenceDataService) {}

  @ResolveField('municipalities', () => [MunicipalityObject])
  municipalities(@Parent() jobcentre: JobcentreObject, @Loaders() loaders: LoaderRegistry): Promise<MunicipalityObject[]> {
    return new ReferenceDataLoaders(loaders, this.service).municipalitiesOfJobcentre().load(jobcentre.id);
  }
}
