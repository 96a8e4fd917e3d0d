/**
 * Why a programme could not be read, created, edited or moved on.
 * Values are the API's `extensions.reason` (for BAD_USER_INPUT and
 * CONFLICT); `graphql/programme-exception.mapper.ts` maps each code to its contract code.
 */
export const ProgrammeExceptionCode = {
  DATE_OUT_OF_RANGE: 'DATE_OUT_OF_RANGE',
  START_DATE_IN_PAST: 'START_DATE_IN_PAST',
  WEEKLY_HOURS_INVALID: 'WEEKLY_HOURS_INVALID',
  WAGE_INVALID: 'WAGE_INVALID',
  UNKNOWN_UNION: 'UNKNOWN_UNION',
  TOO_MANY_SCHOOL_PERIODS: 'TOO_MANY_SCHOOL_PERIODS',
  UNION_NOT_POSITION_UNION: 'UNION_NOT_POSITION_UNION',
  UNION_FIXED: 'UNION_FIXED',
  NO_PROGRAMME_FOR_JOB: 'NO_PROGRAMME_FOR_JOB',
  REQUIRED: 'REQUIRED',
  REASON_REQUIRED: 'REASON_REQUIRED',
  TERMINATION_DATE_OUTSIDE_PROGRAMME: 'TERMINATION_DATE_OUTSIDE_PROGRAMME',
  RULE_VIOLATIONS: 'RULE_VIOLATIONS',
  PROPOSAL_NOT_ACCEPTED: 'PROPOSAL_NOT_ACCEPTED',
  PROGRAMME_EXISTS: 'PROGRAMME_EXISTS',
  IGU_PROGRAMME_IN_PROGRESS: 'IGU_PROGRAMME_IN_PROGRESS',
  PROGRAMME_NOT_EDITABLE: 'PROGRAMME_NOT_EDITABLE',
  CANDIDATE_NOT_AVAILABLE: 'CANDIDATE_NOT_AVAILABLE',
  ILLEGAL_TRANSITION: 'ILLEGAL_TRANSITION',
  COMPLETE_BEFORE_END: 'COMPLETE_BEFORE_END',
  START_DATE_PASSED: 'START_DATE_PASSED',
  VERSION_MISMATCH: 'VERSION_MISMATCH',
  CONCURRENT_CHANGE: 'CONCURRENT_CHANGE',
  PROGRAMME_NOT_FOUND: 'PROGRAMME_NOT_FOUND',
  PROPOSAL_NOT_FOUND: 'PROPOSAL_NOT_FOUND',
  ROLE_NOT_ALLOWED: 'ROLE_NOT_ALLOWED',
} as const;
export type ProgrammeExceptionCode = (typeof ProgrammeExceptionCode)[keyof typeof ProgrammeExceptionCode];

/** Thrown by the programmes services; knows nothing of GraphQL. `field` is the input path, `details` safe extras. */
export class ProgrammeException extends Error {
  constructor(
    readonly code: ProgrammeExceptionCode,
    message: string,
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ProgrammeException';
  }
}
