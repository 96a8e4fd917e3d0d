import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { AppError, ErrorCode } from '@igu/graphql';
import type { Response } from 'express';
import { HandoverException, HandoverExceptionCode } from '../errors/handover.exception.js';
import { handoverContractCode } from '../graphql/handover-exception.mapper.js';

const STATUS: Record<ErrorCode, number> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.INTERNAL_SERVER_ERROR]: 500,
};

/**
 * The handover file routes answer errors as JSON `{ code, reason?, message }`
 * with the matching HTTP status (the guard's AppErrors: 401 without a token,
 * 403 for another role). An upload over the limit is 413. Anything unexpected
 * is a bare 500 (its details go to the log through Nest, never to the client).
 */
@Catch()
export class HandoverHttpErrors implements ExceptionFilter {
  private readonly logger = new Logger('HandoverHttpErrors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) return;
    if (exception instanceof HandoverException) {
      const code = handoverContractCode(exception.code);
      const status = exception.code === HandoverExceptionCode.UPLOAD_TOO_LARGE ? 413 : STATUS[code];
      response.status(status).json({ code, reason: exception.code, message: exception.message, ...(exception.details ?? {}) });
      return;
    }
    if (exception instanceof AppError) {
      response.status(STATUS[exception.code]).json({ code: exception.code, reason: exception.info.reason, message: exception.message });
      return;
    }
    if (exception instanceof HttpException && exception.getStatus() === 404) {
      response.status(404).json({ code: ErrorCode.NOT_FOUND, message: 'Not found' });
      return;
    }
    this.logger.error(exception instanceof Error ? exception.stack : 'non-error thrown', 'unexpected error in a handover file route');
    response.status(500).json({ code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Unexpected error' });
  }
}
