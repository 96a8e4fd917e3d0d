import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, Role, Roles } from '@igu/access';
import { assertPageSize, type ConnectionShape, DateScalar } from '@igu/graphql';
import { ApprovalDecision, type ProgrammeAction } from '@igu/programme-rules';
import { ProgrammeQueryService } from '../services/programme-query.service.js';
import { ProgrammeService } from '../services/programme.service.js';
import {
  CreateProgrammeInput,
  ProgrammeConnection,
  ProgrammeFilterInput,
  ProgrammeObject,
  UpdateProgrammeInput,
} from './programme.objects.js';

type Employer = Extract<Actor, { role: Role.EMPLOYER }>;
const VERSION = { type: () => Int, nullable: true } as const;

@Resolver(() => ProgrammeObject)
export class ProgrammeResolver {
  constructor(
    @Inject(ProgrammeService) private readonly commands: ProgrammeService,
    @Inject(ProgrammeQueryService) private readonly queries: ProgrammeQueryService,
  ) {}

  @Roles(Role.EMPLOYER, Role.JOBCENTRE, Role.UNION_REP, Role.ADMIN)
  @Query(() => ProgrammeObject, { nullable: true })
  programme(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<ProgrammeObject> {
    return this.queries.byId(actor, id);
  }

  @Roles(Role.EMPLOYER, Role.JOBCENTRE, Role.UNION_REP, Role.ADMIN)
  @Query(() => ProgrammeConnection)
  programmes(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => ProgrammeFilterInput, nullable: true }) filter: ProgrammeFilterInput | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ConnectionShape<ProgrammeObject>> {
    return this.queries.list(actor, filter ?? {}, assertPageSize(first ?? 20), after);
  }

  @Roles(Role.EMPLOYER)
  @Mutation(() => ProgrammeObject)
  async createProgramme(
    @CurrentActor() actor: Employer,
    @Args('input', { type: () => CreateProgrammeInput }) input: CreateProgrammeInput,
  ): Promise<ProgrammeObject> {
    return this.queries.byId(actor, await this.commands.create(actor, input));
  }

  @Roles(Role.EMPLOYER)
  @Mutation(() => ProgrammeObject)
  async updateProgramme(
    @CurrentActor() actor: Employer,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('input', { type: () => UpdateProgrammeInput }) input: UpdateProgrammeInput,
  ): Promise<ProgrammeObject> {
    return this.queries.byId(actor, await this.commands.update(actor, id, expectedVersion, input));
  }

  @Roles(Role.EMPLOYER)
  @Mutation(() => ProgrammeObject)
  submitProgramme(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', VERSION) v: number | null,
  ) {
    return this.act(actor, id, 'SUBMIT', { expectedVersion: v });
  }

  @Roles(Role.UNION_REP)
  @Mutation(() => ProgrammeObject)
  decideProgramme(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('decision', { type: () => ApprovalDecision }) decision: ApprovalDecision,
    @Args('comment', { type: () => String, nullable: true }) comment: string | null,
    @Args('expectedVersion', VERSION) v: number | null,
  ) {
    return this.act(actor, id, decision, { comment, expectedVersion: v });
  }

  @Roles(Role.EMPLOYER)
  @Mutation(() => ProgrammeObject)
  startProgramme(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', VERSION) v: number | null,
  ) {
    return this.act(actor, id, 'START', { expectedVersion: v });
  }

  @Roles(Role.EMPLOYER)
  @Mutation(() => ProgrammeObject)
  completeProgramme(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', VERSION) v: number | null,
  ) {
    return this.act(actor, id, 'COMPLETE', { expectedVersion: v });
  }

  @Roles(Role.EMPLOYER)
  @Mutation(() => ProgrammeObject)
  terminateProgramme(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('on', { type: () => DateScalar }) on: string,
    @Args('reason', { type: () => String }) reason: string,
    @Args('expectedVersion', VERSION) v: number | null,
  ) {
    return this.act(actor, id, 'TERMINATE', { on, reason, expectedVersion: v });
  }

  @Roles(Role.EMPLOYER)
  @Mutation(() => ProgrammeObject, { description: 'Before it starts (DRAFT, CHANGES_REQUESTED, PENDING_APPROVAL, APPROVED)' })
  withdrawProgramme(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String }) reason: string,
  ) {
    return this.act(actor, id, 'WITHDRAW', { reason });
  }

  private async act(
    actor: Actor,
    id: string,
    action: ProgrammeAction,
    options: Parameters<ProgrammeService['transition']>[3],
  ): Promise<ProgrammeObject> {
    return this.queries.byId(actor, await this.commands.transition(actor, id, action, options));
  }
}
