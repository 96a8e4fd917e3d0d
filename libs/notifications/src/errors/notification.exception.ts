/**
 * Why a notification request was refused. Values are the API's
 * `extensions.reason`; `graphql/notification-exception.mapper.ts` maps each to its contract code.
 */
export const NotificationExceptionCode = {
  TOO_MANY_IDS: 'TOO_MANY_IDS',
} as const;
export type NotificationExceptionCode = (typeof NotificationExceptionCode)[keyof typeof NotificationExceptionCode];

export class NotificationException extends Error {
  constructor(
    readonly code: NotificationExceptionCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'NotificationException';
  }
}
