import { Inject } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CompanyObject, companyLoader, CompanyService } from '@igu/companies';
import { type LoaderRegistry, Loaders } from '@igu/graphql';
import { JobcentreObject, ReferenceDataLoaders, ReferenceDataService, UnionObject } from '@igu/reference-data';
import { UserObject } from './user.object.js';

@Resolver(() => UserObject)
export class UserResolver {
  constructor(
    @Inject(CompanyService) private readonly companies: CompanyService,
    @Inject(ReferenceDataService) private readonly referenceData: ReferenceDataService,
  ) {}

  @ResolveField('company', () => CompanyObject, { nullable: true, description: 'EMPLOYER' })
  company(@Parent() user: UserObject, @Loaders() loaders: LoaderRegistry): Promise<CompanyObject | null> {
    return user.companyId ? companyLoader(loaders, this.companies).load(user.companyId) : Promise.resolve(null);
  }

  @ResolveField('jobcentre', () => JobcentreObject, { nullable: true, description: 'JOBCENTRE' })
  jobcentre(@Parent() user: UserObject, @Loaders() loaders: LoaderRegistry): Promise<JobcentreObject | null> {
    return user.jobcentreId
      ? new ReferenceDataLoaders(loaders, this.referenceData).jobcentre().load(user.jobcentreId)
      : Promise.resolve(null);
  }

  @ResolveField('union', () => UnionObject, { nullable: true, description: 'UNION_REP' })
  union(@Parent() user: UserObject, @Loaders() loaders: LoaderRegistry): Promise<UnionObject | null> {
    return user.unionId ? new ReferenceDataLoaders(loaders, this.referenceData).union().load(user.unionId) : Promise.resolve(null);
  }
}
