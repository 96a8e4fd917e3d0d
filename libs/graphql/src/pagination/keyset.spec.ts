import { describe, expect, it } from '@jest/globals';
import { AppError } from '../errors/app-error.js';
import { encodeCursor } from './cursor.js';
import { decodeKeysetCursor, emptyConnection, keysetKey, type KeysetOrder } from './keyset.js';

const NEWEST: KeysetOrder = { name: 'newest', kind: 'timestamp' };
const DEADLINE: KeysetOrder = { name: 'deadline', kind: 'date' };
const BEST: KeysetOrder = { name: 'best', kind: 'number' };
const ID = '3f1c2d4e-5b6a-4c7d-8e9f-0a1b2c3d4e5f';

const reasonOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return error instanceof AppError ? error.info.reason : 'not an AppError';
  }
  return undefined;
};

describe('keyset cursors', () => {
  it.each([
    [NEWEST, '2026-11-23T10:00:00.123456Z'],
    [NEWEST, '2026-11-23T10:00:00.123Z'],
    [DEADLINE, '2024-02-29'],
    [BEST, 0.8125],
  ] as const)('round-trips a %j key', (order, key) => {
    expect(decodeKeysetCursor(order, encodeCursor(keysetKey(order, key, ID)))).toEqual({ key, id: ID });
  });

  it('reads no cursor as the first page', () => {
    expect(decodeKeysetCursor(NEWEST, null)).toBeNull();
    expect(decodeKeysetCursor(NEWEST, '')).toBeNull();
  });

  it.each([
    ['garbage', 'not base64 JSON'],
    ['WyJ4IiwieSJd', 'base64url of ["x","y"]: wrong arity'],
    [encodeCursor(['deadline', '2026-11-23T10:00:00.000000Z', ID]), 'another order'],
    [encodeCursor(['newest', '2026-11-23', ID]), 'a date where a timestamp belongs'],
    [encodeCursor(['newest', '2026-02-30T10:00:00.000000Z', ID]), 'an impossible day'],
    [encodeCursor(['newest', '0000-01-01T00:00:00Z', ID]), 'year zero'],
    [encodeCursor(['newest', "2026-11-23T10:00:00Z'; --", ID]), 'trailing SQL'],
    [encodeCursor(['newest', 20261123, ID]), 'a number key'],
    [encodeCursor(['newest', '2026-11-23T10:00:00.000000Z', 'x']), 'a non-uuid id'],
    [encodeCursor(['newest', '2026-11-23T10:00:00.000000Z', null]), 'a null id'],
  ])('refuses %s (%s) with INVALID_CURSOR', (cursor) => {
    expect(reasonOf(() => decodeKeysetCursor(NEWEST, cursor))).toBe('INVALID_CURSOR');
  });

  it.each([
    [DEADLINE, encodeCursor(['deadline', '2026-02-29', ID])],
    [BEST, encodeCursor(['best', '0.5', ID])],
  ])('refuses a malformed %j key', (order, cursor) => {
    expect(reasonOf(() => decodeKeysetCursor(order, cursor))).toBe('INVALID_CURSOR');
  });

  it('builds an empty page with a total', () => {
    expect(emptyConnection(3)).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 3 });
  });
});
