import { Inject } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, Role, Roles } from '@igu/access';
import { NodeInterface, NodeRegistry } from '@igu/graphql';

@Resolver()
export class NodeResolver {
  constructor(@Inject(NodeRegistry) private readonly nodes: NodeRegistry<Actor>) {}

  @Roles(Role.EMPLOYER, Role.JOBCENTRE, Role.UNION_REP, Role.ADMIN)
  @Query(() => NodeInterface, { nullable: true, description: 'Any object by id; null when it does not exist or is not visible' })
  node(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: Actor): Promise<NodeInterface | null> {
    return this.nodes.resolve(id, actor) as Promise<NodeInterface | null>;
  }
}
