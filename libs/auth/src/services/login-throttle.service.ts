import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@igu/config';
import { AppError } from '@igu/graphql';
import { RateLimiterPostgres, type RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';

/**
 * Counts failed logins per account and per client IP in PostgreSQL (shared by
 * every API instance). Once either limit is reached, every attempt — even with
 * the right password — is RATE_LIMITED until the window passes.
 */
@Injectable()
export class LoginThrottleService {
  private readonly perAccount: RateLimiterPostgres;
  private readonly perIp: RateLimiterPostgres;

  constructor(@Inject(DataSource) dataSource: DataSource, @Inject(APP_CONFIG) config: AppConfig) {
    const common = {
      storeClient: dataSource,
      storeType: 'typeorm',
      tableName: 'login_rate_limit',
      tableCreated: true, // created by a migration
      clearExpiredByTimeout: false,
      duration: config.LOGIN_FAILURE_WINDOW_SECONDS,
    };
    this.perAccount = new RateLimiterPostgres({ ...common, keyPrefix: 'acct', points: config.LOGIN_MAX_FAILURES_PER_ACCOUNT });
    this.perIp = new RateLimiterPostgres({ ...common, keyPrefix: 'ip', points: config.LOGIN_MAX_FAILURES_PER_IP });
  }

  /** Throws RATE_LIMITED when the account or the IP has no attempts left. */
  async assertAllowed(email: string, ip: string): Promise<void> {
    const [account, address] = await Promise.all([this.perAccount.get(email), this.perIp.get(ip)]);
    const blocked = [
      [account, this.perAccount.points],
      [address, this.perIp.points],
    ].filter(([res, points]) => res && (res as RateLimiterRes).consumedPoints >= (points as number));
    if (blocked.length > 0) {
      const waitMs = Math.max(...blocked.map(([res]) => (res as RateLimiterRes).msBeforeNext));
      throw AppError.rateLimited(Math.ceil(waitMs / 1000));
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    // consume() rejects once the limit is passed; the count is what matters here.
    await Promise.allSettled([this.perAccount.consume(email), this.perIp.consume(ip)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.perAccount.delete(email);
  }
}
