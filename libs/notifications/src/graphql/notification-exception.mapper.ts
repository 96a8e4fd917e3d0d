import { AppError, ErrorCode } from '@igu/graphql';
import { type NotificationException, NotificationExceptionCode } from '../errors/notification.exception.js';

/** The contract code of each notification exception code: a code added without an entry here does not compile. */
const CONTRACT_CODES: Record<NotificationExceptionCode, ErrorCode> = {
  [NotificationExceptionCode.TOO_MANY_IDS]: ErrorCode.BAD_USER_INPUT,
};

export function notificationContractCode(code: NotificationExceptionCode): ErrorCode {
  return CONTRACT_CODES[code];
}

export function notificationExceptionToAppError(exception: NotificationException): AppError {
  return AppError.of(notificationContractCode(exception.code), exception);
}
