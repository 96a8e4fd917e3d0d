import type { CalendarDate } from '@igu/calendar';
import type { ResidenceBasis } from '@igu/eligibility';
import { recordOutboxEvent } from '@igu/queue';
import { CANDIDATE_AGGREGATE, CandidateEvent } from '../events/candidate.events.js';
import { assertMunicipalityCode, type LanguageLevel } from '@igu/reference-data';
import type { EntityManager } from 'typeorm';
import type { CandidateStatus } from '../candidate-status.js';
import { CandidateEntity } from '../entities/candidate.entity.js';
import {
  assertArrivals,
  assertCommuteKm,
  assertPresent,
  assertStatusChange,
  MAX_OCCUPATIONS,
  MAX_SKILLS,
  normaliseCodes,
  normaliseFullName,
  normaliseOptionalEmail,
  normaliseOptionalPhone,
  parseCandidateCpr,
} from '../rules/candidate-input.rules.js';
import { generateCandidateReference } from '../rules/candidate-reference.js';
import { firstOfferDates } from '../rules/first-offer-deadlines.js';
import { occupationPrefixes } from '../rules/occupation-prefixes.js';
import { recordConsentChange } from './candidate-consent.js';
import type { CandidateCrypto } from './candidate-crypto.js';
import { CandidateException, CandidateExceptionCode } from '../errors/candidate.exception.js';

/** The handover data a caseworker registers (CreateCandidateInput without the idempotency key). */
export interface NewCandidate {
  fullName: string;
  cpr: string;
  email?: string | null;
  phone?: string | null;
  municipalityCode: number;
  residenceBasis: ResidenceBasis;
  arrivedInDenmarkOn: CalendarDate;
  arrivedInMunicipalityOn: CalendarDate;
  priorIgu: boolean;
  desiredOccupationCodes: string[];
  experienceOccupationCodes: string[];
  skillCodes: string[];
  danishLevel: LanguageLevel;
  englishLevel: LanguageLevel;
  drivingLicence: boolean;
  maxCommuteKm: number;
  willingToRelocate: boolean;
  availableFrom?: CalendarDate | null;
  shareProfileWithEmployers: boolean;
}

/** UpdateCandidateInput: absent = unchanged, null = cleared (only where the record allows none). */
export type CandidateChanges = {
  [
    K in
      | 'fullName'
      | 'email'
      | 'phone'
      | 'municipalityCode'
      | 'residenceBasis'
      | 'arrivedInMunicipalityOn'
      | 'priorIgu'
      | 'desiredOccupationCodes'
      | 'experienceOccupationCodes'
      | 'skillCodes'
      | 'danishLevel'
      | 'englishLevel'
      | 'drivingLicence'
      | 'maxCommuteKm'
      | 'willingToRelocate'
      | 'availableFrom'
      | 'shareProfileWithEmployers'
  ]?: NewCandidate[K] | null;
} & { status?: CandidateStatus | null };

export type ColumnValues = Partial<Omit<CandidateEntity, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'jobcentre' | 'municipality'>>;

/** A new candidate after the input rules: normalised, with the birth date from its CPR; not yet checked against reference data. */
export interface ValidatedCandidate {
  input: NewCandidate;
  fullName: string;
  cprDigits: string;
  dateOfBirth: CalendarDate;
  email: string | null;
  phone: string | null;
  desiredOccupationCodes: string[];
  experienceOccupationCodes: string[];
  skillCodes: string[];
}

