import { AppError, assertUnreachable, ErrorCode } from '@igu/graphql';
import { type HandoverException, HandoverExceptionCode } from '../errors/handover.exception.js';

/** The contract code of each handover exception code: a code added without a case here does not compile. */
export function handoverContractCode(code: HandoverExceptionCode): ErrorCode {
  switch (code) {
    case HandoverExceptionCode.FILE_MISSING:
    case HandoverExceptionCode.NOT_MULTIPART:
    case HandoverExceptionCode.UPLOAD_TOO_LARGE:
    case HandoverExceptionCode.FILE_EMPTY:
    case HandoverExceptionCode.FILE_NOT_UTF8:
      return ErrorCode.BAD_USER_INPUT;
    case HandoverExceptionCode.IMPORT_NOT_FOUND:
      return ErrorCode.NOT_FOUND;
    case HandoverExceptionCode.ROLE_NOT_ALLOWED:
      return ErrorCode.FORBIDDEN;
    default:
      return assertUnreachable(code);
  }
}

/** Registered for the API's error formatter by the handover GraphQL module. */
export function handoverExceptionToAppError(exception: HandoverException): AppError {
  return AppError.of(handoverContractCode(exception.code), exception);
}
