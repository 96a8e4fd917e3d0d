import { PositionRule } from '../rules/position-rules.js';
import { TransitionRefusal } from '../rules/position-transitions.js';

/**
 * Why a position could not be read, created or changed.
 * Values are the API's `extensions.reason` (for BAD_USER_INPUT and
 * CONFLICT); `graphql/position-exception.mapper.ts` maps each code to its contract code.
 * The rule enums `PositionRule` and `TransitionRefusal` are codes as they are.
 */
export const PositionExceptionCode = {
  ...PositionRule,
  ...TransitionRefusal,
  FILTER_TOO_LONG: 'FILTER_TOO_LONG',
  OCCUPATION_CODE_INVALID: 'OCCUPATION_CODE_INVALID',
  NEAR_INVALID: 'NEAR_INVALID',
  INVALID_ID: 'INVALID_ID',
  VALUE_REQUIRED: 'VALUE_REQUIRED',
  CLOSE_REASON_TOO_LONG: 'CLOSE_REASON_TOO_LONG',
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  IDEMPOTENCY_KEY_INVALID: 'IDEMPOTENCY_KEY_INVALID',
  UNION_LOCKED: 'UNION_LOCKED',
  START_DATE_CHANGE_LIMIT: 'START_DATE_CHANGE_LIMIT',
  POSITION_NOT_FOUND: 'POSITION_NOT_FOUND',
  ROLE_NOT_ALLOWED: 'ROLE_NOT_ALLOWED',
} as const;
export type PositionExceptionCode = (typeof PositionExceptionCode)[keyof typeof PositionExceptionCode];

/** Thrown by the positions services; knows nothing of GraphQL. `field` is the input path, `details` safe extras. */
export class PositionException extends Error {
  constructor(
    readonly code: PositionExceptionCode,
    message: string,
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'PositionException';
  }
}