/** The input rules of createCandidate (pure; throws CandidateException). Shared with the handover import. */
export function validateNewCandidate(input: NewCandidate, today: CalendarDate): ValidatedCandidate {
  const fullName = normaliseFullName(input.fullName);
  const cpr = parseCandidateCpr(input.cpr, today);
  const email = normaliseOptionalEmail(input.email);
  const phone = normaliseOptionalPhone(input.phone);
  assertArrivals({ dateOfBirth: cpr.dateOfBirth, ...input }, today);
  assertCommuteKm(input.maxCommuteKm);
  const occupations = (key: 'desiredOccupationCodes' | 'experienceOccupationCodes') =>
    normaliseCodes(input[key], MAX_OCCUPATIONS, 'TOO_MANY_OCCUPATIONS', `input.${key}`);
  return {
    input,
    fullName,
    cprDigits: cpr.digits,
    dateOfBirth: cpr.dateOfBirth,
    email,
    phone,
    desiredOccupationCodes: occupations('desiredOccupationCodes'),
    experienceOccupationCodes: occupations('experienceOccupationCodes'),
    skillCodes: normaliseCodes(input.skillCodes, MAX_SKILLS, 'TOO_MANY_SKILLS', 'input.skillCodes'),
  };
}

/** The columns of a new candidate row (a fresh random reference; encrypted personal data and its blind indexes). */
export function newCandidateValues(crypto: CandidateCrypto, jobcentreId: string, candidate: ValidatedCandidate): ColumnValues {
  const { input } = candidate;
  const desired = candidate.desiredOccupationCodes;
  const experience = candidate.experienceOccupationCodes;
  return {
    jobcentreId,
    municipalityCode: input.municipalityCode,
    reference: generateCandidateReference(),
    fullNameEncrypted: crypto.encryptFullName(candidate.fullName),
    emailEncrypted: crypto.encryptOptional('email', candidate.email),
    phoneEncrypted: crypto.encryptOptional('phone', candidate.phone),
    cprEncrypted: crypto.encryptCpr(candidate.cprDigits),
    cprIndex: crypto.cprIndex(candidate.cprDigits),
    nameSearchIndex: crypto.nameSearchIndex(candidate.fullName),
    dateOfBirth: candidate.dateOfBirth,
    residenceBasis: input.residenceBasis,
    arrivedInDenmarkOn: input.arrivedInDenmarkOn,
    arrivedInMunicipalityOn: input.arrivedInMunicipalityOn,
    priorIgu: input.priorIgu,
    desiredOccupationCodes: desired,
    experienceOccupationCodes: experience,
    occupationPrefixes: occupationPrefixes([...desired, ...experience]),
    skillCodes: candidate.skillCodes,
    danishLevel: input.danishLevel,
    englishLevel: input.englishLevel,
    drivingLicence: input.drivingLicence,
    maxCommuteKm: input.maxCommuteKm,
    willingToRelocate: input.willingToRelocate,
    availableFrom: input.availableFrom ?? null,
    shareProfileWithEmployers: input.shareProfileWithEmployers,
    ...firstOfferDates(input.arrivedInMunicipalityOn),
  };
}

/**
 * Validates and inserts a candidate for `jobcentreId`, with its outbox event,
 * in the caller's transaction. Shared by createCandidate and the demo seed.
 * Unique violations (same CPR: candidate_cpr_index_unique; reference
 * collision: candidate_reference_unique) propagate to the caller.
 */
export async function insertCandidate(
  manager: EntityManager,
  crypto: CandidateCrypto,
  {
    jobcentreId,
    input,
    today,
    recordedByUserId = null,
  }: { jobcentreId: string; input: NewCandidate; today: CalendarDate; recordedByUserId?: string | null },
): Promise<string> {
  const candidate = validateNewCandidate(input, today);
  await assertReferenceData(manager, jobcentreId, {
    municipalityCode: input.municipalityCode,
    desiredOccupationCodes: candidate.desiredOccupationCodes,
    experienceOccupationCodes: candidate.experienceOccupationCodes,
    skillCodes: candidate.skillCodes,
  });
  const result = await manager.insert(CandidateEntity, newCandidateValues(crypto, jobcentreId, candidate));
  const id = result.identifiers[0].id as string;
  if (input.shareProfileWithEmployers) await recordConsentChange(manager, { candidateId: id, shared: true, byUserId: recordedByUserId });
  await recordOutboxEvent(manager, {
    topic: CandidateEvent.CREATED,
    aggregateType: CANDIDATE_AGGREGATE,
    aggregateId: id,
    payload: { candidateId: id, jobcentreId },
  });
  return id;
}

