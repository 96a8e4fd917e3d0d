import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, DateScalar, NodeInterface } from '@igu/graphql';
import { LanguageLevel } from '@igu/reference-data';
import { PositionKind, PositionStatus } from '../position.enums.js';

@ObjectType('GeoPoint')
export class GeoPointObject {
  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;
}

@ObjectType('PositionSkill')
export class PositionSkillObject {
  @Field(() => Boolean)
  required!: boolean;

  skillCode!: string;
}

/** Resolvers hand out position rows; relations resolve through per-request loaders. */
@ObjectType('Position', { implements: () => [NodeInterface] })
export class PositionObject implements NodeInterface {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Pass to updatePosition as expectedVersion' })
  version!: number;

  @Field(() => PositionKind)
  kind!: PositionKind;

  @Field(() => PositionStatus)
  status!: PositionStatus;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  description!: string;

  @Field(() => Float)
  weeklyHours!: number;

  @Field(() => Int)
  openings!: number;

  @Field(() => DateScalar, { nullable: true })
  startDate!: string | null;

  @Field(() => DateScalar, { nullable: true })
  applicationDeadline!: string | null;

  @Field(() => LanguageLevel)
  requiredDanishLevel!: LanguageLevel;

  @Field(() => Boolean)
  drivingLicenceRequired!: boolean;

  @Field(() => String, { nullable: true })
  collectiveAgreement!: string | null;

  @Field(() => Float, { nullable: true })
  hourlyWageDkk!: number | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  closedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "The employer's reason for closing, if given" })
  closeReason!: string | null;

  companyId!: string;
  occupationCode!: string;
  municipalityCode!: number;
  unionId!: string | null;
  latitude!: number;
  longitude!: number;
}

@ObjectType('PositionConnection')
export class PositionConnection extends ConnectionType(PositionObject, 'Position') {}

@ObjectType('MunicipalityPositionCount', { description: 'How many OPEN positions one municipality has' })
export class MunicipalityPositionCountObject {
  @Field(() => Int, { description: 'Official municipality code, e.g. 101 = København' })
  municipalityCode!: number;

  @Field(() => Int)
  openPositions!: number;
}
