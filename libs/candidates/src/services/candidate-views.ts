import type { CalendarDate } from '@igu/calendar';
import type { EligibilityFacts, ResidenceBasis } from '@igu/eligibility';
import type { LanguageLevel } from '@igu/reference-data';
import type { CandidateStatus } from '../candidate-status.js';
import type { CandidateEntity } from '../entities/candidate.entity.js';
import { eligibilityFactsOf } from '../rules/eligibility-facts.js';
import type { CandidateContactData } from './candidate-crypto.js';

/** The pseudonymised profile: what anyone but the candidate's own jobcentre may ever see. */
export interface CandidateProfileView {
  id: string;
  reference: string;
  municipalityCode: number;
  age: number;
  desiredOccupationCodes: string[];
  experienceOccupationCodes: string[];
  skillCodes: string[];
  danishLevel: LanguageLevel;
  englishLevel: LanguageLevel;
  drivingLicence: boolean;
  maxCommuteKm: number;
  willingToRelocate: boolean;
  availableFrom: CalendarDate | null;
  /** Server-side only (no GraphQL field): what `iguEligibility(asOf)` is computed from. */
  eligibilityFacts: EligibilityFacts;
  /** Server-side only: the candidate's jobcentre, the one viewer who may choose `iguEligibility(asOf)`. */
  jobcentreId: string;
  /**
   * Server-side only: the day every other viewer's `iguEligibility` is
   * evaluated at: the start date of the viewer's own position the profile is
   * shown under (set by loaders in that context, see `inPositionContext`);
   * unset means today.
   */
  eligibilityDate?: CalendarDate | null;
}

/** The full record, for the candidate's own jobcentre; every time one is built, the read is in the access log. */
export interface CandidateView extends CandidateContactData {
  id: string;
  version: number;
  profile: CandidateProfileView;
  cprMasked: string;
  dateOfBirth: CalendarDate;
  jobcentreId: string;
  residenceBasis: ResidenceBasis;
  arrivedInDenmarkOn: CalendarDate;
  arrivedInMunicipalityOn: CalendarDate;
  priorIgu: boolean;
  status: CandidateStatus;
  shareProfileWithEmployers: boolean;
  firstOfferTargetDate: CalendarDate;
  firstOfferDeadline: CalendarDate;
  firstOfferAt: CalendarDate | null;
  createdAt: Date;
  updatedAt: Date;
  /** Set once the personal data was removed (erasure or retention): name, CPR and contact are gone. */
  pseudonymisedAt: Date | null;
}

/** Personal fields a full-record read exposes: what the access log names. */
export const CANDIDATE_PERSONAL_FIELDS = ['fullName', 'cprMasked', 'dateOfBirth', 'email', 'phone'] as const;

/** The columns a profile is built from: no encrypted value, index or contact column is even selected. */
export const PROFILE_COLUMNS = [
  'id',
  'reference',
  'jobcentreId',
  'municipalityCode',
  'dateOfBirth',
  'residenceBasis',
  'arrivedInDenmarkOn',
  'priorIgu',
  'iguStartedOn',
  'desiredOccupationCodes',
  'experienceOccupationCodes',
  'skillCodes',
  'danishLevel',
  'englishLevel',
  'drivingLicence',
  'maxCommuteKm',
  'willingToRelocate',
  'availableFrom',
  'createdAt',
] as const satisfies readonly (keyof CandidateEntity)[];

export type ProfileRow = Pick<CandidateEntity, (typeof PROFILE_COLUMNS)[number]>;

export function toProfileView(row: ProfileRow, today: CalendarDate): CandidateProfileView {
  return {
    id: row.id,
    reference: row.reference,
    municipalityCode: row.municipalityCode,
    age: ageThisYear(row.dateOfBirth, today),
    desiredOccupationCodes: row.desiredOccupationCodes,
    experienceOccupationCodes: row.experienceOccupationCodes,
    skillCodes: row.skillCodes,
    danishLevel: row.danishLevel,
    englishLevel: row.englishLevel,
    drivingLicence: row.drivingLicence,
    maxCommuteKm: row.maxCommuteKm,
    willingToRelocate: row.willingToRelocate,
    availableFrom: row.availableFrom,
    eligibilityFacts: eligibilityFactsOf(row),
    jobcentreId: row.jobcentreId,
  };
}

/**
 * The age the person reaches in the current calendar year: it changes on
 * 1 January for everyone, so a profile never reveals the birthday.
 */
export function ageThisYear(dateOfBirth: CalendarDate, today: CalendarDate): number {
  return Number(today.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
}

/**
 * A profile as shown under a position of the viewer: a viewer other than the
 * candidate's jobcentre gets its `iguEligibility` at that position's start
 * date (today when unset), whatever `asOf` it asks for.
 */
export function inPositionContext<T extends CandidateProfileView>(profile: T, positionStartDate: CalendarDate | null): T {
  return { ...profile, eligibilityDate: positionStartDate };
}

/**
 * DDMMYY-XXXX. The first six CPR digits are the birth date, which is stored in
 * plain anyway, so the mask is derived from it and the CPR is never decrypted
 * to be shown.
 */
export function maskedCprOf(dateOfBirth: CalendarDate): string {
  const [year, month, day] = dateOfBirth.split('-') as [string, string, string];
  return `${day}${month}${year.slice(2)}-XXXX`;
}

export function toCandidateView(row: CandidateEntity, contact: CandidateContactData, today: CalendarDate): CandidateView {
  return {
    id: row.id,
    version: row.version,
    profile: toProfileView(row, today),
    ...contact,
    // Once pseudonymised only the birth year is left: the mask shows nothing.
    cprMasked: row.pseudonymisedAt ? 'XXXXXX-XXXX' : maskedCprOf(row.dateOfBirth),
    pseudonymisedAt: row.pseudonymisedAt,
    dateOfBirth: row.dateOfBirth,
    jobcentreId: row.jobcentreId,
    residenceBasis: row.residenceBasis,
    arrivedInDenmarkOn: row.arrivedInDenmarkOn,
    arrivedInMunicipalityOn: row.arrivedInMunicipalityOn,
    priorIgu: row.priorIgu,
    status: row.status,
    shareProfileWithEmployers: row.shareProfileWithEmployers,
    firstOfferTargetDate: row.firstOfferTargetDate,
    firstOfferDeadline: row.firstOfferDeadline,
    firstOfferAt: row.firstOfferAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
