import { describe, expect, it } from '@jest/globals';
import { ErrorCode } from '@igu/graphql';
import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { AuthException } from '../errors/auth.exception.js';
import { authExceptionToAppError } from '../graphql/auth-exception.mapper.js';
import { accountKey, addressKey, type Charge, takePoints } from './rate-limits.js';

/** An in-memory stand-in with the two calls takePoints makes. */
function fakeLimiter(points: number, fail?: Error) {
  const counts = new Map<string, number>();
  const limiter = {
    consume(key: string): Promise<void> {
      if (fail) return Promise.reject(fail);
      const used = (counts.get(key) ?? 0) + 1;
      counts.set(key, used);
      if (used > points) {
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- rate-limiter-flexible rejects with a RateLimiterRes when the points run out
        return Promise.reject(new RateLimiterRes(0, 1_500, used, false));
      }
      return Promise.resolve();
    },
    reward(key: string, by: number): Promise<void> {
      counts.set(key, (counts.get(key) ?? 0) - by);
      return Promise.resolve();
    },
  };
  return { counts, limiter: limiter as unknown as RateLimiterAbstract };
}

describe('rate-limit keys', () => {
  it('never stores an e-mail in clear and bounds the key length', () => {
    expect(accountKey('a@x.example')).not.toContain('x.example');
    expect(accountKey('a'.repeat(2000))).toHaveLength(43);
  });

  it('keeps IP addresses readable and hashes anything else a proxy forwarded', () => {
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('2001:db8::1')).toBe('2001:db8::1');
    expect(addressKey('x'.repeat(500))).toMatch(/^h[\w-]{22}$/);
  });
});

describe('takePoints', () => {
  it('gives back the earlier points when a later limit refuses, and answers RATE_LIMITED with whole seconds', async () => {
    const narrow = fakeLimiter(5);
    const wide = fakeLimiter(0);
    const charges: Charge[] = [
      [narrow.limiter, 'k'],
      [wide.limiter, 'k'],
    ];
    const error = await takePoints(charges).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthException);
    expect(authExceptionToAppError(error as AuthException)).toMatchObject({
      code: ErrorCode.RATE_LIMITED,
      info: { details: { retryAfterSeconds: 2 } },
    });
    expect(narrow.counts.get('k')).toBe(0);
  });

  it('passes store failures on (not a rate limit) after giving points back', async () => {
    const first = fakeLimiter(5);
    const broken = fakeLimiter(5, new Error('connection lost'));
    await expect(
      takePoints([
        [first.limiter, 'k'],
        [broken.limiter, 'k'],
      ]),
    ).rejects.toThrow('connection lost');
    expect(first.counts.get('k')).toBe(0);
  });
});
