import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, DateScalar, NodeInterface } from '@igu/graphql';
import { ApprovalDecision, BonusMilestoneKind, ProgrammeKind, ProgrammeStatus } from '@igu/programme-rules';

registerEnumType(ProgrammeKind, { name: 'ProgrammeKind' });
registerEnumType(ProgrammeStatus, { name: 'ProgrammeStatus' });
registerEnumType(ApprovalDecision, { name: 'ApprovalDecision' });
registerEnumType(BonusMilestoneKind, { name: 'BonusMilestoneKind' });

@ObjectType('SchoolPeriod')
export class SchoolPeriodObject {
  @Field(() => DateScalar) startDate!: string;
  @Field(() => DateScalar) endDate!: string;
  @Field(() => Int, { description: 'School days (Monday–Friday) ÷ 5, rounded down' }) weeks!: number;
  @Field(() => String, { nullable: true }) description!: string | null;
}

@ObjectType('Approval')
export class ApprovalObject {
  @Field(() => ApprovalDecision) decision!: ApprovalDecision;
  @Field(() => String, { nullable: true }) comment!: string | null;
  @Field(() => GraphQLISODateTime) decidedAt!: Date;
  decidedByUserId!: string;
}

@ObjectType('BonusMilestone')
export class BonusMilestoneObject {
  @Field(() => BonusMilestoneKind) kind!: BonusMilestoneKind;
  @Field(() => DateScalar) dueOn!: string;
  @Field(() => Int) amountDkk!: number;
}

@ObjectType('RuleViolation')
export class RuleViolationObject {
  @Field(() => String) code!: string;
  @Field(() => String) message!: string;
  @Field(() => String, { nullable: true }) field!: string | null;
}

@ObjectType('Programme', { implements: () => [NodeInterface] })
export class ProgrammeObject implements NodeInterface {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => ProgrammeKind) kind!: ProgrammeKind;
  @Field(() => ProgrammeStatus) status!: ProgrammeStatus;
  @Field(() => DateScalar) startDate!: string;
  @Field(() => Float) weeklyWorkHours!: number;
  @Field(() => Float, { nullable: true }) hourlyWageDkk!: number | null;
  @Field(() => String, { nullable: true }) collectiveAgreement!: string | null;
  @Field(() => String, { nullable: true }) employeeRepresentativeStatement!: string | null;
  @Field(() => Boolean, { description: 'The employer declares no ordinary employment at the company in the 3 months before the start' })
  noOrdinaryEmploymentLast3Months!: boolean;
  @Field(() => DateScalar, { nullable: true }) terminatedOn!: string | null;
  @Field(() => String, { nullable: true }) terminationReason!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;

  endDate!: string | null;
  proposalId!: string;
  positionId!: string;
  candidateId!: string;
  companyId!: string;
  unionId!: string | null;
  schoolPeriods!: { startDate: string; endDate: string; description?: string | null }[];
}

@ObjectType('ProgrammeConnection')
export class ProgrammeConnection extends ConnectionType(ProgrammeObject, 'Programme') {}

@InputType('ProgrammeFilter')
export class ProgrammeFilterInput {
  @Field(() => [ProgrammeStatus], { nullable: true }) statuses?: ProgrammeStatus[] | null;
  @Field(() => [ProgrammeKind], { nullable: true }) kinds?: ProgrammeKind[] | null;
}

@InputType('SchoolPeriodInput')
export class SchoolPeriodInput {
  @Field(() => DateScalar) startDate!: string;
  @Field(() => DateScalar) endDate!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
}

@InputType('UpdateProgrammeInput')
export class UpdateProgrammeInput {
  @Field(() => DateScalar, { nullable: true }) startDate?: string | null;
  @Field(() => DateScalar, { nullable: true }) endDate?: string | null;
  @Field(() => Float, { nullable: true }) weeklyWorkHours?: number | null;
  @Field(() => Float, { nullable: true }) hourlyWageDkk?: number | null;
  @Field(() => String, { nullable: true }) collectiveAgreement?: string | null;
  @Field(() => ID, { nullable: true }) unionId?: string | null;
  @Field(() => [SchoolPeriodInput], { nullable: true }) schoolPeriods?: SchoolPeriodInput[] | null;
  @Field(() => String, { nullable: true }) employeeRepresentativeStatement?: string | null;
  @Field(() => Boolean, { nullable: true }) noOrdinaryEmploymentLast3Months?: boolean | null;
}

@InputType('CreateProgrammeInput')
export class CreateProgrammeInput {
  @Field(() => ID, { description: 'Must be ACCEPTED' }) proposalId!: string;
  @Field(() => DateScalar) startDate!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Required for INTERNSHIP and WAGE_SUBSIDY; computed for IGU' })
  endDate?: string | null;
  @Field(() => Float) weeklyWorkHours!: number;
  @Field(() => Float, { nullable: true }) hourlyWageDkk?: number | null;
  @Field(() => String, { nullable: true }) collectiveAgreement?: string | null;
  @Field(() => ID, { nullable: true }) unionId?: string | null;
  @Field(() => [SchoolPeriodInput], { defaultValue: [] }) schoolPeriods!: SchoolPeriodInput[];
  @Field(() => String, { nullable: true }) employeeRepresentativeStatement?: string | null;
  @Field(() => Boolean, { defaultValue: false }) noOrdinaryEmploymentLast3Months!: boolean;
}
