import { Inject } from '@nestjs/common';
import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@igu/access';
import { CompanyObject, companyLoader, CompanyService } from '@igu/companies';
import { assertPageSize, type ConnectionShape, type LoaderRegistry, Loaders } from '@igu/graphql';
import { JobcentreObject, ReferenceDataLoaders, ReferenceDataService, UnionObject } from '@igu/reference-data';
import { UserService } from '../services/user.service.js';
import { UserConnection, UserObject } from './user.object.js';

@Resolver(() => UserObject)
export class UserResolver {
  constructor(
    @Inject(CompanyService) private readonly companies: CompanyService,
    @Inject(ReferenceDataService) private readonly referenceData: ReferenceDataService,
    @Inject(UserService) private readonly accounts: UserService,
  ) {}

  @Roles(Role.ADMIN)
  @Query(() => UserConnection, { description: 'ADMIN: every account, newest first' })
  users(
    @Args('role', { type: () => Role, nullable: true }) role: Role | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ConnectionShape<UserObject>> {
    return this.accounts.list(role, assertPageSize(first ?? 20), after);
  }

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
