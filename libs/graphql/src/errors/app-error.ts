import { ErrorCode } from './error-code.js';

export interface AppErrorDetails {
  /** Names the broken rule for BAD_USER_INPUT and CONFLICT, e.g. `CVR_INVALID`. */
  reason?: string;
  /** Input path the error is about, e.g. `input.weeklyHours`. */
  field?: string;
  /** Extra machine-readable details that are safe to show (never personal data). */
  details?: Record<string, unknown>;
}

/**
 * A contract error code plus a safe message. Services, resolvers and guards throw it
 * directly; the one error formatter (`format-error.ts`) puts code, reason,
 * field and details into `extensions`.
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
