import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Inject, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { ErrorCode } from './error-code.js';
import { ExceptionMapperRegistry } from './exception-mappers.js';

const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.INTERNAL_SERVER_ERROR]: 500,
};

/**
 * Errors of the file routes (non-GraphQL controllers, e.g. calendar and PDF
 * downloads) as HTTP statuses with the contract's code: the guard's
 * UNAUTHENTICATED is 401, FORBIDDEN 403, a feature's NOT_FOUND 404. Anything
 * unknown is a bare 500, reported server-side only.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrorFilter');

  constructor(@Inject(ExceptionMapperRegistry) private readonly mappers: ExceptionMapperRegistry) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const known = this.mappers.toAppError(exception);
    if (known) {
      response.status(HTTP_STATUS[known.code]).json({ code: known.code, reason: known.info.reason, message: known.message });
      return;
    }
    if (exception instanceof HttpException) {
      response.status(exception.getStatus()).json({ message: exception.message });
      return;
    }
    this.logger.error(exception);
    response.status(500).json({ code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Internal server error' });
  }
}
