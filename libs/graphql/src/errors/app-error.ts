import { ErrorCode } from './error-code.js';

export interface AppErrorDetails {
  /** Names the broken rule for BAD_USER_INPUT and CONFLICT, e.g. `CVR_INVALID`. */
  reason?: string;
  /** Input path the error is about, e.g. `input.weeklyHours`. */
  field?: string;
  /** Extra machine-readable details that are safe to show (never personal data). */
  details?: Record<string, unknown>;
}

/** What a feature's domain exception carries (`libs/<feature>/src/errors/<feature>.exception.ts`). */
export interface DomainExceptionShape {
  readonly code: string;
  readonly message: string;
  readonly field?: string;
  readonly details?: Record<string, unknown>;
}

/**
 * A contract error code plus a safe message: what the one error formatter
 * (`format-error.ts`) puts into `extensions` (code, reason, field, details).
 * Feature services throw their own domain exceptions instead, which their
 * feature's mapper turns into an AppError (`AppError.of`); the GraphQL layer
 * itself (guards, field resolvers, pagination arguments) throws AppErrors directly.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly info: AppErrorDetails = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  /**
   * A domain exception as the contract error `code`. Its code becomes the
   * `reason` of BAD_USER_INPUT and CONFLICT errors; the other contract codes carry none.
   */
  static of(code: ErrorCode, exception: DomainExceptionShape): AppError {
    const named = code === ErrorCode.BAD_USER_INPUT || code === ErrorCode.CONFLICT;
    return new AppError(code, exception.message, {
      reason: named ? exception.code : undefined,
      field: exception.field,
      details: exception.details,
    });
  }

  static badInput(reason: string, message: string, field?: string, details?: Record<string, unknown>): AppError {
    return new AppError(ErrorCode.BAD_USER_INPUT, message, { reason, field, details });
  }

  static notFound(what = 'Object'): AppError {
    return new AppError(ErrorCode.NOT_FOUND, `${what} not found`);
  }

  static conflict(reason: string, message: string): AppError {
    return new AppError(ErrorCode.CONFLICT, message, { reason });
  }

  static forbidden(message = 'Your role may not perform this operation'): AppError {
    return new AppError(ErrorCode.FORBIDDEN, message);
  }

  static unauthenticated(message = 'Authentication required'): AppError {
    return new AppError(ErrorCode.UNAUTHENTICATED, message);
  }

  static rateLimited(retryAfterSeconds: number): AppError {
    return new AppError(ErrorCode.RATE_LIMITED, 'Too many attempts; try again later', {
      details: { retryAfterSeconds },
    });
  }
}
