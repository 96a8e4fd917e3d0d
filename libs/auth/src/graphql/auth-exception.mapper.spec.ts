import { describe, expect, it } from '@jest/globals';
import { CONTRACT_ERROR_CODES, ErrorCode } from '@igu/graphql';
import { AuthException, AuthExceptionCode } from '../errors/auth.exception.js';
import { authExceptionToAppError } from './auth-exception.mapper.js';

const NAMED: ReadonlySet<ErrorCode> = new Set([ErrorCode.BAD_USER_INPUT, ErrorCode.CONFLICT]);

describe('authExceptionToAppError', () => {
  it.each(Object.values(AuthExceptionCode))('gives %s a contract code, keeping message, field and details', (code) => {
    const error = authExceptionToAppError(new AuthException(code, 'Safe message', 'input.x', { max: 1 }));
    expect(CONTRACT_ERROR_CODES.has(error.code)).toBe(true);
    expect(error.code).not.toBe(ErrorCode.INTERNAL_SERVER_ERROR);
    expect(error).toMatchObject({ message: 'Safe message', info: { field: 'input.x', details: { max: 1 } } });
    expect(error.info.reason).toBe(NAMED.has(error.code) ? code : undefined);
  });

  it.each([
    [AuthExceptionCode.EMAIL_INVALID, ErrorCode.BAD_USER_INPUT],
    [AuthExceptionCode.EMAIL_TAKEN, ErrorCode.CONFLICT],
    [AuthExceptionCode.INVALID_CREDENTIALS, ErrorCode.UNAUTHENTICATED],
    [AuthExceptionCode.ACCOUNT_GONE, ErrorCode.UNAUTHENTICATED],
    [AuthExceptionCode.RATE_LIMITED, ErrorCode.RATE_LIMITED],
  ])('maps %s to %s', (code, expected) => {
    expect(authExceptionToAppError(new AuthException(code, 'x')).code).toBe(expected);
  });
});
