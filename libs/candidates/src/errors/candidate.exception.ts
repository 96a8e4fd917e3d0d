/**
 * Why a candidate could not be read, registered or changed.
 * Values are the API's `extensions.reason` (for BAD_USER_INPUT and
 * CONFLICT); `graphql/candidate-exception.mapper.ts` maps each code to its contract code.
 */
export const CandidateExceptionCode = {
  NAME_INVALID: 'NAME_INVALID',
  CPR_INVALID: 'CPR_INVALID',
  EMAIL_INVALID: 'EMAIL_INVALID',
  PHONE_INVALID: 'PHONE_INVALID',
  DATE_IN_FUTURE: 'DATE_IN_FUTURE',
  ARRIVAL_BEFORE_BIRTH: 'ARRIVAL_BEFORE_BIRTH',
  MUNICIPALITY_ARRIVAL_BEFORE_DENMARK: 'MUNICIPALITY_ARRIVAL_BEFORE_DENMARK',
  COMMUTE_OUT_OF_RANGE: 'COMMUTE_OUT_OF_RANGE',
  TOO_MANY_OCCUPATIONS: 'TOO_MANY_OCCUPATIONS',
  TOO_MANY_SKILLS: 'TOO_MANY_SKILLS',
  STATUS_MANAGED_BY_PROGRAMME: 'STATUS_MANAGED_BY_PROGRAMME',
  VALUE_REQUIRED: 'VALUE_REQUIRED',
  UNKNOWN_MUNICIPALITY: 'UNKNOWN_MUNICIPALITY',
  MUNICIPALITY_NOT_SERVED: 'MUNICIPALITY_NOT_SERVED',
  UNKNOWN_OCCUPATION: 'UNKNOWN_OCCUPATION',
  UNKNOWN_SKILL: 'UNKNOWN_SKILL',
  FILTER_TOO_LARGE: 'FILTER_TOO_LARGE',
  INVALID_OCCUPATION_CODE: 'INVALID_OCCUPATION_CODE',
  TEXT_TOO_LONG: 'TEXT_TOO_LONG',
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  IDEMPOTENCY_KEY_INVALID: 'IDEMPOTENCY_KEY_INVALID',
  CPR_ALREADY_REGISTERED: 'CPR_ALREADY_REGISTERED',
  VERSION_MISMATCH: 'VERSION_MISMATCH',
  /** The record was pseudonymised (erasure or retention): it is kept for statistics only, never edited again. */
  CANDIDATE_PSEUDONYMISED: 'CANDIDATE_PSEUDONYMISED',
  CANDIDATE_NOT_FOUND: 'CANDIDATE_NOT_FOUND',
  ROLE_NOT_ALLOWED: 'ROLE_NOT_ALLOWED',
} as const;
export type CandidateExceptionCode = (typeof CandidateExceptionCode)[keyof typeof CandidateExceptionCode];

/** Thrown by the candidates services; knows nothing of GraphQL. `field` is the input path, `details` safe extras. */
export class CandidateException extends Error {
  constructor(
    readonly code: CandidateExceptionCode,
    message: string,
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'CandidateException';
  }
}
