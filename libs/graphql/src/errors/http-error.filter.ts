import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import type { Response } from 'express';
import type { AppError } from './app-error.js';
import { ErrorCode } from './error-code.js';
import type { ExceptionMapperRegistry } from './exception-mappers.js';
import type { UnexpectedErrorReporter } from './format-error.js';

/** HTTP-only: a request body over the parser's limit (GraphQL answers it as BAD_USER_INPUT). */
const PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE';

const STATUS_OF_CODE: Readonly<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.INTERNAL_SERVER_ERROR]: 500,
};

const CODE_OF_STATUS: Readonly<Partial<Record<number, string>>> = {
  400: ErrorCode.BAD_USER_INPUT,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  413: PAYLOAD_TOO_LARGE,
  429: ErrorCode.RATE_LIMITED,
};

const INTERNAL: HttpErrorBody = { error: { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Internal server error' } };

/** What a file route answers on error: the GraphQL error's code and extensions, under `error`. */
export interface HttpErrorBody {
  error: { code: string; message: string; reason?: string; field?: string; [detail: string]: unknown };
}

/**
 * The one error answer of the Nest controllers (file routes, health, sessions):
 * the coded errors GraphQL clients see (`AppError`s and registered domain
 * exceptions, the global guard's 401/403 among them) with the HTTP status of
 * their code, Nest's HttpExceptions (body-parser's 400/413, route 404) coded
 * alike, and anything else a bare 500 reported server-side. Never a stack or
 * SQL. GraphQL resolvers' errors pass through untouched: Apollo's formatter
 * answers those (`format-error.ts`).
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  constructor(
    private readonly mappers: Pick<ExceptionMapperRegistry, 'toAppError'>,
    private readonly report: UnexpectedErrorReporter,
  ) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const response = host.switchToHttp().getResponse<Response>();
    const [status, body] = this.answer(exception);
    if (response.headersSent) {
      // A streamed answer failed half-way: nothing sensible can follow the bytes already sent.
      response.destroy();
      return;
    }
    const retryAfter = body.error.retryAfterSeconds;
    if (status === 429 && typeof retryAfter === 'number') response.setHeader('Retry-After', String(Math.ceil(retryAfter)));
    response.status(status).json(body);
  }

  private answer(exception: unknown): [number, HttpErrorBody] {
    const known = this.mappers.toAppError(exception);
    if (known) return [STATUS_OF_CODE[known.code], bodyOf(known)];
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = CODE_OF_STATUS[status];
      if (code) return [status, { error: { code, message: safeHttpMessage(exception, status) } }];
      if (status < 500) return [status, { error: { code: ErrorCode.BAD_USER_INPUT, message: safeHttpMessage(exception, status) } }];
      // A deliberate 5xx (503 while a dependency is down) keeps its status, not its message.
      if (status !== 500) return [status, INTERNAL];
    }
    this.report(exception);
    return [500, INTERNAL];
  }
}

function bodyOf(error: AppError): HttpErrorBody {
  const extensions = { reason: error.info.reason, field: error.info.field, ...error.info.details };
  const defined = Object.fromEntries(Object.entries(extensions).filter(([, value]) => value !== undefined));
  return { error: { ...defined, code: error.code, message: error.message } };
}

/** Nest's route-not-found message repeats the URL (query string included); the client knows it already. */
function safeHttpMessage(exception: HttpException, status: number): string {
  return status === 404 && /^Cannot [A-Z]+ /.test(exception.message) ? 'Not found' : exception.message;
}
