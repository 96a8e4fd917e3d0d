import { AppError, assertUnreachable, ErrorCode } from '@igu/graphql';
import { type ReferenceDataException, ReferenceDataExceptionCode } from '../errors/reference-data.exception.js';

/** The contract code of each referenceData exception code: a code added without a case here does not compile. */
export function referenceDataContractCode(code: ReferenceDataExceptionCode): ErrorCode {
  switch (code) {
    case ReferenceDataExceptionCode.UNKNOWN_MUNICIPALITY:
    case ReferenceDataExceptionCode.UNKNOWN_REGION:
      return ErrorCode.BAD_USER_INPUT;
    default:
      return assertUnreachable(code);
  }
}

/** Registered for the API's error formatter by the reference-data GraphQL module. */
export function referenceDataExceptionToAppError(exception: ReferenceDataException): AppError {
  return AppError.of(referenceDataContractCode(exception.code), exception);
}
