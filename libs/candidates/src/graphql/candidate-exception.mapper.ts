import { AppError, assertUnreachable, ErrorCode } from '@igu/graphql';
import { type CandidateException, CandidateExceptionCode } from '../errors/candidate.exception.js';

/** The contract code of each candidate exception code: a code added without a case here does not compile. */
export function candidateContractCode(code: CandidateExceptionCode): ErrorCode {
  switch (code) {
    case CandidateExceptionCode.NAME_INVALID:
    case CandidateExceptionCode.CPR_INVALID:
    case CandidateExceptionCode.EMAIL_INVALID:
    case CandidateExceptionCode.PHONE_INVALID:
    case CandidateExceptionCode.DATE_IN_FUTURE:
    case CandidateExceptionCode.ARRIVAL_BEFORE_BIRTH:
    case CandidateExceptionCode.MUNICIPALITY_ARRIVAL_BEFORE_DENMARK:
    case CandidateExceptionCode.COMMUTE_OUT_OF_RANGE:
    case CandidateExceptionCode.TOO_MANY_OCCUPATIONS:
    case CandidateExceptionCode.TOO_MANY_SKILLS:
    case CandidateExceptionCode.STATUS_MANAGED_BY_PROGRAMME:
    case CandidateExceptionCode.VALUE_REQUIRED:
    case CandidateExceptionCode.UNKNOWN_MUNICIPALITY:
    case CandidateExceptionCode.MUNICIPALITY_NOT_SERVED:
    case CandidateExceptionCode.UNKNOWN_OCCUPATION:
    case CandidateExceptionCode.UNKNOWN_SKILL:
    case CandidateExceptionCode.FILTER_TOO_LARGE:
    case CandidateExceptionCode.INVALID_OCCUPATION_CODE:
    case CandidateExceptionCode.TEXT_TOO_LONG:
    case CandidateExceptionCode.IDEMPOTENCY_KEY_REUSED:
    case CandidateExceptionCode.IDEMPOTENCY_KEY_INVALID:
      return ErrorCode.BAD_USER_INPUT;
    case CandidateExceptionCode.CPR_ALREADY_REGISTERED:
    case CandidateExceptionCode.VERSION_MISMATCH:
    case CandidateExceptionCode.CANDIDATE_PSEUDONYMISED:
      return ErrorCode.CONFLICT;
    case CandidateExceptionCode.CANDIDATE_NOT_FOUND:
      return ErrorCode.NOT_FOUND;
    case CandidateExceptionCode.ROLE_NOT_ALLOWED:
      return ErrorCode.FORBIDDEN;
    default:
      return assertUnreachable(code);
  }
}

/** Registered for the API's error formatter by the candidates GraphQL module. */
export function candidateExceptionToAppError(exception: CandidateException): AppError {
  return AppError.of(candidateContractCode(exception.code), exception);
}
