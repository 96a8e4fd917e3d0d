import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, NodeInterface } from '@igu/graphql';
import { Role } from '@igu/access';

registerEnumType(Role, { name: 'Role' });

@ObjectType('User', { implements: () => [NodeInterface] })
export class UserObject implements NodeInterface {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => Role)
  role!: Role;

  companyId!: string | null;
  jobcentreId!: string | null;
  unionId!: string | null;
}

@ObjectType('UserConnection')
export class UserConnection extends ConnectionType(UserObject, 'User') {}

@ObjectType('AuthPayload')
export class AuthPayloadObject {
  @Field(() => String)
  accessToken!: string;

  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;

  @Field(() => UserObject)
  user!: UserObject;
}
