/**
 * Why a proposal could not be read, made or moved on.
 * Values are the API's `extensions.reason` (for BAD_USER_INPUT and
 * CONFLICT); `graphql/proposal-exception.mapper.ts` maps each code to its contract code.
 */
export const ProposalExceptionCode = {
  TOO_LONG: 'TOO_LONG',
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  IDEMPOTENCY_KEY_INVALID: 'IDEMPOTENCY_KEY_INVALID',
  IGU_NOT_ELIGIBLE: 'IGU_NOT_ELIGIBLE',
  REASON_REQUIRED: 'REASON_REQUIRED',
  INTERVIEW_LINK_REQUIRED: 'INTERVIEW_LINK_REQUIRED',
  INTERVIEW_LINK_INVALID: 'INTERVIEW_LINK_INVALID',
  INTERVIEW_LINK_NOT_HTTPS: 'INTERVIEW_LINK_NOT_HTTPS',
  INTERVIEW_PHONE_INVALID: 'INTERVIEW_PHONE_INVALID',
  INTERVIEW_LOCATION_INVALID: 'INTERVIEW_LOCATION_INVALID',
  NO_INTERVIEW: 'NO_INTERVIEW',
  PROPOSAL_EXISTS: 'PROPOSAL_EXISTS',
  CANDIDATE_NOT_AVAILABLE: 'CANDIDATE_NOT_AVAILABLE',
  ILLEGAL_TRANSITION: 'ILLEGAL_TRANSITION',
  PROGRAMME_STARTED: 'PROGRAMME_STARTED',
  VERSION_MISMATCH: 'VERSION_MISMATCH',
  CONCURRENT_CHANGE: 'CONCURRENT_CHANGE',
  PROPOSAL_NOT_FOUND: 'PROPOSAL_NOT_FOUND',
  CANDIDATE_NOT_FOUND: 'CANDIDATE_NOT_FOUND',
  POSITION_NOT_FOUND: 'POSITION_NOT_FOUND',
  ROLE_NOT_ALLOWED: 'ROLE_NOT_ALLOWED',
} as const;
export type ProposalExceptionCode = (typeof ProposalExceptionCode)[keyof typeof ProposalExceptionCode];

/** Thrown by the proposals services; knows nothing of GraphQL. `field` is the input path, `details` safe extras. */
export class ProposalException extends Error {
  constructor(
    readonly code: ProposalExceptionCode,
    message: string,
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ProposalException';
  }
}
