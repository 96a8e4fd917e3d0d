import { describe, expect, it } from '@jest/globals';
import { Role } from '@igu/access';
import { JobHandlerRegistry } from '@igu/queue';
import { useTestDataSource } from '@igu/testing';
import type { Job } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { DAILY_AUTH_SWEEP, sweepExpiredProcessor } from '../jobs/auth-maintenance.processor.js';
import { AuthMaintenance } from './auth-maintenance.js';
import { PasswordHasher } from './password-hasher.js';
import { UserService } from './user.service.js';

const HOUR = 3600 * 1000;

describe('AuthMaintenance: the daily sweep of expired auth rows', () => {
  const db = useTestDataSource('auth-maintenance-test');

  const counter = (key: string, expire: number | null) =>
    db.dataSource.query(`INSERT INTO login_rate_limit (key, points, expire) VALUES ($1, 3, $2)`, [key, expire]);
  const token = (userId: string, familyId: string, expiresAt: Date, revoked: boolean) =>
    db.dataSource.query(`INSERT INTO refresh_token (family_id, user_id, token_hash, expires_at, revoked_at) VALUES ($1, $2, $3, $4, $5)`, [
      familyId,
      userId,
      Buffer.from(randomUUID()),
      expiresAt,
      revoked ? new Date() : null,
    ]);
  const keys = async () =>
    (await db.dataSource.query<{ key: string }[]>(`SELECT key FROM login_rate_limit ORDER BY key`)).map((row) => row.key);
  const families = async () =>
    Object.fromEntries(
      (
        await db.dataSource.query<{ family_id: string; n: number }[]>(
          `SELECT family_id, count(*)::int AS n FROM refresh_token GROUP BY family_id`,
        )
      ).map((row) => [row.family_id, row.n]),
    );

  it('deletes expired rate-limit counters and ended sessions, in batches, and keeps everything still in use', async () => {
    const now = Date.now();
    for (let i = 0; i < 5; i += 1) await counter(`pair:expired-${i}`, now - 1_000 - i);
    await counter('ip:live', now + HOUR);
    await counter('ip:no-expiry', null);

    const user = await new UserService(db.dataSource, new PasswordHasher()).createInTransaction({
      email: 'sweep@auth.example',
      password: 'a-long-enough-test-password',
      displayName: 'Sweep',
      role: Role.ADMIN,
    });
    const [ended, signedOut, live] = [randomUUID(), randomUUID(), randomUUID()];
    // Ended: every token of the session expired (a rotated one and the last one).
    await token(user.id, ended, new Date(now - 2 * HOUR), true);
    await token(user.id, ended, new Date(now - HOUR), false);
    // Signed out and expired: nothing of it can be used any more.
    await token(user.id, signedOut, new Date(now - HOUR), true);
    // Live: its rotated, expired token stays, so presenting it again still revokes the session.
    await token(user.id, live, new Date(now - HOUR), true);
    await token(user.id, live, new Date(now + HOUR), false);

    // Batches of 2 rows (counters) and 2 sessions: the loop must go on until nothing expired is left.
    expect(await new AuthMaintenance(db.dataSource).sweepExpired(2)).toEqual({ rateLimitCounters: 5, refreshTokens: 3 });
    expect(await keys()).toEqual(['ip:live', 'ip:no-expiry']);
    expect(await families()).toEqual({ [live]: 2 });
    expect(await new AuthMaintenance(db.dataSource).sweepExpired()).toEqual({ rateLimitCounters: 0, refreshTokens: 0 });
  });

  it('runs daily on the maintenance queue as the job its schedule names', async () => {
    const registry = new JobHandlerRegistry();
    registry.register(sweepExpiredProcessor(new AuthMaintenance(db.dataSource)));
    const handler = registry.handlerFor(DAILY_AUTH_SWEEP.queue, DAILY_AUTH_SWEEP.name);
    expect(DAILY_AUTH_SWEEP.repeat).toEqual({ pattern: '45 3 * * *', tz: 'Europe/Copenhagen' });
    await counter('reg:expired', Date.now() - 1_000);
    expect(await handler?.handle({ data: {} } as Job)).toEqual({ rateLimitCounters: 1, refreshTokens: 0 });
  });
});
