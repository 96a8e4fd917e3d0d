/**
 * A reference code (municipality, region) that cannot exist.
 * Values are the API's `extensions.reason` (for BAD_USER_INPUT and
 * CONFLICT); `graphql/reference-data-exception.mapper.ts` maps each code to its contract code.
 */
export const ReferenceDataExceptionCode = {
  UNKNOWN_MUNICIPALITY: 'UNKNOWN_MUNICIPALITY',
  UNKNOWN_REGION: 'UNKNOWN_REGION',
} as const;
export type ReferenceDataExceptionCode = (typeof ReferenceDataExceptionCode)[keyof typeof ReferenceDataExceptionCode];

/** Thrown by the reference-data services; knows nothing of GraphQL. `field` is the input path, `details` safe extras. */
export class ReferenceDataException extends Error {
  constructor(
    readonly code: ReferenceDataExceptionCode,
    message: string,
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ReferenceDataException';
  }
}
