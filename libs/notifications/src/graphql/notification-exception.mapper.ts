import { AppError, assertUnreachable, ErrorCode } from '@igu/graphql';
import { type NotificationException, NotificationExceptionCode } from '../errors/notification.exception.js';

/** The contract code of each notification exception code: a code added without a case here does not compile. */
export function notificationContractCode(code: NotificationExceptionCode): ErrorCode {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- one code today; the switch makes a new one a compile error here
  switch (code) {
    case NotificationExceptionCode.TOO_MANY_IDS:
      return ErrorCode.BAD_USER_INPUT;
    default:
      return assertUnreachable(code);
  }
}

export function notificationExceptionToAppError(exception: NotificationException): AppError {
  return AppError.of(notificationContractCode(exception.code), exception);
}
