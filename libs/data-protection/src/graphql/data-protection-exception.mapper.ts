import { AppError, assertUnreachable, ErrorCode } from '@igu/graphql';
import { type DataProtectionException, DataProtectionExceptionCode } from '../errors/data-protection.exception.js';

/** The contract code of each data-protection exception code: a code added without a case here does not compile. */
export function dataProtectionContractCode(code: DataProtectionExceptionCode): ErrorCode {
  switch (code) {
    case DataProtectionExceptionCode.REASON_REQUIRED:
    case DataProtectionExceptionCode.REASON_TOO_LONG:
    case DataProtectionExceptionCode.PERIOD_INVALID:
      return ErrorCode.BAD_USER_INPUT;
    case DataProtectionExceptionCode.PROGRAMME_ACTIVE:
    case DataProtectionExceptionCode.ERASURE_BLOCKED:
      return ErrorCode.CONFLICT;
    case DataProtectionExceptionCode.CANDIDATE_NOT_FOUND:
      return ErrorCode.NOT_FOUND;
    case DataProtectionExceptionCode.ROLE_NOT_ALLOWED:
      return ErrorCode.FORBIDDEN;
    default:
      return assertUnreachable(code);
  }
}

export function dataProtectionExceptionToAppError(exception: DataProtectionException): AppError {
  return AppError.of(dataProtectionContractCode(exception.code), exception);
}
