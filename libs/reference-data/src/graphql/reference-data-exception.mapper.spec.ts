import { describe, expect, it } from '@jest/globals';
import { CONTRACT_ERROR_CODES, ErrorCode } from '@igu/graphql';
import { ReferenceDataException, ReferenceDataExceptionCode } from '../errors/reference-data.exception.js';
import { referenceDataExceptionToAppError } from './reference-data-exception.mapper.js';

const NAMED: ReadonlySet<ErrorCode> = new Set([ErrorCode.BAD_USER_INPUT, ErrorCode.CONFLICT]);

describe('referenceDataExceptionToAppError', () => {
  it.each(Object.values(ReferenceDataExceptionCode))('gives %s a contract code, keeping message, field and details', (code) => {
    const error = referenceDataExceptionToAppError(new ReferenceDataException(code, 'Safe message', 'input.x', { max: 1 }));
    expect(CONTRACT_ERROR_CODES.has(error.code)).toBe(true);
    expect(error.code).not.toBe(ErrorCode.INTERNAL_SERVER_ERROR);
    expect(error).toMatchObject({ message: 'Safe message', info: { field: 'input.x', details: { max: 1 } } });
    expect(error.info.reason).toBe(NAMED.has(error.code) ? code : undefined);
  });

  it.each([[ReferenceDataExceptionCode.UNKNOWN_REGION, ErrorCode.BAD_USER_INPUT]])('maps %s to %s', (code, expected) => {
    expect(referenceDataExceptionToAppError(new ReferenceDataException(code, 'x')).code).toBe(expected);
  });
});
