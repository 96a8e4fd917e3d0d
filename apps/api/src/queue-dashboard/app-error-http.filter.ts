import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import { AppError, ErrorCode } from '@igu/graphql';
import type { Response } from 'express';

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.CONFLICT]: 409,
};

/** The global guard throws AppErrors (GraphQL's language); on a plain HTTP route they become their status codes. */
@Catch(AppError)
export class AppErrorHttpFilter implements ExceptionFilter {
  catch(error: AppError, host: ArgumentsHost): void {
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(STATUS[error.code] ?? 500)
      .json({ code: error.code, message: error.message });
  }
}
