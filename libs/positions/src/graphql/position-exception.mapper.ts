import { AppError, assertUnreachable, ErrorCode } from '@igu/graphql';
import { PositionRule } from '../rules/position-rules.js';
import { TransitionRefusal } from '../rules/position-transitions.js';
import { type PositionException, PositionExceptionCode } from '../errors/position.exception.js';

/** The contract code of each position exception code: a code added without a case here does not compile. */
export function positionContractCode(code: PositionExceptionCode): ErrorCode {
  switch (code) {
    case PositionRule.TITLE_LENGTH:
    case PositionRule.DESCRIPTION_LENGTH:
    case PositionRule.UNKNOWN_OCCUPATION:
    case PositionRule.OCCUPATION_NOT_UNIT_GROUP:
    case PositionRule.UNKNOWN_MUNICIPALITY:
    case PositionRule.UNKNOWN_SKILL:
    case PositionRule.DUPLICATE_SKILL:
    case PositionRule.TOO_MANY_SKILLS:
    case PositionRule.UNKNOWN_UNION:
    case PositionRule.IGU_UNION_REQUIRED:
    case PositionRule.WEEKLY_HOURS_OUT_OF_RANGE:
    case PositionRule.IGU_WEEKLY_HOURS_TOO_LOW:
    case PositionRule.OPENINGS_OUT_OF_RANGE:
    case PositionRule.START_DATE_IN_PAST:
    case PositionRule.APPLICATION_DEADLINE_IN_PAST:
    case PositionRule.DEADLINE_AFTER_START_DATE:
    case PositionRule.IGU_SCHEME_ENDED:
    case PositionRule.LOCATION_OUTSIDE_DENMARK:
    case PositionRule.HOURLY_WAGE_OUT_OF_RANGE:
    case PositionRule.COLLECTIVE_AGREEMENT_LENGTH:
    case PositionExceptionCode.FILTER_TOO_LONG:
    case PositionExceptionCode.OCCUPATION_CODE_INVALID:
    case PositionExceptionCode.NEAR_INVALID:
    case PositionExceptionCode.INVALID_ID:
    case PositionExceptionCode.VALUE_REQUIRED:
    case PositionExceptionCode.CLOSE_REASON_TOO_LONG:
    case PositionExceptionCode.IDEMPOTENCY_KEY_REUSED:
    case PositionExceptionCode.IDEMPOTENCY_KEY_INVALID:
      return ErrorCode.BAD_USER_INPUT;
    case TransitionRefusal.ILLEGAL_TRANSITION:
    case TransitionRefusal.POSITION_NOT_EDITABLE:
    case TransitionRefusal.FIELD_LOCKED_WHILE_OPEN:
    case TransitionRefusal.VERSION_MISMATCH:
    case PositionExceptionCode.UNION_LOCKED:
    case PositionExceptionCode.START_DATE_CHANGE_LIMIT:
      return ErrorCode.CONFLICT;
    case PositionExceptionCode.POSITION_NOT_FOUND:
      return ErrorCode.NOT_FOUND;
    case PositionExceptionCode.ROLE_NOT_ALLOWED:
      return ErrorCode.FORBIDDEN;
    default:
      return assertUnreachable(code);
  }
}

/** Registered for the API's error formatter by the positions GraphQL module. */
export function positionExceptionToAppError(exception: PositionException): AppError {
  return AppError.of(positionContractCode(exception.code), exception);
}
