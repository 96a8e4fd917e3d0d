import { AppError, assertUnreachable, ErrorCode } from '@igu/graphql';
import { type StatisticsException, StatisticsExceptionCode } from '../errors/statistics.exception.js';

/** The contract code of each statistics exception code: a code added without a case here does not compile. */
export function statisticsContractCode(code: StatisticsExceptionCode): ErrorCode {
  switch (code) {
    case StatisticsExceptionCode.DATE_INVALID:
    case StatisticsExceptionCode.PERIOD_INVERTED:
    case StatisticsExceptionCode.PERIOD_TOO_LONG:
    case StatisticsExceptionCode.MONTHS_OUT_OF_RANGE:
    case StatisticsExceptionCode.UNKNOWN_REGION:
    case StatisticsExceptionCode.UNKNOWN_MUNICIPALITY:
      return ErrorCode.BAD_USER_INPUT;
    default:
      return assertUnreachable(code);
  }
}

/** Registered for the API's error formatter by the statistics GraphQL module. */
export function statisticsExceptionToAppError(exception: StatisticsException): AppError {
  return AppError.of(statisticsContractCode(exception.code), exception);
}
