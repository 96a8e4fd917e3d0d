import { AppError, assertUnreachable, ErrorCode } from '@igu/graphql';
import { type ProgrammeException, ProgrammeExceptionCode } from '../errors/programme.exception.js';

/** The contract code of each programme exception code: a code added without a case here does not compile. */
export function programmeContractCode(code: ProgrammeExceptionCode): ErrorCode {
  switch (code) {
    case ProgrammeExceptionCode.DATE_OUT_OF_RANGE:
    case ProgrammeExceptionCode.START_DATE_IN_PAST:
    case ProgrammeExceptionCode.WEEKLY_HOURS_INVALID:
    case ProgrammeExceptionCode.WAGE_INVALID:
    case ProgrammeExceptionCode.UNKNOWN_UNION:
    case ProgrammeExceptionCode.TOO_MANY_SCHOOL_PERIODS:
    case ProgrammeExceptionCode.UNION_NOT_POSITION_UNION:
    case ProgrammeExceptionCode.UNION_FIXED:
    case ProgrammeExceptionCode.NO_PROGRAMME_FOR_JOB:
    case ProgrammeExceptionCode.REQUIRED:
    case ProgrammeExceptionCode.REASON_REQUIRED:
    case ProgrammeExceptionCode.TERMINATION_DATE_OUTSIDE_PROGRAMME:
    case ProgrammeExceptionCode.RULE_VIOLATIONS:
      return ErrorCode.BAD_USER_INPUT;
    case ProgrammeExceptionCode.PROPOSAL_NOT_ACCEPTED:
    case ProgrammeExceptionCode.PROGRAMME_EXISTS:
    case ProgrammeExceptionCode.IGU_PROGRAMME_IN_PROGRESS:
    case ProgrammeExceptionCode.PROGRAMME_NOT_EDITABLE:
    case ProgrammeExceptionCode.CANDIDATE_NOT_AVAILABLE:
    case ProgrammeExceptionCode.ILLEGAL_TRANSITION:
    case ProgrammeExceptionCode.COMPLETE_BEFORE_END:
    case ProgrammeExceptionCode.START_DATE_PASSED:
    case ProgrammeExceptionCode.VERSION_MISMATCH:
    case ProgrammeExceptionCode.CONCURRENT_CHANGE:
      return ErrorCode.CONFLICT;
    case ProgrammeExceptionCode.PROGRAMME_NOT_FOUND:
    case ProgrammeExceptionCode.PROPOSAL_NOT_FOUND:
      return ErrorCode.NOT_FOUND;
    case ProgrammeExceptionCode.ROLE_NOT_ALLOWED:
      return ErrorCode.FORBIDDEN;
    default:
      return assertUnreachable(code);
  }
}

/** Registered for the API's error formatter by the programmes GraphQL module. */
export function programmeExceptionToAppError(exception: ProgrammeException): AppError {
  return AppError.of(programmeContractCode(exception.code), exception);
}
