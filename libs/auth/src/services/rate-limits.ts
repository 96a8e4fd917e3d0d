import { createHash } from 'node:crypto';
import { isIP } from 'node:net';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { AuthException, AuthExceptionCode } from '../errors/auth.exception.js';

/**
 * A fixed-window counter in the shared `login_rate_limit` table (every API
 * instance sees the same counts). `consume` is one atomic upsert, so parallel
 * requests can never take more points than there are.
 */
export function createLimiter(dataSource: DataSource, keyPrefix: string, points: number, duration: number): RateLimiterPostgres {
  return new RateLimiterPostgres({
    storeClient: dataSource,
    storeType: 'typeorm',
    tableName: 'login_rate_limit',
    tableCreated: true, // created by a migration
    clearExpiredByTimeout: false,
    keyPrefix,
    points,
    duration,
  });
}

/** An e-mail as a counter key: no address in clear in the table, and a bounded length. */
export function accountKey(email: string): string {
  return createHash('sha256').update(email).digest('base64url');
}

/** req.ip can carry whatever a trusted proxy forwarded; anything but an address is hashed. */
export function addressKey(ip: string): string {
  return isIP(ip) ? ip : `h${createHash('sha256').update(ip).digest('base64url').slice(0, 22)}`;
}

export type Charge = readonly [limiter: RateLimiterPostgres, key: string];

/**
 * Takes one point from each limit in order. When one is spent, the points taken
 * before it are given back (so a refused attempt counts against no other limit)
 * and RATE_LIMITED says how long until that window ends.
 */
export async function takePoints(charges: readonly Charge[]): Promise<void> {
  const taken: Charge[] = [];
  for (const charge of charges) {
    try {
      await charge[0].consume(charge[1]);
      taken.push(charge);
    } catch (error) {
      await givePointsBack(taken);
      if (error instanceof RateLimiterRes) {
        const retryAfterSeconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
        throw new AuthException(AuthExceptionCode.RATE_LIMITED, 'Too many attempts; try again later', undefined, { retryAfterSeconds });
      }
      throw error;
    }
  }
}

export async function givePointsBack(charges: readonly Charge[]): Promise<void> {
  await Promise.allSettled(charges.map(([limiter, key]) => limiter.reward(key, 1)));
}
