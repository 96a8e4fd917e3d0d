import { Field, ID, InterfaceType } from '@nestjs/graphql';

/** Relay's Node. Objects resolved through `node(id)` carry their `__typename`. */
@InterfaceType('Node', {
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class NodeInterface {
  @Field(() => ID)
  id!: string;
}
