import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface ExpiredRowsSwept {
  rateLimitCounters: number;
  refreshTokens: number;
}

/** Rows per DELETE, so a first sweep over a long history never holds locks for long. */
const BATCH = 5_000;

/**
 * Deletes what the auth tables keep past its use. Nothing else ever deletes
 * these rows: a rate-limit counter row is reused by its key (or never seen
 * again), and a session's rotated tokens stay for reuse detection.
 */
@Injectable()
export class AuthMaintenance {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async sweepExpired(batchSize = BATCH): Promise<ExpiredRowsSwept> {
    const now = new Date();
    // A counter past its window is reset by its next use anyway (rate-limiter-flexible's upsert);
    // an upsert racing this DELETE either renews the row first (no longer expired: kept) or inserts it afresh.
    const rateLimitCounters = await this.inBatches(
      `DELETE FROM login_rate_limit WHERE key IN (SELECT key FROM login_rate_limit WHERE expire < $1 LIMIT $2)`,
      [now.getTime(), batchSize],
    );
    // A whole session (family) at once, once its newest token has expired: until then a rotated
    // token presented again must still be found, to revoke the family (SessionService.rotate).
    const refreshTokens = await this.inBatches(
      `DELETE FROM refresh_token WHERE family_id IN
         (SELECT family_id FROM refresh_token GROUP BY family_id HAVING max(expires_at) <= $1 LIMIT $2)`,
      [now, batchSize],
    );
    return { rateLimitCounters, refreshTokens };
  }

  private async inBatches(sql: string, parameters: [unknown, number]): Promise<number> {
    let total = 0;
    for (;;) {
      // TypeORM answers a DELETE with [rows, affected].
      const [, deleted] = await this.dataSource.query<[unknown, number]>(sql, parameters);
      total += deleted;
      if (deleted < parameters[1]) return total;
    }
  }
}
