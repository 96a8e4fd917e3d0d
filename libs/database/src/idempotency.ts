import { createHash } from 'node:crypto';
import { queryRows } from './query-rows.js';
import type { DataSource, EntityManager } from 'typeorm';

export interface IdempotentRequest {
  userId: string;
  operation: string;
  /** The client's key; null means no idempotency was asked for. */
  key: string | null | undefined;
  /** The input that defines "the same request" (the key itself excluded). */
  request: unknown;
}

/** Longest accepted key: a client's UUID or request hash fits many times over. */
export const IDEMPOTENCY_KEY_MAX_LENGTH = 200;

/** Why an idempotent create was refused; `reason` is the client's error reason. */
export class IdempotencyKeyError extends Error {
  constructor(
    readonly reason: 'IDEMPOTENCY_KEY_REUSED' | 'IDEMPOTENCY_KEY_INVALID',
    message: string,
  ) {
    super(message);
  }
}

export class IdempotencyKeyReusedError extends IdempotencyKeyError {
  constructor() {
    super('IDEMPOTENCY_KEY_REUSED', 'This idempotency key was already used with a different input');
  }
}

/** Stable JSON: object keys sorted, so equal inputs hash equally whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function requestHash(request: unknown): string {
  return createHash('sha256').update(canonical(request)).digest('hex');
}

/**
 * Runs `create` once per (user, operation, key). The key row is inserted in the
 * same transaction as the created object: a parallel duplicate blocks on the
 * unique index until the first commits, then finds its result; if the first
 * rolls back, the duplicate goes ahead and creates. Returns the id of the
 * created (or previously created) object; the caller loads it after commit.
 * A key reused with a different input throws IdempotencyKeyReusedError; an
 * empty or over-long key, IdempotencyKeyError (nothing is written).
 */
export async function createIdempotently(
  dataSource: DataSource,
  request: IdempotentRequest,
  create: (manager: EntityManager) => Promise<string>,
): Promise<string> {
  if (request.key === '' || (request.key && request.key.length > IDEMPOTENCY_KEY_MAX_LENGTH)) {
    throw new IdempotencyKeyError('IDEMPOTENCY_KEY_INVALID', `The idempotency key must be 1–${IDEMPOTENCY_KEY_MAX_LENGTH} characters`);
  }
  if (!request.key) return dataSource.transaction(create);
  const hash = requestHash(request.request);
  return dataSource.transaction(async (manager) => {
    const inserted = await queryRows<{ id: string }>(
      manager,
      `INSERT INTO idempotency_key (user_id, operation, key, request_hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, operation, key) DO NOTHING RETURNING id`,
      [request.userId, request.operation, request.key, hash],
    );
    if (inserted.length === 0) {
      const [existing] = await queryRows<{ request_hash: string; result_id: string }>(
        manager,
        'SELECT request_hash, result_id FROM idempotency_key WHERE user_id = $1 AND operation = $2 AND key = $3',
        [request.userId, request.operation, request.key],
      );
      if (existing.request_hash !== hash) throw new IdempotencyKeyReusedError();
      return existing.result_id;
    }
    const id = await create(manager);
    await manager.query('UPDATE idempotency_key SET result_id = $1 WHERE id = $2', [id, inserted[0].id]);
    return id;
  });
}

/**
 * Forgets the idempotency records whose result is `resultId` (erasure and
 * retention): their request hash is derived from the request, which for a
 * registration holds a keyed digest of the person's CPR and name. A retry of
 * that request afterwards simply creates anew.
 */
export async function forgetIdempotencyRecords(runner: Pick<EntityManager, 'query'>, operation: string, resultId: string): Promise<void> {
  await runner.query('DELETE FROM idempotency_key WHERE operation = $1 AND result_id = $2', [operation, resultId]);
}
