import type { CalendarDate } from '@igu/calendar';
import { type Cpr, parseCpr } from '@igu/personal-data';
import { CandidateStatus } from '../candidate-status.js';
import { CandidateException, CandidateExceptionCode } from '../errors/candidate.exception.js';

/**
 * Validation and normalisation of what a caseworker types in. Pure: the
 * checks against reference data (municipality, occupations, skills) live in
 * the writer, which has the database.
 */

export const MAX_OCCUPATIONS = 20;
export const MAX_SKILLS = 50;
export const MAX_COMMUTE_KM = 500;

export function normaliseFullName(value: string, field = 'input.fullName'): string {
  const name = value.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (name.length < 1 || name.length > 200)
    throw new CandidateException(CandidateExceptionCode.NAME_INVALID, 'Full name must be 1–200 characters', field);
  return name;
}

/** The CPR as digits with its birth date; a birth date after today is no real CPR either. */
export function parseCandidateCpr(value: string, today: CalendarDate, field = 'input.cpr'): Cpr {
  const cpr = parseCpr(value);
  if (!cpr || cpr.dateOfBirth > today) {
    throw new CandidateException(CandidateExceptionCode.CPR_INVALID, 'CPR must be DDMMYY-SSSS or DDMMYYSSSS with a real birth date', field);
  }
  return cpr;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Empty means none. */
export function normaliseOptionalEmail(value: string | null | undefined, field = 'input.email'): string | null {
  const email = value?.trim() ?? '';
  if (email === '') return null;
  if (email.length > 254 || !EMAIL.test(email))
    throw new CandidateException(CandidateExceptionCode.EMAIL_INVALID, 'E-mail address is not valid', field);
  return email;
}

/** Digits with an optional leading +; spaces, dashes, dots and brackets are dropped. Empty means none. */
export function normaliseOptionalPhone(value: string | null | undefined, field = 'input.phone'): string | null {
  const phone = (value ?? '').replace(/[\s().-]/g, '');
  if (phone === '') return null;
  if (!/^\+?\d{6,15}$/.test(phone))
    throw new CandidateException(CandidateExceptionCode.PHONE_INVALID, 'Phone number must have 6–15 digits', field);
  return phone;
}

export function assertNotInFuture(date: CalendarDate, today: CalendarDate, field: string): void {
  if (date > today) throw new CandidateException(CandidateExceptionCode.DATE_IN_FUTURE, 'This date cannot lie in the future', field);
}

/** Arrival in Denmark after birth, arrival in the municipality not before arrival in Denmark, neither in the future. */
export function assertArrivals(
  dates: { dateOfBirth: CalendarDate; arrivedInDenmarkOn: CalendarDate; arrivedInMunicipalityOn: CalendarDate },
  today: CalendarDate,
): void {
  assertNotInFuture(dates.arrivedInDenmarkOn, today, 'input.arrivedInDenmarkOn');
  assertNotInFuture(dates.arrivedInMunicipalityOn, today, 'input.arrivedInMunicipalityOn');
  if (dates.arrivedInDenmarkOn < dates.dateOfBirth) {
    throw new CandidateException(
      CandidateExceptionCode.ARRIVAL_BEFORE_BIRTH,
      'Arrival in Denmark cannot precede the birth date',
      'input.arrivedInDenmarkOn',
    );
  }
  if (dates.arrivedInMunicipalityOn < dates.arrivedInDenmarkOn) {
    throw new CandidateException(
      CandidateExceptionCode.MUNICIPALITY_ARRIVAL_BEFORE_DENMARK,
      'Arrival in the municipality cannot precede arrival in Denmark',
      'input.arrivedInMunicipalityOn',
    );
  }
}

export function assertCommuteKm(value: number, field = 'input.maxCommuteKm'): void {
  if (!Number.isInteger(value) || value < 0 || value > MAX_COMMUTE_KM) {
    throw new CandidateException(
      CandidateExceptionCode.COMMUTE_OUT_OF_RANGE,
      `maxCommuteKm must be a whole number from 0 to ${MAX_COMMUTE_KM}`,
      field,
    );
  }
}

type TooManyCodes = typeof CandidateExceptionCode.TOO_MANY_OCCUPATIONS | typeof CandidateExceptionCode.TOO_MANY_SKILLS;

/** Trimmed, duplicates dropped, order kept; at most `max`. */
export function normaliseCodes(codes: readonly string[], max: number, reason: TooManyCodes, field: string): string[] {
  const unique = [...new Set(codes.map((code) => code.trim()))];
  if (unique.length > max) throw new CandidateException(reason, `At most ${max} entries`, field);
  return unique;
}

/** IN_PROGRAMME belongs to programmes: set by startProgramme, cleared by completing or terminating. */
export function assertStatusChange(current: CandidateStatus, next: CandidateStatus): void {
  if (next === current) return;
  if (next === CandidateStatus.IN_PROGRAMME || current === CandidateStatus.IN_PROGRAMME) {
    throw new CandidateException(
      CandidateExceptionCode.STATUS_MANAGED_BY_PROGRAMME,
      'IN_PROGRAMME is set and cleared by the candidate’s programme, not by hand',
      'input.status',
    );
  }
}

/** An explicit null for something the record must always have. */
export function assertPresent<T>(value: T | null, field: string): asserts value is T {
  if (value === null) throw new CandidateException(CandidateExceptionCode.VALUE_REQUIRED, 'This field cannot be cleared', field);
}
