import { describe, expect, it } from '@jest/globals';
import { CONTRACT_ERROR_CODES, ErrorCode } from '@igu/graphql';
import { PositionException, PositionExceptionCode } from '../errors/position.exception.js';
import { positionExceptionToAppError } from './position-exception.mapper.js';

const NAMED: ReadonlySet<ErrorCode> = new Set([ErrorCode.BAD_USER_INPUT, ErrorCode.CONFLICT]);

describe('positionExceptionToAppError', () => {
  it.each(Object.values(PositionExceptionCode))('gives %s a contract code, keeping message, field and details', (code) => {
    const error = positionExceptionToAppError(new PositionException(code, 'Safe message', 'input.x', { max: 1 }));
    expect(CONTRACT_ERROR_CODES.has(error.code)).toBe(true);
    expect(error.code).not.toBe(ErrorCode.INTERNAL_SERVER_ERROR);
    expect(error).toMatchObject({ message: 'Safe message', info: { field: 'input.x', details: { max: 1 } } });
    expect(error.info.reason).toBe(NAMED.has(error.code) ? code : undefined);
  });

  it.each([
    [PositionExceptionCode.TITLE_LENGTH, ErrorCode.BAD_USER_INPUT],
    [PositionExceptionCode.IDEMPOTENCY_KEY_REUSED, ErrorCode.BAD_USER_INPUT],
    [PositionExceptionCode.ILLEGAL_TRANSITION, ErrorCode.CONFLICT],
    [PositionExceptionCode.UNION_LOCKED, ErrorCode.CONFLICT],
    [PositionExceptionCode.POSITION_NOT_FOUND, ErrorCode.NOT_FOUND],
    [PositionExceptionCode.ROLE_NOT_ALLOWED, ErrorCode.FORBIDDEN],
  ])('maps %s to %s', (code, expected) => {
    expect(positionExceptionToAppError(new PositionException(code, 'x')).code).toBe(expected);
  });
});