/**
 * The column values an update sets, validated against the current record
 * (read in the same transaction) and reference data. Derived columns
 * (deadlines, occupation prefixes, name index) follow their sources.
 */
export async function candidateChangeValues(
  manager: EntityManager,
  crypto: CandidateCrypto,
  current: CandidateEntity,
  changes: CandidateChanges,
  today: CalendarDate,
): Promise<ColumnValues> {
  const values: ColumnValues = {};
  /** The new value of a field the record must always have; undefined when not given. */
  const required = <K extends keyof CandidateChanges>(key: K): NonNullable<CandidateChanges[K]> | undefined => {
    const value = changes[key];
    if (value === undefined) return undefined;
    assertPresent(value, `input.${key}`);
    return value;
  };

  const fullName = required('fullName');
  if (fullName !== undefined) {
    const normalised = normaliseFullName(fullName);
    values.fullNameEncrypted = crypto.encryptFullName(normalised);
    values.nameSearchIndex = crypto.nameSearchIndex(normalised);
  }
  if (changes.email !== undefined) values.emailEncrypted = crypto.encryptOptional('email', normaliseOptionalEmail(changes.email));
  if (changes.phone !== undefined) values.phoneEncrypted = crypto.encryptOptional('phone', normaliseOptionalPhone(changes.phone));
  if (changes.availableFrom !== undefined) values.availableFrom = changes.availableFrom;

  const arrivedInMunicipalityOn = required('arrivedInMunicipalityOn');
  if (arrivedInMunicipalityOn !== undefined) {
    assertArrivals({ dateOfBirth: current.dateOfBirth, arrivedInDenmarkOn: current.arrivedInDenmarkOn, arrivedInMunicipalityOn }, today);
    Object.assign(values, { arrivedInMunicipalityOn }, firstOfferDates(arrivedInMunicipalityOn));
  }
  const maxCommuteKm = required('maxCommuteKm');
  if (maxCommuteKm !== undefined) {
    assertCommuteKm(maxCommuteKm);
    values.maxCommuteKm = maxCommuteKm;
  }
  const status = required('status');
  if (status !== undefined) {
    assertStatusChange(current.status, status);
    values.status = status;
  }
  const plain = [
    'municipalityCode',
    'residenceBasis',
    'priorIgu',
    'danishLevel',
    'englishLevel',
    'drivingLicence',
    'willingToRelocate',
    'shareProfileWithEmployers',
  ] as const;
  for (const key of plain) {
    const value = required(key);
    if (value !== undefined) Object.assign(values, { [key]: value });
  }

  const codes = (
    key: 'desiredOccupationCodes' | 'experienceOccupationCodes' | 'skillCodes',
    max: number,
    reason: Parameters<typeof normaliseCodes>[2],
  ) => {
    const value = required(key);
    return value === undefined ? undefined : normaliseCodes(value, max, reason, `input.${key}`);
  };
  const desired = codes('desiredOccupationCodes', MAX_OCCUPATIONS, 'TOO_MANY_OCCUPATIONS');
  const experience = codes('experienceOccupationCodes', MAX_OCCUPATIONS, 'TOO_MANY_OCCUPATIONS');
  const skills = codes('skillCodes', MAX_SKILLS, 'TOO_MANY_SKILLS');
  if (desired) values.desiredOccupationCodes = desired;
  if (experience) values.experienceOccupationCodes = experience;
  if (desired || experience) {
    values.occupationPrefixes = occupationPrefixes([
      ...(desired ?? current.desiredOccupationCodes),
      ...(experience ?? current.experienceOccupationCodes),
    ]);
  }
  if (skills) values.skillCodes = skills;

  await assertReferenceData(manager, current.jobcentreId, {
    municipalityCode: values.municipalityCode,
    desiredOccupationCodes: desired,
    experienceOccupationCodes: experience,
    skillCodes: skills,
  });
  return values;
}

