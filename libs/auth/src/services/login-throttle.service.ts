import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@igu/config';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { RateLimitStore } from './rate-limit-store.js';
import { accountKey, addressKey, type Charge, givePointsBack, takePoints } from './rate-limits.js';

/** The points one login attempt holds until its outcome is known. */
export interface LoginAttempt {
  readonly pair: Charge;
  readonly address: Charge;
  readonly account: Charge;
}

/**
 * Failed-login limits, counted before the password is checked:
 * - per account and IP: locks that account for that IP only, so an attacker
 *   cannot lock a real user out from elsewhere;
 * - per IP: one address guessing across many accounts;
 * - per account over all IPs (higher, longer window): bounds distributed guessing.
 * Narrowest first, so attempts refused by one limit do not use up the wider ones.
 */
@Injectable()
export class LoginThrottleService {
  private readonly pair: RateLimiterAbstract;
  private readonly address: RateLimiterAbstract;
  private readonly account: RateLimiterAbstract;

  constructor(@Inject(RateLimitStore) store: RateLimitStore, @Inject(APP_CONFIG) config: AppConfig) {
    const window = config.LOGIN_FAILURE_WINDOW_SECONDS;
    this.pair = store.limiter('pair', config.LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_IP, window);
    this.address = store.limiter('ip', config.LOGIN_MAX_FAILURES_PER_IP, window);
    this.account = store.limiter('acct', config.LOGIN_MAX_FAILURES_PER_ACCOUNT, config.LOGIN_ACCOUNT_WINDOW_SECONDS);
  }

  /**
   * Counts the attempt as a failure up front (atomically), so N parallel wrong
   * passwords cannot get past a limit; throws RATE_LIMITED when one is spent.
   */
  async begin(email: string, ip: string): Promise<LoginAttempt> {
    const account = accountKey(email);
    const address = addressKey(ip);
    const attempt: LoginAttempt = {
      pair: [this.pair, `${account}:${address}`],
      address: [this.address, address],
      account: [this.account, account],
    };
    await takePoints([attempt.pair, attempt.address, attempt.account]);
    return attempt;
  }

  /**
   * Not a failure after all. The pair starts afresh (the user's own typos from
   * there are forgiven); the account-wide count keeps other IPs' failures.
   */
  async succeeded(attempt: LoginAttempt): Promise<void> {
    await Promise.allSettled([attempt.pair[0].delete(attempt.pair[1]), givePointsBack([attempt.address, attempt.account])]);
  }
}
