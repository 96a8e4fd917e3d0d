import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@igu/config';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { RateLimitStore } from './rate-limit-store.js';
import { addressKey, takePoints } from './rate-limits.js';

/**
 * Self-registration is public and hashes a password with argon2id on every
 * call, so every attempt per IP counts (valid or not), before any work.
 */
@Injectable()
export class RegistrationThrottleService {
  private readonly perIp: RateLimiterAbstract;

  constructor(@Inject(RateLimitStore) store: RateLimitStore, @Inject(APP_CONFIG) config: AppConfig) {
    this.perIp = store.limiter('reg', config.REGISTER_MAX_PER_IP, config.REGISTER_WINDOW_SECONDS);
  }

  /** Throws RATE_LIMITED when the IP has used up its registrations. */
  async take(ip: string): Promise<void> {
    await takePoints([[this.perIp, addressKey(ip)]]);
  }
}
