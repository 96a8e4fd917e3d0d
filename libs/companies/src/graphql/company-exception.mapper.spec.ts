import { describe, expect, it } from '@jest/globals';
import { CONTRACT_ERROR_CODES, ErrorCode } from '@igu/graphql';
import { CompanyException, CompanyExceptionCode } from '../errors/company.exception.js';
import { companyExceptionToAppError } from './company-exception.mapper.js';

const NAMED: ReadonlySet<ErrorCode> = new Set([ErrorCode.BAD_USER_INPUT, ErrorCode.CONFLICT]);

describe('companyExceptionToAppError', () => {
  it.each(Object.values(CompanyExceptionCode))('gives %s a contract code, keeping message, field and details', (code) => {
    const error = companyExceptionToAppError(new CompanyException(code, 'Safe message', 'input.x', { max: 1 }));
    expect(CONTRACT_ERROR_CODES.has(error.code)).toBe(true);
    expect(error.code).not.toBe(ErrorCode.INTERNAL_SERVER_ERROR);
    expect(error).toMatchObject({ message: 'Safe message', info: { field: 'input.x', details: { max: 1 } } });
    expect(error.info.reason).toBe(NAMED.has(error.code) ? code : undefined);
  });

  it.each([
    [CompanyExceptionCode.CVR_INVALID, ErrorCode.BAD_USER_INPUT],
    [CompanyExceptionCode.CVR_TAKEN, ErrorCode.CONFLICT],
  ])('maps %s to %s', (code, expected) => {
    expect(companyExceptionToAppError(new CompanyException(code, 'x')).code).toBe(expected);
  });
});
