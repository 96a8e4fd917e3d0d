import { describe, expect, it } from '@jest/globals';
import { CONTRACT_ERROR_CODES, ErrorCode } from '@igu/graphql';
import { CandidateException, CandidateExceptionCode } from '../errors/candidate.exception.js';
import { candidateExceptionToAppError } from './candidate-exception.mapper.js';

const NAMED: ReadonlySet<ErrorCode> = new Set([ErrorCode.BAD_USER_INPUT, ErrorCode.CONFLICT]);

describe('candidateExceptionToAppError', () => {
  it.each(Object.values(CandidateExceptionCode))('gives %s a contract code, keeping message, field and details', (code) => {
    const error = candidateExceptionToAppError(new CandidateException(code, 'Safe message', 'input.x', { max: 1 }));
    expect(CONTRACT_ERROR_CODES.has(error.code)).toBe(true);
    expect(error.code).not.toBe(ErrorCode.INTERNAL_SERVER_ERROR);
    expect(error).toMatchObject({ message: 'Safe message', info: { field: 'input.x', details: { max: 1 } } });
    expect(error.info.reason).toBe(NAMED.has(error.code) ? code : undefined);
  });

  it.each([
    [CandidateExceptionCode.CPR_INVALID, ErrorCode.BAD_USER_INPUT],
    [CandidateExceptionCode.CPR_ALREADY_REGISTERED, ErrorCode.CONFLICT],
    [CandidateExceptionCode.VERSION_MISMATCH, ErrorCode.CONFLICT],
    [CandidateExceptionCode.CANDIDATE_NOT_FOUND, ErrorCode.NOT_FOUND],
    [CandidateExceptionCode.ROLE_NOT_ALLOWED, ErrorCode.FORBIDDEN],
  ])('maps %s to %s', (code, expected) => {
    expect(candidateExceptionToAppError(new CandidateException(code, 'x')).code).toBe(expected);
  });
});
