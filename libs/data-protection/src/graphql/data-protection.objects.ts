import { Role } from '@igu/access';
import { UserObject } from '@igu/auth';
import { ConnectionType, DateScalar } from '@igu/graphql';
import type { CalendarDate } from '@igu/calendar';
import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PersonalDataAccess', {
  description: 'One read of personal data: who (user, role), when, which fields, through which operation',
})
export class PersonalDataAccessObject {
  @Field(() => GraphQLISODateTime)
  at!: Date;

  @Field(() => Role)
  actorRole!: Role;

  @Field(() => String, { description: 'e.g. candidate, candidates, candidateContact, export, accessLog' })
  operation!: string;

  @Field(() => [String])
  fields!: string[];

  /** Resolved as `actor`. */
  actorUserId!: string;
}

@ObjectType('PersonalDataAccessConnection')
export class PersonalDataAccessConnection extends ConnectionType(PersonalDataAccessObject, 'PersonalDataAccess') {}

@ObjectType('ConsentChange', { description: 'shareProfileWithEmployers given (shared) or withdrawn, when and by whom' })
export class ConsentChangeObject {
  @Field(() => Boolean)
  shared!: boolean;

  @Field(() => GraphQLISODateTime)
  at!: Date;

  /** Resolved as `by`. */
  byUserId!: string | null;
}

@ObjectType('PersonalDataReader', { description: 'ADMIN access review: a user and the distinct candidates they read in a period' })
export class PersonalDataReaderObject {
  @Field(() => UserObject, { nullable: true })
  user!: UserObject | null;

  @Field(() => Role)
  role!: Role;

  @Field(() => Int, { description: 'Distinct candidates whose personal data the user read' })
  candidates!: number;

  @Field(() => Int, { description: 'Reads (access-log rows)' })
  reads!: number;

  userId!: string;
}

@ObjectType('RetentionReport', { description: 'ADMIN: what the retention job would do today (dry run; nothing is changed)' })
export class RetentionReportObject {
  @Field(() => DateScalar)
  asOf!: CalendarDate;

  @Field(() => Int)
  years!: number;

  @Field(() => DateScalar, { description: 'People whose latest activity was on or before this day are pseudonymised' })
  lastExpiredDay!: CalendarDate;

  @Field(() => GraphQLISODateTime, { description: 'Access-log rows before this instant are deleted' })
  accessLogCutoff!: Date;

  @Field(() => Int)
  candidates!: number;

  @Field(() => [String], { description: 'References (pseudonyms) of the people concerned' })
  references!: string[];

  @Field(() => Int)
  accessLogRows!: number;
}
