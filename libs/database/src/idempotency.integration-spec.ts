import { beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { useTestDataSource } from '@igu/testing';
import { createIdempotently, IdempotencyKeyReusedError, requestHash } from './idempotency.js';

describe('createIdempotently', () => {
  const db = useTestDataSource('idempotency-test', { poolSize: 25 });

  beforeAll(async () => {
    await db.dataSource.query('CREATE TABLE widget (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text)');
  });

  const createWidget = (name: string) => async (manager: import('typeorm').EntityManager) => {
    const [row] = await manager.query('INSERT INTO widget (name) VALUES ($1) RETURNING id', [name]);
    await new Promise((resolve) => setTimeout(resolve, 20)); // widen the race window
    return row.id as string;
  };
  const widgets = async (name: string) => (await db.dataSource.query('SELECT id FROM widget WHERE name = $1', [name])).length;

  it('creates exactly once under 20 parallel identical requests, and all get the same id', async () => {
    const userId = randomUUID();
    const ids = await Promise.all(
      Array.from({ length: 20 }, () =>
        createIdempotently(db.dataSource, { userId, operation: 'createWidget', key: 'k-1', request: { name: 'a' } }, createWidget('a')),
      ),
    );
    expect(new Set(ids).size).toBe(1);
    expect(await widgets('a')).toBe(1);
  });

  it('refuses the same key with a different input, creating nothing', async () => {
    const userId = randomUUID();
    await createIdempotently(db.dataSource, { userId, operation: 'createWidget', key: 'k-2', request: { name: 'b' } }, createWidget('b'));
    await expect(
      createIdempotently(db.dataSource, { userId, operation: 'createWidget', key: 'k-2', request: { name: 'c' } }, createWidget('c')),
    ).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
    expect(await widgets('c')).toBe(0);
  });

  it('scopes keys per user and creates every time without a key', async () => {
    const request = { operation: 'createWidget', key: 'shared', request: { name: 'd' } };
    await createIdempotently(db.dataSource, { userId: randomUUID(), ...request }, createWidget('d'));
    await createIdempotently(db.dataSource, { userId: randomUUID(), ...request }, createWidget('d'));
    await createIdempotently(db.dataSource, { userId: randomUUID(), operation: 'createWidget', key: null, request: {} }, createWidget('d'));
    expect(await widgets('d')).toBe(3);
  });

  it('lets a retry create when the first attempt rolled back', async () => {
    const userId = randomUUID();
    const request = { userId, operation: 'createWidget', key: 'k-3', request: { name: 'e' } };
    await expect(createIdempotently(db.dataSource, request, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await createIdempotently(db.dataSource, request, createWidget('e'));
    expect(await widgets('e')).toBe(1);
  });

  it('hashes inputs independently of key order', () => {
    expect(requestHash({ a: 1, b: [1, { c: 2, d: 3 }] })).toBe(requestHash({ b: [1, { d: 3, c: 2 }], a: 1 }));
    expect(requestHash({ a: 1 })).not.toBe(requestHash({ a: 2 }));
  });
});
