import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, Role, Roles } from '@igu/access';
import { AppError, type ConnectionShape, type LoaderRegistry, Loaders } from '@igu/graphql';
import { JobcentreObject, ReferenceDataLoaders, ReferenceDataService } from '@igu/reference-data';
import { CandidateQueryService } from '../services/candidate-query.service.js';
import { CandidateService } from '../services/candidate.service.js';
import type { CandidateView } from '../services/candidate-views.js';
import { CandidateConnection, CandidateObject } from './candidate.object.js';
import { CandidateFilterInput, CreateCandidateInput, UpdateCandidateInput } from './candidate.inputs.js';

@Resolver(() => CandidateObject)
export class CandidateResolver {
  constructor(
    @Inject(CandidateQueryService) private readonly queries: CandidateQueryService,
    @Inject(CandidateService) private readonly service: CandidateService,
    @Inject(ReferenceDataService) private readonly referenceData: ReferenceDataService,
  ) {}

  /** Every role may ask; only the candidate's own jobcentre gets anything but NOT_FOUND. */
  @Roles(Role.EMPLOYER, Role.JOBCENTRE, Role.UNION_REP, Role.ADMIN)
  @Query(() => CandidateObject, { nullable: true })
  candidate(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<CandidateView> {
    return this.queries.byId(actor, id);
  }

  @Roles(Role.JOBCENTRE)
  @Query(() => CandidateConnection, { description: "JOBCENTRE: the caller's own candidates" })
  candidates(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => CandidateFilterInput, nullable: true }) filter: CandidateFilterInput | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ConnectionShape<CandidateView>> {
    return this.queries.list(actor, filter ?? {}, first ?? 20, after);
  }

  @Roles(Role.JOBCENTRE)
  @Mutation(() => CandidateObject)
  createCandidate(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => CreateCandidateInput }) input: CreateCandidateInput,
  ): Promise<CandidateView> {
    return this.service.create(actor, input);
  }

  @Roles(Role.JOBCENTRE)
  @Mutation(() => CandidateObject)
  updateCandidate(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('input', { type: () => UpdateCandidateInput }) input: UpdateCandidateInput,
  ): Promise<CandidateView> {
    return this.service.update(actor, id, expectedVersion, input);
  }

  @ResolveField('jobcentre', () => JobcentreObject)
  async jobcentre(@Parent() candidate: CandidateObject, @Loaders() loaders: LoaderRegistry): Promise<JobcentreObject> {
    const jobcentre = await new ReferenceDataLoaders(loaders, this.referenceData).jobcentre().load(candidate.jobcentreId);
    if (!jobcentre) throw AppError.notFound('Jobcentre');
    return jobcentre;
  }
}
