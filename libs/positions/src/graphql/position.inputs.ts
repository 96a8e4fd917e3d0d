import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { DateScalar } from '@igu/graphql';
import { LanguageLevel } from '@igu/reference-data';
import { PositionKind, PositionStatus } from '../position.enums.js';

@InputType('GeoPointInput')
export class GeoPointInput {
  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;
}

@InputType('PositionSkillInput')
export class PositionSkillInput {
  @Field(() => String)
  skillCode!: string;

  @Field(() => Boolean, { defaultValue: true })
  required!: boolean;
}

@InputType('CreatePositionInput')
export class CreatePositionInput {
  @Field(() => PositionKind)
  kind!: PositionKind;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  description!: string;

  @Field(() => String, { description: 'ISCO-08 unit group, 4 digits' })
  occupationCode!: string;

  @Field(() => Int)
  municipalityCode!: number;

  @Field(() => GeoPointInput, { nullable: true, description: "Default: the municipality's centre" })
  location?: GeoPointInput | null;

  @Field(() => Float, { description: '1–37; IGU at least 25' })
  weeklyHours!: number;

  @Field(() => Int, { defaultValue: 1 })
  openings!: number;

  @Field(() => DateScalar, { nullable: true })
  startDate?: string | null;

  @Field(() => DateScalar, { nullable: true })
  applicationDeadline?: string | null;

  @Field(() => LanguageLevel, { defaultValue: LanguageLevel.NONE })
  requiredDanishLevel!: LanguageLevel;

  @Field(() => Boolean, { defaultValue: false })
  drivingLicenceRequired!: boolean;

  @Field(() => [PositionSkillInput], { defaultValue: [] })
  skills!: PositionSkillInput[];

  @Field(() => ID, { nullable: true, description: 'Required for IGU' })
  unionId?: string | null;

  @Field(() => String, { nullable: true })
  collectiveAgreement?: string | null;

  @Field(() => Float, { nullable: true })
  hourlyWageDkk?: number | null;

  @Field(() => String, { nullable: true, description: 'Retries with the same key and input return the first result' })
  idempotencyKey?: string | null;
}

/** Absent fields stay as they are; null clears an optional field (location: back to the municipality centre). */
@InputType('UpdatePositionInput')
export class UpdatePositionInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'DRAFT only' })
  occupationCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'DRAFT only' })
  municipalityCode?: number | null;

  @Field(() => GeoPointInput, { nullable: true })
  location?: GeoPointInput | null;

  @Field(() => Float, { nullable: true })
  weeklyHours?: number | null;

  @Field(() => Int, { nullable: true })
  openings?: number | null;

  @Field(() => DateScalar, { nullable: true })
  startDate?: string | null;

  @Field(() => DateScalar, { nullable: true })
  applicationDeadline?: string | null;

  @Field(() => LanguageLevel, { nullable: true })
  requiredDanishLevel?: LanguageLevel | null;

  @Field(() => Boolean, { nullable: true })
  drivingLicenceRequired?: boolean | null;

  @Field(() => [PositionSkillInput], { nullable: true, description: 'Replaces all skills' })
  skills?: PositionSkillInput[] | null;

  @Field(() => ID, { nullable: true })
  unionId?: string | null;

  @Field(() => String, { nullable: true })
  collectiveAgreement?: string | null;

  @Field(() => Float, { nullable: true })
  hourlyWageDkk?: number | null;
}

@InputType('NearInput')
export class NearInput {
  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;

  @Field(() => Float, { description: 'Great-circle distance, up to 500 km' })
  radiusKm!: number;
}

@InputType('PositionFilter')
export class PositionFilter {
  @Field(() => [PositionKind], { nullable: true })
  kinds?: PositionKind[] | null;

  @Field(() => [PositionStatus], { nullable: true, description: 'Default: OPEN, plus every status of your own company' })
  statuses?: PositionStatus[] | null;

  @Field(() => [Int], { nullable: true })
  municipalityCodes?: number[] | null;

  @Field(() => [Int], { nullable: true })
  regionCodes?: number[] | null;

  @Field(() => [String], { nullable: true, description: 'ISCO-08 code prefixes: "91" matches 9111, 9112, …' })
  occupationCodes?: string[] | null;

  @Field(() => NearInput, { nullable: true })
  near?: NearInput | null;

  @Field(() => String, { nullable: true, description: 'Words in the title or description (Danish inflections and partial words match)' })
  text?: string | null;

  @Field(() => ID, { nullable: true })
  companyId?: string | null;
}
