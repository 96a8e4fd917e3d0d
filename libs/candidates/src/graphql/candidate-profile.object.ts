import type { CalendarDate } from '@igu/calendar';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { EligibilityFacts } from '@igu/eligibility';
import { ConnectionType, DateScalar, NodeInterface } from '@igu/graphql';
import { LanguageLevel } from '@igu/reference-data';
import type { CandidateProfileView } from '../services/candidate-views.js';

@ObjectType('CandidateProfile', {
  implements: () => [NodeInterface],
  description: 'Pseudonymised view of a candidate. Never contains name, CPR, birth date or contact.',
})
export class CandidateProfileObject implements NodeInterface, CandidateProfileView {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Stable pseudonym, e.g. C-7F3A9K' })
  reference!: string;

  @Field(() => Int, { description: 'The age the person reaches in the current calendar year (changes on 1 January)' })
  age!: number;

  @Field(() => LanguageLevel)
  danishLevel!: LanguageLevel;

  @Field(() => LanguageLevel)
  englishLevel!: LanguageLevel;

  @Field(() => Boolean)
  drivingLicence!: boolean;

  @Field(() => Int)
  maxCommuteKm!: number;

  @Field(() => Boolean)
  willingToRelocate!: boolean;

  @Field(() => DateScalar, { nullable: true })
  availableFrom!: CalendarDate | null;

  // Resolved by CandidateProfileResolver (DataLoaders), or never exposed.
  municipalityCode!: number;
  desiredOccupationCodes!: string[];
  experienceOccupationCodes!: string[];
  skillCodes!: string[];
  eligibilityFacts!: EligibilityFacts;
  jobcentreId!: string;
  eligibilityDate?: CalendarDate | null;
}

@ObjectType('CandidateProfileConnection')
export class CandidateProfileConnection extends ConnectionType(CandidateProfileObject, 'CandidateProfile') {}
