/**
 * Why municipality statistics could not be computed. Values are the API's
 * `extensions.reason` (GraphQL) and the `reason` of the CSV route's 400 body;
 * `graphql/statistics-exception.mapper.ts` maps each code to its contract code.
 */
export const StatisticsExceptionCode = {
  DATE_INVALID: 'DATE_INVALID',
  PERIOD_INVERTED: 'PERIOD_INVERTED',
  PERIOD_TOO_LONG: 'PERIOD_TOO_LONG',
  MONTHS_OUT_OF_RANGE: 'MONTHS_OUT_OF_RANGE',
  UNKNOWN_REGION: 'UNKNOWN_REGION',
  UNKNOWN_MUNICIPALITY: 'UNKNOWN_MUNICIPALITY',
} as const;
export type StatisticsExceptionCode = (typeof StatisticsExceptionCode)[keyof typeof StatisticsExceptionCode];

/** Thrown by the statistics services; knows nothing of GraphQL or HTTP. */
export class StatisticsException extends Error {
  constructor(
    readonly code: StatisticsExceptionCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'StatisticsException';
  }
}
