import { AppError, assertUnreachable, ErrorCode } from '@igu/graphql';
import { type ProposalException, ProposalExceptionCode } from '../errors/proposal.exception.js';

/** The contract code of each proposal exception code: a code added without a case here does not compile. */
export function proposalContractCode(code: ProposalExceptionCode): ErrorCode {
  switch (code) {
    case ProposalExceptionCode.TOO_LONG:
    case ProposalExceptionCode.IDEMPOTENCY_KEY_REUSED:
    case ProposalExceptionCode.IDEMPOTENCY_KEY_INVALID:
    case ProposalExceptionCode.IGU_NOT_ELIGIBLE:
    case ProposalExceptionCode.REASON_REQUIRED:
    case ProposalExceptionCode.INTERVIEW_LINK_REQUIRED:
    case ProposalExceptionCode.INTERVIEW_LINK_INVALID:
    case ProposalExceptionCode.INTERVIEW_LINK_NOT_HTTPS:
    case ProposalExceptionCode.INTERVIEW_PHONE_INVALID:
    case ProposalExceptionCode.INTERVIEW_LOCATION_INVALID:
      return ErrorCode.BAD_USER_INPUT;
    case ProposalExceptionCode.PROPOSAL_EXISTS:
    case ProposalExceptionCode.CANDIDATE_NOT_AVAILABLE:
    case ProposalExceptionCode.ILLEGAL_TRANSITION:
    case ProposalExceptionCode.PROGRAMME_STARTED:
    case ProposalExceptionCode.VERSION_MISMATCH:
    case ProposalExceptionCode.CONCURRENT_CHANGE:
      return ErrorCode.CONFLICT;
    case ProposalExceptionCode.PROPOSAL_NOT_FOUND:
    case ProposalExceptionCode.CANDIDATE_NOT_FOUND:
    case ProposalExceptionCode.POSITION_NOT_FOUND:
    case ProposalExceptionCode.NO_INTERVIEW:
      return ErrorCode.NOT_FOUND;
    case ProposalExceptionCode.ROLE_NOT_ALLOWED:
      return ErrorCode.FORBIDDEN;
    default:
      return assertUnreachable(code);
  }
}

/** Registered for the API's error formatter by the proposals GraphQL module. */
export function proposalExceptionToAppError(exception: ProposalException): AppError {
  return AppError.of(proposalContractCode(exception.code), exception);
}
