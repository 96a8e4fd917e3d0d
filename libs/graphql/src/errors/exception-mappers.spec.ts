import { describe, expect, it } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { AppError } from './app-error.js';
import { ErrorCode } from './error-code.js';
import { ExceptionMapperRegistry } from './exception-mappers.js';
import { createErrorFormatter } from './format-error.js';

class ShelfException extends Error {
  constructor(readonly code: 'SHELF_FULL' | 'SHELF_GONE') {
    super(`The shelf is ${code === 'SHELF_FULL' ? 'full' : 'gone'}`);
  }
}

const shelfToAppError = (e: ShelfException) => AppError.of(e.code === 'SHELF_FULL' ? ErrorCode.CONFLICT : ErrorCode.NOT_FOUND, e);

function resolverError(thrown: Error): GraphQLError {
  return new GraphQLError(thrown.message, { path: ['shelf'], originalError: thrown });
}

describe('ExceptionMapperRegistry with the error formatter', () => {
  const mappers = new ExceptionMapperRegistry();
  mappers.register(ShelfException, shelfToAppError);

  it('formats a registered exception as its mapped contract error; reason only for BAD_USER_INPUT and CONFLICT', () => {
    const reported: unknown[] = [];
    const format = createErrorFormatter((error) => reported.push(error), mappers);
    const full = resolverError(new ShelfException('SHELF_FULL'));
    const gone = resolverError(new ShelfException('SHELF_GONE'));

    expect(format(full.toJSON(), full).extensions).toEqual({ code: 'CONFLICT', reason: 'SHELF_FULL' });
    expect(format(gone.toJSON(), gone)).toMatchObject({ message: 'The shelf is gone', extensions: { code: 'NOT_FOUND' } });
    expect(reported).toEqual([]);
  });

  it('keeps an exception of an unregistered class unknown: INTERNAL_SERVER_ERROR, reported, no details', () => {
    const reported: unknown[] = [];
    const thrown = new ShelfException('SHELF_FULL');
    const error = resolverError(thrown);

    expect(createErrorFormatter((e) => reported.push(e))(error.toJSON(), error)).toMatchObject({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(reported).toEqual([thrown]);
  });

  it('refuses a second mapper for the same class', () => {
    expect(() => mappers.register(ShelfException, shelfToAppError)).toThrow(/two exception mappers/);
  });
});
