import { AppError, assertUnreachable, ErrorCode } from '@igu/graphql';
import { type AuthException, AuthExceptionCode } from '../errors/auth.exception.js';

/** The contract code of each auth exception code: a code added without a case here does not compile. */
export function authContractCode(code: AuthExceptionCode): ErrorCode {
  switch (code) {
    case AuthExceptionCode.EMAIL_INVALID:
    case AuthExceptionCode.PASSWORD_TOO_SHORT:
    case AuthExceptionCode.PASSWORD_TOO_LONG:
    case AuthExceptionCode.DISPLAY_NAME_INVALID:
    case AuthExceptionCode.ORGANISATION_NOT_ALLOWED:
    case AuthExceptionCode.ORGANISATION_REQUIRED:
    case AuthExceptionCode.UNKNOWN_ORGANISATION:
      return ErrorCode.BAD_USER_INPUT;
    case AuthExceptionCode.EMAIL_TAKEN:
      return ErrorCode.CONFLICT;
    case AuthExceptionCode.INVALID_CREDENTIALS:
    case AuthExceptionCode.ACCOUNT_GONE:
      return ErrorCode.UNAUTHENTICATED;
    case AuthExceptionCode.RATE_LIMITED:
      return ErrorCode.RATE_LIMITED;
    default:
      return assertUnreachable(code);
  }
}

/** Registered for the API's error formatter by the auth GraphQL module. */
export function authExceptionToAppError(exception: AuthException): AppError {
  return AppError.of(authContractCode(exception.code), exception);
}
