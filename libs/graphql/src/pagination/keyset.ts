import { AppError } from '../errors/app-error.js';
import { isUuid } from '../ids.js';
import type { ConnectionShape } from './connection.js';
import { decodeCursor } from './cursor.js';

/**
 * What a list sorts by before its id tiebreak:
 * - `timestamp`: UTC text with up to microseconds, as `timestampKeySql` selects it;
 * - `date`: a calendar date `YYYY-MM-DD`;
 * - `number`: a finite number (e.g. a score).
 */
export type KeysetKeyKind = 'timestamp' | 'date' | 'number';

/** One list order. Its name goes into the cursor, so a cursor of another list or order is refused. */
export interface KeysetOrder {
  name: string;
  kind: KeysetKeyKind;
}

export interface KeysetPosition {
  key: string | number;
  id: string;
}

/** to_char format of a timestamptz as UTC text to the microsecond: a cursor holding it never skips a row. */
export const TIMESTAMP_KEY_FORMAT = 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"';

/** SQL selecting a timestamptz expression as its exact cursor key. */
export function timestampKeySql(expression: string): string {
  return `to_char(${expression} AT TIME ZONE 'UTC', '${TIMESTAMP_KEY_FORMAT}')`;
}

const TIMESTAMP_KEY = /^[1-9]\d{3}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
const DATE_KEY = /^[1-9]\d{3}-\d{2}-\d{2}$/;

/** Date.parse rolls 30 February over to March; PostgreSQL would throw on it, so the text must round-trip. */
function roundTrips(text: string, length: number): boolean {
  const time = Date.parse(text.slice(0, length) + (length === 10 ? '' : 'Z'));
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, length) === text.slice(0, length);
}

function isValidKey(kind: KeysetKeyKind, key: unknown): key is string | number {
  switch (kind) {
    case 'number':
      return typeof key === 'number' && Number.isFinite(key);
    case 'date':
      return typeof key === 'string' && DATE_KEY.test(key) && roundTrips(key, 10);
    case 'timestamp':
      return typeof key === 'string' && TIMESTAMP_KEY.test(key) && roundTrips(key, 19);
  }
}

/** The sort key of a row, for `toConnection`: `[order name, key, id]`. */
export function keysetKey(order: KeysetOrder, key: string | number, id: string): [string, string | number, string] {
  return [order.name, key, id];
}

/**
 * The position after which a page continues, or null without a cursor. A cursor
 * of another list or order, a malformed key or a non-uuid id is the client's
 * BAD_USER_INPUT INVALID_CURSOR, never a database error.
 */
export function decodeKeysetCursor(order: KeysetOrder, after: string | null | undefined): KeysetPosition | null {
  if (!after) return null;
  const [name, key, id] = decodeCursor(after, 3);
  if (name !== order.name || !isValidKey(order.kind, key) || typeof id !== 'string' || !isUuid(id)) {
    throw AppError.badInput('INVALID_CURSOR', 'The cursor is not valid for this list', 'after');
  }
  return { key, id };
}

/** An empty page with the given total (e.g. ADMIN's counts-only lists, or nothing visible). */
export function emptyConnection<T>(totalCount = 0): ConnectionShape<T> {
  return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount };
}
