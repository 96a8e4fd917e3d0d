import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AppError } from './app-error.js';
import { ErrorCode } from './error-code.js';
import type { ExceptionMapperRegistry } from './exception-mappers.js';

/** Apollo's own codes for requests that never reached a resolver: the client's mistake. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const HTTP_STATUS_CODES: Readonly<Partial<Record<number, ErrorCode>>> = {
  400: ErrorCode.BAD_USER_INPUT,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  429: ErrorCode.RATE_LIMITED,
};

/**
 * graphql-js quotes offending variable values in coercion errors; a CPR typed
 * into the wrong field must not come back in full (same mask as the logs).
 */
const CPR_LIKE = /\b(\d{6})-?\d{4}\b/g;

export type UnexpectedErrorReporter = (error: unknown) => void;

export interface ErrorFormatterOptions {
  /**
   * Drop graphql-js's "Did you mean …?" hints (production): they let anyone
   * map the schema field by field while introspection is off.
   */
  hideSuggestions?: boolean;
}

/** graphql-js always appends its hint last: `… Did you mean "name"?` / `… Did you mean the enum value "X"?` */
const SUGGESTION = /\s*Did you mean .*$/s;

export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}

/**
 * The single place that decides what a client sees of an error. `AppError`s and
 * the domain exceptions of registered features (mapped to `AppError`s) keep
 * their code, message, reason and field; anything else becomes a bare
 * INTERNAL_SERVER_ERROR (reported server-side) with no message details or stack.
 */
export function createErrorFormatter(
  report: UnexpectedErrorReporter,
  mappers?: Pick<ExceptionMapperRegistry, 'toAppError'>,
  options: ErrorFormatterOptions = {},
) {
  const format = formatWith(report, mappers);
  if (!options.hideSuggestions) return format;
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const result = format(formatted, error);
    return { ...result, message: withoutSuggestions(result.message) };
  };
}

function formatWith(report: UnexpectedErrorReporter, mappers?: Pick<ExceptionMapperRegistry, 'toAppError'>) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { locations: formatted.locations, path: formatted.path };

    const known = original instanceof AppError ? original : mappers?.toAppError(original);
    if (known) {
      return {
        ...base,
        message: known.message,
        extensions: withoutUndefined({
          code: known.code,
          reason: known.info.reason,
          field: known.info.field,
          ...known.info.details,
        }),
      };
    }
    if (original instanceof HttpException) {
      const code = HTTP_STATUS_CODES[original.getStatus()];
      if (code) return { ...base, message: original.message, extensions: { code } };
    }
    const apolloCode = formatted.extensions?.code;
    // Errors raised by graphql-js/Apollo before execution (syntax, validation,
    // variable coercion) have no originalError of ours and safe messages.
    if (typeof apolloCode === 'string' && REQUEST_ERROR_CODES.has(apolloCode) && isRequestError(original)) {
      return {
        ...base,
        message: formatted.message.replace(CPR_LIKE, '$1-XXXX'),
        extensions: withoutUndefined({
          code: ErrorCode.BAD_USER_INPUT,
          reason: requestErrorReason(apolloCode, formatted.extensions?.reason),
          // Set only by our own pre-execution checks (text inputs): the argument or variable path.
          field: typeof formatted.extensions?.field === 'string' ? formatted.extensions.field : undefined,
        }),
      };
    }
    report(original);
    return { ...base, message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}

/** Our own pre-execution checks name their reason; graphql-js and Apollo errors are named by their code. */
function requestErrorReason(apolloCode: string, reason: unknown): string {
  if (typeof reason === 'string') return reason;
  return apolloCode === 'BAD_USER_INPUT' ? 'INVALID_INPUT' : apolloCode;
}

function isRequestError(error: unknown): boolean {
  // A GraphQLError wrapping a thrown exception is a resolver failure, not a request error.
  return error instanceof GraphQLError ? !error.originalError || error.originalError instanceof GraphQLError : true;
}

function withoutUndefined(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
