import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import { AppError, ErrorCode } from '@igu/graphql';
import type { Response } from 'express';
import { DataProtectionException } from '../errors/data-protection.exception.js';
import { dataProtectionContractCode } from '../graphql/data-protection-exception.mapper.js';

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.CONFLICT]: 409,
};

/**
 * The guard's and the services' coded errors as HTTP statuses for the export
 * route: 401 without a valid token, 403 for a role that may never export,
 * 404 for a candidate the caller may not see. The body is the code only.
 */
@Catch(AppError, DataProtectionException)
export class CodedErrorHttpFilter implements ExceptionFilter {
  catch(error: AppError | DataProtectionException, host: ArgumentsHost): void {
    const code = error instanceof AppError ? error.code : dataProtectionContractCode(error.code);
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(STATUS[code] ?? 500)
      .json({ error: code });
  }
}
