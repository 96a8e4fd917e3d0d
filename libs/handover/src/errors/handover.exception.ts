/**
 * Why an import could not be started or read. Values are the API's
 * `extensions.reason` / the file routes' `reason`; `graphql/handover-exception.mapper.ts`
 * and `http/handover-http-errors.ts` map each code to its contract code and HTTP status.
 */
export const HandoverExceptionCode = {
  IMPORT_NOT_FOUND: 'IMPORT_NOT_FOUND',
  FILE_MISSING: 'FILE_MISSING',
  NOT_MULTIPART: 'NOT_MULTIPART',
  UPLOAD_TOO_LARGE: 'UPLOAD_TOO_LARGE',
  FILE_EMPTY: 'FILE_EMPTY',
  FILE_NOT_UTF8: 'FILE_NOT_UTF8',
  ROLE_NOT_ALLOWED: 'ROLE_NOT_ALLOWED',
} as const;
export type HandoverExceptionCode = (typeof HandoverExceptionCode)[keyof typeof HandoverExceptionCode];

/** Thrown by the handover services; knows nothing of GraphQL or HTTP. */
export class HandoverException extends Error {
  constructor(
    readonly code: HandoverExceptionCode,
    message: string,
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'HandoverException';
  }
}
