import { createHash } from 'node:crypto';
import { isIP } from 'node:net';
import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { AuthException, AuthExceptionCode } from '../errors/auth.exception.js';

/** An e-mail as a counter key: no address in clear in the store, and a bounded length. */
export function accountKey(email: string): string {
  return createHash('sha256').update(email).digest('base64url');
}

/** req.ip can carry whatever a trusted proxy forwarded; anything but an address is hashed. */
export function addressKey(ip: string): string {
  return isIP(ip) ? ip : `h${createHash('sha256').update(ip).digest('base64url').slice(0, 22)}`;
}

/** A limit (from RateLimitStore) and the key it counts. */
export type Charge = readonly [limiter: RateLimiterAbstract, key: string];

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
