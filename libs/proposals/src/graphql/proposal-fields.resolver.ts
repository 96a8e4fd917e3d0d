import { Inject } from '@nestjs/common';
import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, Role } from '@igu/access';
import { UserLoaders, UserObject, UserService } from '@igu/auth';
import {
  CandidateContactService,
  CandidateLoaders,
  CandidateObject,
  CandidateProfileObject,
  CandidateProfileService,
  inPositionContext,
} from '@igu/candidates';
import { AppError, assertPageSize, type ConnectionShape, groupByKey, type LoaderRegistry, Loaders } from '@igu/graphql';
import { PositionLoaders, PositionObject, PositionQueryService } from '@igu/positions';
import { JobcentreObject, ReferenceDataLoaders, ReferenceDataService } from '@igu/reference-data';
import { mayNameUser } from '../services/organisation.js';
import { ProposalQueryService } from '../services/proposal-query.service.js';
import { isRestricted } from './restricted-proposal.js';
import { CandidateContactObject, ProposalConnection, ProposalEventObject, ProposalObject } from './proposal.objects.js';

const EMPTY = { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };

@Resolver(() => ProposalObject)
export class ProposalFieldsResolver {
  constructor(
    @Inject(ProposalQueryService) private readonly queries: ProposalQueryService,
    @Inject(PositionQueryService) private readonly positions: PositionQueryService,
    @Inject(ReferenceDataService) private readonly referenceData: ReferenceDataService,
    @Inject(CandidateProfileService) private readonly profiles: CandidateProfileService,
    @Inject(CandidateContactService) private readonly contacts: CandidateContactService,
  ) {}

  @ResolveField('position', () => PositionObject)
  async position(@Parent() proposal: ProposalObject, @Loaders() loaders: LoaderRegistry): Promise<PositionObject> {
    const position = await new PositionLoaders(loaders, this.positions).byId().load(proposal.positionId);
    if (!position) throw AppError.notFound('Position');
    return position;
  }

  /** The pseudonymised profile, for whoever sees the proposal (the position's employer, the proposing jobcentre; docs/domain.md §5). */
  @ResolveField('candidate', () => CandidateProfileObject)
  async candidate(@Parent() proposal: ProposalObject, @Loaders() loaders: LoaderRegistry): Promise<CandidateProfileObject> {
    const [profile, position] = await Promise.all([
      new CandidateLoaders(loaders, this.profiles).profile().load(proposal.candidateId),
      new PositionLoaders(loaders, this.positions).byId().load(proposal.positionId),
    ]);
    if (!profile) throw AppError.notFound('Candidate');
    // Eligibility for anyone but the candidate's jobcentre is judged at this position's start.
    return inPositionContext<CandidateProfileObject>(profile, position?.startDate ?? null);
  }

  @ResolveField('proposedBy', () => JobcentreObject)
  async proposedBy(@Parent() proposal: ProposalObject, @Loaders() loaders: LoaderRegistry): Promise<JobcentreObject> {
    const jobcentre = await new ReferenceDataLoaders(loaders, this.referenceData).jobcentre().load(proposal.jobcentreId);
    if (!jobcentre) throw AppError.notFound('Jobcentre');
    return jobcentre;
  }

  @ResolveField('history', () => [ProposalEventObject])
  async history(@Parent() proposal: ProposalObject, @Loaders() loaders: LoaderRegistry): Promise<ProposalEventObject[]> {
    const events = await loaders
      .get('proposal.history', async (ids: readonly string[]) =>
        groupByKey(ids, await this.queries.historyOf(ids), (event) => event.proposalId),
      )
      .load(proposal.id);
    return isRestricted(proposal)
      ? events.map((event) => ({ ...event, note: null, interviewAt: null, interviewMode: null, interviewLocation: null }))
      : events;
  }

  /** Name and contact (never the CPR): for the proposing jobcentre always, for the employer once ACCEPTED. */
  @ResolveField('candidateContact', () => CandidateContactObject, { nullable: true })
  async candidateContact(
    @Parent() proposal: ProposalObject,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: LoaderRegistry,
  ): Promise<CandidateContactObject | null> {
    const allowed = actor.role === Role.JOBCENTRE || (actor.role === Role.EMPLOYER && proposal.status === 'ACCEPTED');
    if (!allowed) return null;
    return new CandidateLoaders(loaders, this.profiles, this.contacts).contact(actor).load(proposal.candidateId);
  }
}

@Resolver(() => ProposalEventObject)
export class ProposalEventFieldsResolver {
  constructor(@Inject(UserService) private readonly users: UserService) {}

  /** Null for system changes and for users of another organisation than the viewer's. */
  @ResolveField('by', () => UserObject, { nullable: true })
  async by(
    @Parent() event: ProposalEventObject,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: LoaderRegistry,
  ): Promise<UserObject | null> {
    if (!event.byUserId) return null;
    const user = await new UserLoaders(loaders, this.users).byId().load(event.byUserId);
    return user && mayNameUser(actor, user) ? user : null;
  }
}

@Resolver(() => PositionObject)
export class PositionProposalsResolver {
  constructor(@Inject(ProposalQueryService) private readonly queries: ProposalQueryService) {}

  @ResolveField('proposals', () => ProposalConnection, {
    description: 'Visible to the owning employer, and to a jobcentre for its own proposals',
  })
  proposals(
    @Parent() position: PositionObject,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: LoaderRegistry,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ConnectionShape<ProposalObject>> {
    if (actor.role !== Role.EMPLOYER && actor.role !== Role.JOBCENTRE) return Promise.resolve(EMPTY);
    return firstPageOrList(this.queries, actor, loaders, 'positionId', position.id, assertPageSize(first ?? 20), after);
  }
}

@Resolver(() => CandidateObject)
export class CandidateProposalsResolver {
  constructor(@Inject(ProposalQueryService) private readonly queries: ProposalQueryService) {}

  @ResolveField('proposals', () => ProposalConnection)
  proposals(
    @Parent() candidate: CandidateObject,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: LoaderRegistry,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ConnectionShape<ProposalObject>> {
    if (actor.role !== Role.JOBCENTRE) return Promise.resolve(EMPTY);
    return firstPageOrList(this.queries, actor, loaders, 'candidateId', candidate.id, assertPageSize(first ?? 20), after);
  }
}

/** First pages are batched across the parents of a request; a later page (`after`) is one parent's own query. */
function firstPageOrList(
  queries: ProposalQueryService,
  actor: Actor,
  loaders: LoaderRegistry,
  parent: 'positionId' | 'candidateId',
  parentId: string,
  first: number,
  after: string | null,
): Promise<ConnectionShape<ProposalObject>> {
  if (after) return queries.list(actor, { [parent]: parentId }, first, after);
  return loaders
    .get(`proposal.firstPage.${parent}.${first}`, (ids: readonly string[]) => queries.firstPagesOf(actor, parent, ids, first))
    .load(parentId);
}
