import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, Role, Roles, scopeOf } from '@igu/access';
import { assertPageSize, type ConnectionShape, type LoaderRegistry, Loaders } from '@igu/graphql';
import type { PositionEntity } from '../entities/position.entity.js';
import { PositionQueryService } from '../services/position-query.service.js';
import { PositionService } from '../services/position.service.js';
import { PositionLoaders } from './position.loaders.js';
import { CreatePositionInput, PositionFilter, UpdatePositionInput } from './position.inputs.js';
import { MunicipalityPositionCountObject, PositionConnection, PositionObject } from './position.object.js';

const EVERY_ROLE = [Role.EMPLOYER, Role.JOBCENTRE, Role.UNION_REP, Role.ADMIN] as const;

@Resolver(() => PositionObject)
export class PositionResolver {
  constructor(
    @Inject(PositionService) private readonly commands: PositionService,
    @Inject(PositionQueryService) private readonly query: PositionQueryService,
  ) {}

  @Roles(...EVERY_ROLE)
  @Query(() => PositionObject, {
    nullable: true,
    description: 'NOT_FOUND when the position does not exist or the viewer may not see it (never null)',
  })
  async position(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: LoaderRegistry,
  ): Promise<PositionEntity> {
    const position = await this.query.get(scopeOf(actor), id);
    // Nested fields that load the position again (a proposal's candidate, judged at its start) find it here.
    new PositionLoaders(loaders, this.query).byId().prime(position.id, position);
    return position;
  }

  @Roles(...EVERY_ROLE)
  @Query(() => PositionConnection, { description: 'Newest published first; OPEN positions nationwide plus your own company’s' })
  positions(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => PositionFilter, nullable: true }) filter: PositionFilter | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ConnectionShape<PositionEntity>> {
    return this.query.list(scopeOf(actor), filter, assertPageSize(first ?? 20), after);
  }

  @Roles(...EVERY_ROLE)
  @Query(() => [MunicipalityPositionCountObject], {
    description: 'OPEN positions per municipality, for maps (municipalities without any are left out)',
  })
  positionCountsByMunicipality(): Promise<MunicipalityPositionCountObject[]> {
    return this.query.openCountsByMunicipality();
  }

  @Roles(Role.EMPLOYER)
  @Mutation(() => PositionObject, { description: 'A DRAFT position of your company' })
  createPosition(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => CreatePositionInput }) input: CreatePositionInput,
  ): Promise<PositionEntity> {
    return this.commands.create(actor, input);
  }

  @Roles(Role.EMPLOYER)
  @Mutation(() => PositionObject, { description: 'DRAFT: every field; OPEN: all but occupation and municipality' })
  updatePosition(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('input', { type: () => UpdatePositionInput }) input: UpdatePositionInput,
  ): Promise<PositionEntity> {
    return this.commands.update(actor, id, expectedVersion, input);
  }

  @Roles(Role.EMPLOYER)
  @Mutation(() => PositionObject, { description: 'DRAFT → OPEN' })
  publishPosition(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int, nullable: true }) expectedVersion: number | null,
  ): Promise<PositionEntity> {
    return this.commands.publish(actor, id, expectedVersion);
  }

  @Roles(Role.EMPLOYER)
  @Mutation(() => PositionObject, { description: 'DRAFT or OPEN → CLOSED' })
  closePosition(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
    @Args('expectedVersion', { type: () => Int, nullable: true }) expectedVersion: number | null,
  ): Promise<PositionEntity> {
    return this.commands.close(actor, id, reason, expectedVersion);
  }
}
