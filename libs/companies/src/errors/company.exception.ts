/**
 * Why registering a company was refused.
 * Values are the API's `extensions.reason` (for BAD_USER_INPUT and
 * CONFLICT); `graphql/company-exception.mapper.ts` maps each code to its contract code.
 */
export const CompanyExceptionCode = {
  CVR_INVALID: 'CVR_INVALID',
  NAME_INVALID: 'NAME_INVALID',
  EMPLOYEE_COUNT_INVALID: 'EMPLOYEE_COUNT_INVALID',
  UNKNOWN_MUNICIPALITY: 'UNKNOWN_MUNICIPALITY',
  CVR_TAKEN: 'CVR_TAKEN',
} as const;
export type CompanyExceptionCode = (typeof CompanyExceptionCode)[keyof typeof CompanyExceptionCode];

/** Thrown by the companies services; knows nothing of GraphQL. `field` is the input path, `details` safe extras. */
export class CompanyException extends Error {
  constructor(
    readonly code: CompanyExceptionCode,
    message: string,
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'CompanyException';
  }
}
