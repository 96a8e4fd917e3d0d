import { Inject } from '@nestjs/common';
import { Args, GraphQLISODateTime, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, Role, Roles } from '@igu/access';
import { assertPageSize, type ConnectionShape } from '@igu/graphql';
import type { ProposalAction } from '@igu/programme-rules';
import { ProposalQueryService } from '../services/proposal-query.service.js';
import { type InterviewRequest, ProposalService } from '../services/proposal.service.js';
import { InterviewMode } from '../interview/interview-place.js';
import { ProposalConnection, ProposalFilterInput, ProposalObject, ProposeCandidateInput } from './proposal.objects.js';

const ALL = [Role.EMPLOYER, Role.JOBCENTRE, Role.UNION_REP, Role.ADMIN];

@Resolver(() => ProposalObject)
export class ProposalResolver {
  constructor(
    @Inject(ProposalService) private readonly commands: ProposalService,
    @Inject(ProposalQueryService) private readonly queries: ProposalQueryService,
  ) {}

  @Roles(Role.EMPLOYER, Role.JOBCENTRE)
  @Query(() => ProposalObject, { nullable: true })
  proposal(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<ProposalObject> {
    return this.queries.byId(actor, id);
  }

  @Roles(...ALL)
  @Query(() => ProposalConnection, { description: 'Employers: on own positions; jobcentres: own proposals; ADMIN: totalCount only' })
  proposals(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => ProposalFilterInput, nullable: true }) filter: ProposalFilterInput | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ConnectionShape<ProposalObject>> {
    return this.queries.list(actor, filter ?? {}, assertPageSize(first ?? 20), after);
  }

  @Roles(Role.JOBCENTRE)
  @Mutation(() => ProposalObject)
  async proposeCandidate(
    @CurrentActor() actor: Extract<Actor, { role: Role.JOBCENTRE }>,
    @Args('input', { type: () => ProposeCandidateInput }) input: ProposeCandidateInput,
  ): Promise<ProposalObject> {
    return this.queries.byId(actor, await this.commands.propose(actor, input));
  }

  @Roles(Role.JOBCENTRE)
  @Mutation(() => ProposalObject)
  withdrawProposal(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
    @Args('expectedVersion', { type: () => Int, nullable: true }) expectedVersion: number | null,
  ): Promise<ProposalObject> {
    return this.act(actor, id, 'WITHDRAW', { reason, expectedVersion });
  }

  @Roles(Role.EMPLOYER)
  @Mutation(() => ProposalObject)
  scheduleInterview(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('at', { type: () => GraphQLISODateTime }) at: Date,
    @Args('mode', { type: () => InterviewMode, nullable: true, defaultValue: InterviewMode.IN_PERSON }) mode: InterviewMode | null,
    @Args('location', {
      type: () => String,
      nullable: true,
      description: 'Address (IN_PERSON), phone number (PHONE) or https meeting link (VIDEO)',
    })
    location: string | null,
    @Args('expectedVersion', { type: () => Int, nullable: true }) expectedVersion: number | null,
  ): Promise<ProposalObject> {
    return this.act(actor, id, 'SCHEDULE_INTERVIEW', { interview: { at, mode, location }, expectedVersion });
  }

  @Roles(Role.EMPLOYER)
  @Mutation(() => ProposalObject)
  acceptProposal(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int, nullable: true }) expectedVersion: number | null,
  ): Promise<ProposalObject> {
    return this.act(actor, id, 'ACCEPT', { expectedVersion });
  }

  @Roles(Role.EMPLOYER)
  @Mutation(() => ProposalObject)
  rejectProposal(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String }) reason: string,
    @Args('expectedVersion', { type: () => Int, nullable: true }) expectedVersion: number | null,
  ): Promise<ProposalObject> {
    return this.act(actor, id, 'REJECT', { reason, expectedVersion });
  }

  private async act(
    actor: Actor,
    id: string,
    action: ProposalAction,
    options: { reason?: string | null; interview?: InterviewRequest; expectedVersion?: number | null },
  ): Promise<ProposalObject> {
    return this.queries.byId(actor, await this.commands.transition(actor, id, action, options));
  }
}
