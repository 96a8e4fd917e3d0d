import { describe, expect, it } from '@jest/globals';
import { AppError } from '../errors/app-error.js';
import { assertPageSize, decodeCursor, encodeCursor } from './cursor.js';

describe('keyset cursors', () => {
  it('round-trips a sort key', () => {
    const cursor = encodeCursor(['2026-11-23T10:00:00.000Z', 'b5f0']);
    expect(cursor).not.toContain('2026');
    expect(decodeCursor(cursor, 2)).toEqual(['2026-11-23T10:00:00.000Z', 'b5f0']);
  });

  it.each(['garbage', encodeCursor(['only-one']), Buffer.from('{"a":1}').toString('base64url')])(
    'rejects a foreign cursor %s with a coded error',
    (cursor) => {
      expect(() => decodeCursor(cursor, 2)).toThrow(
        expect.objectContaining({ name: 'AppError', info: expect.objectContaining({ reason: 'INVALID_CURSOR' }) }),
      );
    },
  );

  it('caps page sizes at 100', () => {
    expect(assertPageSize(100)).toBe(100);
    expect(() => assertPageSize(101)).toThrow(/between 0 and 100/);
    expect(() => assertPageSize(-1)).toThrow(AppError);
  });
});