export interface ReferenceDataRefs {
  municipalityCode?: number;
  desiredOccupationCodes?: string[];
  experienceOccupationCodes?: string[];
  skillCodes?: string[];
}

/** What the reference checks need to know: for each municipality asked about, its jobcentre; which codes exist. */
export interface KnownReferenceData {
  municipalityJobcentre: ReadonlyMap<number, string>;
  occupations: ReadonlySet<string>;
  skills: ReadonlySet<string>;
}

/** Loads, in three queries, what `checkReferenceData` needs for all of `refs` (one candidate or a whole import batch). */
export async function loadReferenceData(manager: EntityManager, refs: readonly ReferenceDataRefs[]): Promise<KnownReferenceData> {
  const municipalities = [...new Set(refs.flatMap((ref) => (ref.municipalityCode === undefined ? [] : [ref.municipalityCode])))];
  const occupations = [
    ...new Set(refs.flatMap((ref) => [...(ref.desiredOccupationCodes ?? []), ...(ref.experienceOccupationCodes ?? [])])),
  ];
  const skills = [...new Set(refs.flatMap((ref) => ref.skillCodes ?? []))];
  const municipalityRows: { code: number; jobcentre_id: string }[] = municipalities.length
    ? await manager.query('SELECT code, jobcentre_id FROM municipality WHERE code = ANY($1::int[])', [municipalities])
    : [];
  const occupationRows: { code: string }[] = occupations.length
    ? await manager.query('SELECT code FROM occupation WHERE level = 4 AND code = ANY($1::text[])', [occupations])
    : [];
  const skillRows: { code: string }[] = skills.length
    ? await manager.query('SELECT code FROM skill WHERE code = ANY($1::text[])', [skills])
    : [];
  return {
    municipalityJobcentre: new Map(municipalityRows.map((row) => [row.code, row.jobcentre_id])),
    occupations: new Set(occupationRows.map((row) => row.code)),
    skills: new Set(skillRows.map((row) => row.code)),
  };
}

/** The municipality must be served by the jobcentre (transfers between jobcentres are out of scope); codes must exist. */
export function checkReferenceData(jobcentreId: string, refs: ReferenceDataRefs, known: KnownReferenceData): void {
  if (refs.municipalityCode !== undefined) {
    assertMunicipalityCode(refs.municipalityCode, 'input.municipalityCode');
    const servedBy = known.municipalityJobcentre.get(refs.municipalityCode);
    if (servedBy === undefined)
      throw new CandidateException(CandidateExceptionCode.UNKNOWN_MUNICIPALITY, 'No municipality has that code', 'input.municipalityCode');
    if (servedBy !== jobcentreId) {
      throw new CandidateException(
        CandidateExceptionCode.MUNICIPALITY_NOT_SERVED,
        'Your jobcentre does not serve this municipality (transfers to another jobcentre are not supported)',
        'input.municipalityCode',
      );
    }
  }
  for (const key of ['desiredOccupationCodes', 'experienceOccupationCodes'] as const) {
    const unknown = (refs[key] ?? []).filter((code) => !known.occupations.has(code));
    if (unknown.length) {
      throw new CandidateException(
        CandidateExceptionCode.UNKNOWN_OCCUPATION,
        'Occupations must be ISCO-08 unit groups (4 digits)',
        `input.${key}`,
        {
          codes: unknown,
        },
      );
    }
  }
  const unknownSkills = (refs.skillCodes ?? []).filter((code) => !known.skills.has(code));
  if (unknownSkills.length)
    throw new CandidateException(CandidateExceptionCode.UNKNOWN_SKILL, 'Unknown skill codes', 'input.skillCodes', { codes: unknownSkills });
}

/** `checkReferenceData` for one candidate, with what it needs loaded first. */
export async function assertReferenceData(manager: EntityManager, jobcentreId: string, refs: ReferenceDataRefs): Promise<void> {
  if (refs.municipalityCode !== undefined) assertMunicipalityCode(refs.municipalityCode, 'input.municipalityCode');
  checkReferenceData(jobcentreId, refs, await loadReferenceData(manager, [refs]));
}
