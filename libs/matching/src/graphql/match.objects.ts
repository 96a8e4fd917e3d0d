import { Field, Float, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@igu/graphql';

@ObjectType('ScoreBreakdown')
export class ScoreBreakdownObject {
  @Field(() => Float, { description: 'Each component in [0, 1]' }) occupation!: number;
  @Field(() => Float) skills!: number;
  @Field(() => Float) language!: number;
  @Field(() => Float) distance!: number;
  @Field(() => Float) availability!: number;
  @Field(() => Boolean, { nullable: true }) iguEligible!: boolean | null;
  missingRequiredSkills!: string[];
}

@ObjectType('Match')
export class MatchObject {
  @Field(() => Float, { description: '[0, 1]; ties broken by position id, then candidate id' }) score!: number;
  @Field(() => ScoreBreakdownObject) breakdown!: ScoreBreakdownObject;
  @Field(() => Float) distanceKm!: number;
  @Field(() => Boolean) crossMunicipality!: boolean;
  @Field(() => GraphQLISODateTime) computedAt!: Date;
  positionId!: string;
  candidateId!: string;
  /** Server-side only: the day a non-owner sees the candidate's IGU eligibility at (null: today). */
  positionStartDate!: string | null;
}

@ObjectType('MatchConnection')
export class MatchConnection extends ConnectionType(MatchObject, 'Match') {}

export enum JobState {
  WAITING = 'WAITING',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
}
registerEnumType(JobState, { name: 'JobState' });

@ObjectType('JobStatus')
export class JobStatusObject {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => JobState) state!: JobState;
  @Field(() => Float, { description: '[0, 1]' }) progress!: number;
  @Field(() => GraphQLISODateTime) enqueuedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) finishedAt!: Date | null;
}
