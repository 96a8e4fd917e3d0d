import type { CalendarDate } from '@igu/calendar';
import { Field, InputType, Int } from '@nestjs/graphql';
import { DateScalar } from '@igu/graphql';
import { LanguageLevel } from '@igu/reference-data';
import type { CandidateListFilter } from '../services/candidate-list.query.js';
import type { CandidateProfileFilter } from '../services/candidate-profile.service.js';
import type { CandidateChanges, NewCandidate } from '../services/candidate-writer.js';
import { CandidateStatus, ResidenceBasis } from './candidate-enums.js';

@InputType('CreateCandidateInput')
export class CreateCandidateInput implements NewCandidate {
  @Field(() => String)
  fullName!: string;

  @Field(() => String, { description: 'DDMMYY-SSSS or DDMMYYSSSS; stored encrypted' })
  cpr!: string;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => Int, { description: "Must be served by the caller's jobcentre" })
  municipalityCode!: number;

  @Field(() => ResidenceBasis)
  residenceBasis!: ResidenceBasis;

  @Field(() => DateScalar)
  arrivedInDenmarkOn!: CalendarDate;

  @Field(() => DateScalar)
  arrivedInMunicipalityOn!: CalendarDate;

  @Field(() => Boolean, { defaultValue: false })
  priorIgu!: boolean;

  @Field(() => [String], { defaultValue: [] })
  desiredOccupationCodes!: string[];

  @Field(() => [String], { defaultValue: [] })
  experienceOccupationCodes!: string[];

  @Field(() => [String], { defaultValue: [] })
  skillCodes!: string[];

  @Field(() => LanguageLevel, { defaultValue: LanguageLevel.NONE })
  danishLevel!: LanguageLevel;

  @Field(() => LanguageLevel, { defaultValue: LanguageLevel.NONE })
  englishLevel!: LanguageLevel;

  @Field(() => Boolean, { defaultValue: false })
  drivingLicence!: boolean;

  @Field(() => Int, { defaultValue: 30 })
  maxCommuteKm!: number;

  @Field(() => Boolean, { defaultValue: false })
  willingToRelocate!: boolean;

  @Field(() => DateScalar, { nullable: true })
  availableFrom?: CalendarDate | null;

  @Field(() => Boolean, { defaultValue: false })
  shareProfileWithEmployers!: boolean;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType('UpdateCandidateInput')
export class UpdateCandidateInput implements CandidateChanges {
  @Field(() => String, { nullable: true })
  fullName?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => Int, { nullable: true })
  municipalityCode?: number | null;

  @Field(() => ResidenceBasis, { nullable: true })
  residenceBasis?: ResidenceBasis | null;

  @Field(() => DateScalar, { nullable: true })
  arrivedInMunicipalityOn?: CalendarDate | null;

  @Field(() => Boolean, { nullable: true })
  priorIgu?: boolean | null;

  @Field(() => [String], { nullable: true })
  desiredOccupationCodes?: string[] | null;

  @Field(() => [String], { nullable: true })
  experienceOccupationCodes?: string[] | null;

  @Field(() => [String], { nullable: true })
  skillCodes?: string[] | null;

  @Field(() => LanguageLevel, { nullable: true })
  danishLevel?: LanguageLevel | null;

  @Field(() => LanguageLevel, { nullable: true })
  englishLevel?: LanguageLevel | null;

  @Field(() => Boolean, { nullable: true })
  drivingLicence?: boolean | null;

  @Field(() => Int, { nullable: true })
  maxCommuteKm?: number | null;

  @Field(() => Boolean, { nullable: true })
  willingToRelocate?: boolean | null;

  @Field(() => DateScalar, { nullable: true })
  availableFrom?: CalendarDate | null;

  @Field(() => CandidateStatus, { nullable: true })
  status?: CandidateStatus | null;

  @Field(() => Boolean, { nullable: true })
  shareProfileWithEmployers?: boolean | null;
}

@InputType('CandidateFilter')
export class CandidateFilterInput implements CandidateListFilter {
  @Field(() => [CandidateStatus], { nullable: true })
  statuses?: CandidateStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Past the first-offer deadline without an offer, oldest first' })
  overdueFirstOffer?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Reference (or part of it) or whole words of the name' })
  text?: string | null;
}

@InputType('CandidateProfileFilter')
export class CandidateProfileFilterInput implements CandidateProfileFilter {
  @Field(() => [String], { nullable: true, description: 'ISCO-08 code prefixes (desired or experience occupations)' })
  occupationCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'The profile has all of them' })
  skillCodes?: string[] | null;

  @Field(() => LanguageLevel, { nullable: true })
  minDanishLevel?: LanguageLevel | null;

  @Field(() => [Int], { nullable: true })
  municipalityCodes?: number[] | null;

  @Field(() => [Int], { nullable: true })
  regionCodes?: number[] | null;

  @Field(() => Boolean, { nullable: true, description: 'IGU-eligible for a start today' })
  iguEligible?: boolean | null;
}
