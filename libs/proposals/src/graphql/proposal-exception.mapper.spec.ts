import { describe, expect, it } from '@jest/globals';
import { CONTRACT_ERROR_CODES, ErrorCode } from '@igu/graphql';
import { ProposalException, ProposalExceptionCode } from '../errors/proposal.exception.js';
import { proposalExceptionToAppError } from './proposal-exception.mapper.js';

const NAMED: ReadonlySet<ErrorCode> = new Set([ErrorCode.BAD_USER_INPUT, ErrorCode.CONFLICT]);

describe('proposalExceptionToAppError', () => {
  it.each(Object.values(ProposalExceptionCode))('gives %s a contract code, keeping message, field and details', (code) => {
    const error = proposalExceptionToAppError(new ProposalException(code, 'Safe message', 'input.x', { max: 1 }));
    expect(CONTRACT_ERROR_CODES.has(error.code)).toBe(true);
    expect(error.code).not.toBe(ErrorCode.INTERNAL_SERVER_ERROR);
    expect(error).toMatchObject({ message: 'Safe message', info: { field: 'input.x', details: { max: 1 } } });
    expect(error.info.reason).toBe(NAMED.has(error.code) ? code : undefined);
  });

  it.each([
    [ProposalExceptionCode.IGU_NOT_ELIGIBLE, ErrorCode.BAD_USER_INPUT],
    [ProposalExceptionCode.REASON_REQUIRED, ErrorCode.BAD_USER_INPUT],
    [ProposalExceptionCode.PROGRAMME_STARTED, ErrorCode.CONFLICT],
    [ProposalExceptionCode.PROPOSAL_EXISTS, ErrorCode.CONFLICT],
    [ProposalExceptionCode.CANDIDATE_NOT_FOUND, ErrorCode.NOT_FOUND],
    [ProposalExceptionCode.ROLE_NOT_ALLOWED, ErrorCode.FORBIDDEN],
  ])('maps %s to %s', (code, expected) => {
    expect(proposalExceptionToAppError(new ProposalException(code, 'x')).code).toBe(expected);
  });
});
