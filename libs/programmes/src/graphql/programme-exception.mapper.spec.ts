import { describe, expect, it } from '@jest/globals';
import { CONTRACT_ERROR_CODES, createErrorFormatter, ErrorCode, ExceptionMapperRegistry } from '@igu/graphql';
import { GraphQLError } from 'graphql';
import { ProgrammeException, ProgrammeExceptionCode } from '../errors/programme.exception.js';
import { programmeExceptionToAppError } from './programme-exception.mapper.js';

const NAMED: ReadonlySet<ErrorCode> = new Set([ErrorCode.BAD_USER_INPUT, ErrorCode.CONFLICT]);

describe('programmeExceptionToAppError', () => {
  it.each(Object.values(ProgrammeExceptionCode))('gives %s a contract code, keeping message, field and details', (code) => {
    const error = programmeExceptionToAppError(new ProgrammeException(code, 'Safe message', 'input.x', { max: 1 }));
    expect(CONTRACT_ERROR_CODES.has(error.code)).toBe(true);
    expect(error.code).not.toBe(ErrorCode.INTERNAL_SERVER_ERROR);
    expect(error).toMatchObject({ message: 'Safe message', info: { field: 'input.x', details: { max: 1 } } });
    expect(error.info.reason).toBe(NAMED.has(error.code) ? code : undefined);
  });

  it.each([
    [ProgrammeExceptionCode.RULE_VIOLATIONS, ErrorCode.BAD_USER_INPUT],
    [ProgrammeExceptionCode.REASON_REQUIRED, ErrorCode.BAD_USER_INPUT],
    [ProgrammeExceptionCode.START_DATE_PASSED, ErrorCode.CONFLICT],
    [ProgrammeExceptionCode.VERSION_MISMATCH, ErrorCode.CONFLICT],
    [ProgrammeExceptionCode.PROGRAMME_NOT_FOUND, ErrorCode.NOT_FOUND],
    [ProgrammeExceptionCode.ROLE_NOT_ALLOWED, ErrorCode.FORBIDDEN],
  ])('maps %s to %s', (code, expected) => {
    expect(programmeExceptionToAppError(new ProgrammeException(code, 'x')).code).toBe(expected);
  });
});

describe('a ProgrammeException thrown in a resolver', () => {
  it('reaches the client through the error formatter with its mapped code, reason and details', () => {
    const mappers = new ExceptionMapperRegistry();
    mappers.register(ProgrammeException, programmeExceptionToAppError);
    const unexpected: unknown[] = [];
    const format = createErrorFormatter((error) => unexpected.push(error), mappers);
    const thrown = new ProgrammeException(ProgrammeExceptionCode.RULE_VIOLATIONS, 'The programme breaks rules; see violations', undefined, {
      violations: [{ code: 'WAGE_MISSING', message: 'A wage is required', field: 'input.hourlyWageDkk' }],
    });
    const error = new GraphQLError(thrown.message, { path: ['submitProgramme'], originalError: thrown });

    expect(format(error.toJSON(), error)).toEqual({
      message: 'The programme breaks rules; see violations',
      path: ['submitProgramme'],
      locations: undefined,
      extensions: {
        code: 'BAD_USER_INPUT',
        reason: 'RULE_VIOLATIONS',
        violations: [{ code: 'WAGE_MISSING', message: 'A wage is required', field: 'input.hourlyWageDkk' }],
      },
    });
    expect(unexpected).toEqual([]);
  });
});
