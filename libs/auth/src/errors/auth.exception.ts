/**
 * Why an account, login or registration was refused.
 * Values are the API's `extensions.reason` (for BAD_USER_INPUT and
 * CONFLICT); `graphql/auth-exception.mapper.ts` maps each code to its contract code.
 */
export const AuthExceptionCode = {
  EMAIL_INVALID: 'EMAIL_INVALID',
  PASSWORD_TOO_SHORT: 'PASSWORD_TOO_SHORT',
  PASSWORD_TOO_LONG: 'PASSWORD_TOO_LONG',
  DISPLAY_NAME_INVALID: 'DISPLAY_NAME_INVALID',
  ORGANISATION_NOT_ALLOWED: 'ORGANISATION_NOT_ALLOWED',
  ORGANISATION_REQUIRED: 'ORGANISATION_REQUIRED',
  UNKNOWN_ORGANISATION: 'UNKNOWN_ORGANISATION',
  EMAIL_TAKEN: 'EMAIL_TAKEN',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  ACCOUNT_GONE: 'ACCOUNT_GONE',
  RATE_LIMITED: 'RATE_LIMITED',
} as const;
export type AuthExceptionCode = (typeof AuthExceptionCode)[keyof typeof AuthExceptionCode];

/** Thrown by the auth services; knows nothing of GraphQL. `field` is the input path, `details` safe extras. */
export class AuthException extends Error {
  constructor(
    readonly code: AuthExceptionCode,
    message: string,
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AuthException';
  }
}
