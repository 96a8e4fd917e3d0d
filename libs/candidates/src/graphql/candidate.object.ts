import type { CalendarDate } from '@igu/calendar';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, DateScalar, NodeInterface } from '@igu/graphql';
import type { CandidateView } from '../services/candidate-views.js';
import { CandidateStatus, ResidenceBasis } from './candidate-enums.js';
import { CandidateProfileObject } from './candidate-profile.object.js';

@ObjectType('Candidate', { implements: () => [NodeInterface], description: "Full record; visible only to the candidate's own jobcentre." })
export class CandidateObject implements NodeInterface, CandidateView {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => CandidateProfileObject)
  profile!: CandidateProfileObject;

  @Field(() => String)
  fullName!: string;

  @Field(() => String, { description: 'DDMMYY-XXXX; the full CPR is never returned' })
  cprMasked!: string;

  @Field(() => DateScalar)
  dateOfBirth!: CalendarDate;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => ResidenceBasis)
  residenceBasis!: ResidenceBasis;

  @Field(() => DateScalar)
  arrivedInDenmarkOn!: CalendarDate;

  @Field(() => DateScalar)
  arrivedInMunicipalityOn!: CalendarDate;

  @Field(() => Boolean)
  priorIgu!: boolean;

  @Field(() => CandidateStatus)
  status!: CandidateStatus;

  @Field(() => Boolean)
  shareProfileWithEmployers!: boolean;

  @Field(() => DateScalar, { description: 'Arrival in municipality + 14 days' })
  firstOfferTargetDate!: CalendarDate;

  @Field(() => DateScalar, { description: 'Arrival in municipality + 1 month' })
  firstOfferDeadline!: CalendarDate;

  @Field(() => DateScalar, { nullable: true, description: 'First proposal accepted by an employer' })
  firstOfferAt!: CalendarDate | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the personal data was removed (erasure on request or retention); fullName then shows the reference',
  })
  pseudonymisedAt!: Date | null;

  /** Resolved as `jobcentre`. */
  jobcentreId!: string;
}

@ObjectType('CandidateConnection')
export class CandidateConnection extends ConnectionType(CandidateObject, 'Candidate') {}
