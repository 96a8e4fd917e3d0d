import { Inject } from '@nestjs/common';
import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, Role, Roles } from '@igu/access';
import type { ConnectionShape } from '@igu/graphql';
import { HandoverQueryService, type HandoverImportView, type ImportProblemView } from '../services/handover-query.service.js';
import { HandoverImportConnection, HandoverImportObject, ImportProblemObject } from './handover-import.object.js';

@Resolver(() => HandoverImportObject)
export class HandoverImportResolver {
  constructor(@Inject(HandoverQueryService) private readonly queries: HandoverQueryService) {}

  /** Every role may ask; only the uploading jobcentre gets anything but NOT_FOUND. */
  @Roles(Role.EMPLOYER, Role.JOBCENTRE, Role.UNION_REP, Role.ADMIN)
  @Query(() => HandoverImportObject, { nullable: true })
  handoverImport(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<HandoverImportView> {
    return this.queries.byId(actor, id);
  }

  @Roles(Role.JOBCENTRE)
  @Query(() => HandoverImportConnection, { description: "JOBCENTRE: the caller's imports, newest first" })
  handoverImports(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ConnectionShape<HandoverImportView>> {
    return this.queries.list(actor, first ?? 20, after);
  }

  /** The parent is already the caller's own import. */
  @ResolveField(() => [ImportProblemObject], {
    description: 'The first ones; all of them as CSV at GET /imports/handover/:id/problems.csv',
  })
  problems(
    @Parent() parent: HandoverImportView,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 100 }) first: number | null,
  ): Promise<ImportProblemView[]> {
    return this.queries.problems(parent.id, first ?? 100);
  }
}
