import { Inject } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AppError, type LoaderRegistry, Loaders } from '@igu/graphql';
import { MunicipalityObject, ReferenceDataLoaders, ReferenceDataService } from '@igu/reference-data';
import { CompanyObject } from './company.object.js';

@Resolver(() => CompanyObject)
export class CompanyResolver {
  constructor(@Inject(ReferenceDataService) private readonly referenceData: ReferenceDataService) {}

  @ResolveField('municipality', () => MunicipalityObject)
  async municipality(@Parent() company: CompanyObject, @Loaders() loaders: LoaderRegistry): Promise<MunicipalityObject> {
    const municipality = await new ReferenceDataLoaders(loaders, this.referenceData).municipality().load(company.municipalityCode);
    if (!municipality) throw AppError.notFound('Municipality');
    return municipality;
  }
}
