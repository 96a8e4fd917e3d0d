import { AppError } from '../errors/app-error.js';

export const MAX_PAGE_SIZE = 100;

/** Keyset cursors are opaque to clients: base64url of the sort key of the last row. */
export function encodeCursor(key: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): (string | number | null)[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === arity && key.every(isKeyPart)) return key;
  } catch {
    // fall through to the coded error
  }
  throw AppError.badInput('INVALID_CURSOR', 'The cursor is not valid for this list', 'after');
}

function isKeyPart(value: unknown): value is string | number | null {
  return value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

/** `first` is capped by the contract: more is BAD_USER_INPUT, never silently truncated. */
export function assertPageSize(first: number): number {
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw AppError.badInput('PAGE_SIZE_OUT_OF_RANGE', `first must be an integer between 0 and ${MAX_PAGE_SIZE}`, 'first', {
      max: MAX_PAGE_SIZE,
    });
  }
  return first;
}
