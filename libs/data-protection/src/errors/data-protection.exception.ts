/**
 * Why an access review, export or erasure could not be done. Values are the
 * API's `extensions.reason`; `graphql/data-protection-exception.mapper.ts` maps each to its contract code.
 */
export const DataProtectionExceptionCode = {
  CANDIDATE_NOT_FOUND: 'CANDIDATE_NOT_FOUND',
  /** A programme of the person is being carried out: its data is needed until it ends. */
  PROGRAMME_ACTIVE: 'PROGRAMME_ACTIVE',
  /** Another feature's reason the person cannot be erased now. */
  ERASURE_BLOCKED: 'ERASURE_BLOCKED',
  REASON_REQUIRED: 'REASON_REQUIRED',
  REASON_TOO_LONG: 'REASON_TOO_LONG',
  PERIOD_INVALID: 'PERIOD_INVALID',
  ROLE_NOT_ALLOWED: 'ROLE_NOT_ALLOWED',
} as const;
export type DataProtectionExceptionCode = (typeof DataProtectionExceptionCode)[keyof typeof DataProtectionExceptionCode];

/** Thrown by the data-protection services; knows nothing of GraphQL or HTTP. */
export class DataProtectionException extends Error {
  constructor(
    readonly code: DataProtectionExceptionCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DataProtectionException';
  }
}
