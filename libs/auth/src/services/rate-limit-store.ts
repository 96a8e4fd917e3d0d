import type { AppConfig } from '@igu/config';
import { Redis } from 'ioredis';
import { RateLimiterPostgres, RateLimiterRedis, type RateLimiterStoreAbstract } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';

/** Only messages without personal data are logged here. */
export interface RateLimitStoreLogger {
  info(message: string): void;
  warn(message: string): void;
}

export type RateLimitStoreKind = 'redis' | 'postgres';

/** A Redis command that has not answered by then counts in PostgreSQL instead: a hung Redis slows a request by this much at most. */
const REDIS_COMMAND_TIMEOUT_MS = 500;
/** How long the API's start waits for Redis; past it, limits count in PostgreSQL until Redis answers. */
const REDIS_CONNECT_WAIT_MS = 2_000;

/**
 * Where every rate limit keeps its counters, shared by all API processes:
 * Redis when REDIS_URL is set (the same choice as the queue and the
 * notification bus), otherwise the `login_rate_limit` table. Each limit is a
 * fixed-window counter whose `consume` is atomic in either store (a Lua script
 * in Redis, one upsert in PostgreSQL), so parallel requests never take more
 * points than there are.
 *
 * A Redis outage must not become an API outage, nor switch the login limits
 * off, so the Redis limiters are insured by the same limits in PostgreSQL
 * (rate-limiter-flexible's `insuranceLimiter`) rather than failing open:
 * PostgreSQL is up whenever the API can do anything useful, every process
 * shares it, and password guessing stays bounded during the outage. A command
 * goes to the insurance at once while the connection is not ready, and after
 * REDIS_COMMAND_TIMEOUT_MS when a connected Redis stops answering; nothing
 * is queued or resent, so no request waits for Redis to come back. The price:
 * when the store changes, a window's count restarts in the other store.
 */
export class RateLimitStore {
  readonly kind: RateLimitStoreKind;
  private readonly redis?: Redis;
  private readonly namespace: string;

  constructor(
    private readonly dataSource: DataSource,
    config: AppConfig,
    private readonly logger: RateLimitStoreLogger,
  ) {
    this.kind = config.REDIS_URL ? 'redis' : 'postgres';
    // Beside the queues' keys (`<QUEUE_PREFIX>:<queue>:…`); Redis expires every counter with its window.
    this.namespace = `${config.QUEUE_PREFIX}:ratelimit`;
    if (config.REDIS_URL) {
      // A client of its own: the queue's waits for Redis indefinitely (BullMQ needs that), a limit must not.
      // Not connected until the API starts (connect()), so the worker, which limits nothing, opens no connection.
      this.redis = new Redis(config.REDIS_URL, {
        lazyConnect: true,
        enableOfflineQueue: false,
        maxRetriesPerRequest: 0,
        autoResendUnfulfilledCommands: false, // a command lost with its connection is not replayed: the insurance counted it
        commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
      });
      this.watch(this.redis);
    }
  }

  /** A limit of `points` per `duration` seconds; `name` is its counters' key prefix. */
  limiter(name: string, points: number, duration: number): RateLimiterStoreAbstract {
    const postgres = new RateLimiterPostgres({
      storeClient: this.dataSource,
      storeType: 'typeorm',
      tableName: 'login_rate_limit',
      tableCreated: true, // created by a migration
      clearExpiredByTimeout: false, // the worker's daily sweep deletes expired rows (AuthMaintenance)
      keyPrefix: name,
      points,
      duration,
    });
    if (!this.redis) return postgres;
    return new RateLimiterRedis({
      storeClient: this.redis,
      rejectIfRedisNotReady: true,
      insuranceLimiter: postgres,
      keyPrefix: `${this.namespace}:${name}`,
      points,
      duration,
    });
  }

  /**
   * Opens the Redis connection (the API's start). Resolves once it is ready or
   * after REDIS_CONNECT_WAIT_MS; ioredis keeps reconnecting after that.
   */
  async connect(): Promise<void> {
    const redis = this.redis;
    if (redis?.status !== 'wait') return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      redis.connect().catch(() => undefined), // resolves when ready; refused: ioredis retries by itself
      new Promise((resolve) => (timer = setTimeout(resolve, REDIS_CONNECT_WAIT_MS))),
    ]);
    clearTimeout(timer);
  }

  async close(): Promise<void> {
    // quit() only on a live connection: it would wait for a Redis that is away.
    if (this.redis?.status === 'ready') await this.redis.quit().catch(() => undefined);
    this.redis?.disconnect(); // stops reconnecting; harmless once closed
  }

  /** Logs when limits move to PostgreSQL and back, not every failed reconnect attempt. */
  private watch(redis: Redis): void {
    let lost = false;
    redis.on('error', () => undefined); // ioredis reconnects by itself; 'close' below reports the outage once
    redis.on('close', () => {
      if (lost || redis.status === 'end') return;
      lost = true;
      this.logger.warn('rate limits: Redis unreachable; counting in PostgreSQL until it answers');
    });
    redis.on('ready', () => {
      if (!lost) return;
      lost = false;
      this.logger.info('rate limits: Redis answers again; counting there');
    });
  }
}
