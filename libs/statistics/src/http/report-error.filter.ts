import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import { AppError, ErrorCode } from '@igu/graphql';
import type { Response } from 'express';
import { StatisticsException } from '../errors/statistics.exception.js';
import { statisticsExceptionToAppError } from '../graphql/statistics-exception.mapper.js';

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
};

/**
 * The report routes answer errors as the GraphQL API codes them, with the HTTP
 * status that goes with the code: `{ code, reason?, field?, message }`. The
 * global guard's AppErrors (no token: 401) pass through here too.
 */
@Catch(AppError, StatisticsException)
export class ReportErrorFilter implements ExceptionFilter {
  catch(exception: AppError | StatisticsException, host: ArgumentsHost): void {
    const error = exception instanceof StatisticsException ? statisticsExceptionToAppError(exception) : exception;
    const response = host.switchToHttp().getResponse<Response>();
    response
      .status(STATUS[error.code] ?? 500)
      .json({ code: error.code, reason: error.info.reason, field: error.info.field, message: error.message });
  }
}
