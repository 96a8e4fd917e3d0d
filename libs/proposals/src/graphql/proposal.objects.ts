import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, NodeInterface } from '@igu/graphql';
import { ProposalStatus } from '@igu/programme-rules';
import { InterviewMode } from '../interview/interview-place.js';

registerEnumType(ProposalStatus, { name: 'ProposalStatus' });
registerEnumType(InterviewMode, {
  name: 'InterviewMode',
  description: 'Interviews may be held by phone or video as well as in person (KL, April 2020).',
});

@ObjectType('Proposal', { implements: () => [NodeInterface] })
export class ProposalObject implements NodeInterface {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => ProposalStatus)
  status!: ProposalStatus;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Boolean)
  crossMunicipality!: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  interviewAt!: Date | null;

  @Field(() => InterviewMode, { nullable: true, description: 'Set with interviewAt' })
  interviewMode!: InterviewMode | null;

  @Field(() => String, { nullable: true, description: 'Address (IN_PERSON), phone number (PHONE) or meeting link (VIDEO)' })
  interviewLocation!: string | null;

  @Field(() => String, { nullable: true })
  decisionReason!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  positionId!: string;
  candidateId!: string;
  jobcentreId!: string;
}

@ObjectType('ProposalConnection')
export class ProposalConnection extends ConnectionType(ProposalObject, 'Proposal') {}

@ObjectType('ProposalEvent')
export class ProposalEventObject {
  @Field(() => ProposalStatus)
  status!: ProposalStatus;

  @Field(() => GraphQLISODateTime)
  at!: Date;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'For a (re)scheduling: the interview time it set' })
  interviewAt!: Date | null;

  @Field(() => InterviewMode, { nullable: true, description: 'For a (re)scheduling: the mode it set' })
  interviewMode!: InterviewMode | null;

  @Field(() => String, { nullable: true, description: 'For a (re)scheduling: the location it set' })
  interviewLocation!: string | null;

  byUserId!: string | null;
}

@ObjectType('CandidateContact')
export class CandidateContactObject {
  @Field(() => String)
  fullName!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;
}

@InputType('ProposalFilter')
export class ProposalFilterInput {
  @Field(() => [ProposalStatus], { nullable: true })
  statuses?: ProposalStatus[] | null;

  @Field(() => ID, { nullable: true })
  positionId?: string | null;

  @Field(() => ID, { nullable: true })
  candidateId?: string | null;
}

@InputType('ProposeCandidateInput')
export class ProposeCandidateInput {
  @Field(() => ID)
  candidateId!: string;

  @Field(() => ID)
  positionId!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}
