import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { ErrorCode } from '@igu/graphql';
import { storeProfiles, testConfig, useTestDataSource } from '@igu/testing';
import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { createServer, type Server, type Socket, connect } from 'node:net';
import { AuthException } from '../errors/auth.exception.js';
import { authExceptionToAppError } from '../graphql/auth-exception.mapper.js';
import { RateLimitStore } from './rate-limit-store.js';
import { takePoints } from './rate-limits.js';

const WINDOW_SECONDS = 600;

interface Logged {
  level: 'info' | 'warn';
  message: string;
}

/** takePoints' outcome: 'ok', or RATE_LIMITED with its retry-after. */
async function outcome(promise: Promise<void>): Promise<'ok' | { code: ErrorCode; retryAfterSeconds: unknown }> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (!(error instanceof AuthException)) throw error;
    const appError = authExceptionToAppError(error);
    return { code: appError.code, retryAfterSeconds: (appError.info.details as { retryAfterSeconds?: unknown }).retryAfterSeconds };
  }
}

const eventually = async (what: string, check: () => boolean | Promise<boolean>, timeoutMs = 10_000) => {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

describe.each(storeProfiles())('rate-limit store: $name', ({ name, env }) => {
  const db = useTestDataSource('rate-limit-store-test', { poolSize: 4 });
  const stores: RateLimitStore[] = [];
  const open = async (overrides: Record<string, string> = {}) => {
    const store = new RateLimitStore(db.dataSource, testConfig(db.database.url, { ...env, ...overrides }), {
      info: () => undefined,
      warn: () => undefined,
    });
    stores.push(store);
    await store.connect();
    return store;
  };

  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
  });

  it('shares one limit between two processes, refusing past it with the time left in the window', async () => {
    // Two stores over one configuration: what two API processes hold.
    const queuePrefix = `t${randomBytes(4).toString('hex')}`;
    const [first, second] = [await open({ QUEUE_PREFIX: queuePrefix }), await open({ QUEUE_PREFIX: queuePrefix })];
    expect(first.kind).toBe(name === 'Redis' ? 'redis' : 'postgres');
    const limits = [first.limiter('shared', 3, WINDOW_SECONDS), second.limiter('shared', 3, WINDOW_SECONDS)];
    const results = [];
    for (let n = 0; n < 5; n += 1) results.push(await outcome(takePoints([[limits[n % 2], 'client']])));
    expect(results.slice(0, 3)).toEqual(['ok', 'ok', 'ok']);
    for (const refused of results.slice(3)) {
      expect(refused).toMatchObject({ code: ErrorCode.RATE_LIMITED });
      const seconds = (refused as { retryAfterSeconds: number }).retryAfterSeconds;
      expect(Number.isInteger(seconds) && seconds > WINDOW_SECONDS - 30 && seconds <= WINDOW_SECONDS).toBe(true);
    }
    // Another key has its own count.
    expect(await outcome(takePoints([[limits[1], 'other-client']]))).toBe('ok');
  });

  it(`keeps its counters in ${name === 'Redis' ? 'Redis, expiring with their window, and nothing in PostgreSQL' : 'the login_rate_limit table'}`, async () => {
    const queuePrefix = `t${randomBytes(4).toString('hex')}`;
    const store = await open({ QUEUE_PREFIX: queuePrefix });
    await takePoints([[store.limiter('where', 5, WINDOW_SECONDS), 'k']]);
    const rows = await db.dataSource.query<{ points: number }[]>(`SELECT points FROM login_rate_limit WHERE key = 'where:k'`);
    if (name === 'Redis') {
      expect(rows).toEqual([]);
      const redis = new Redis(env.REDIS_URL);
      try {
        const key = `${queuePrefix}:ratelimit:where:k`;
        expect(await redis.get(key)).toBe('1');
        const ttl = await redis.pttl(key);
        expect(ttl > (WINDOW_SECONDS - 30) * 1000 && ttl <= WINDOW_SECONDS * 1000).toBe(true);
      } finally {
        redis.disconnect();
      }
    } else {
      expect(rows).toEqual([{ points: 1 }]);
    }
  });
});

/**
 * A TCP relay in front of the real Redis that a test can take down (connections
 * refused and reset) or freeze (connected, but nothing answers): Redis outages
 * without touching the Redis other tests share.
 */
class RedisRelay {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  frozen = false;
  port = 0;

  constructor(private readonly target: URL) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(Number(this.target.port || 6379), this.target.hostname);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.on('data', (chunk) => this.frozen || upstream.write(chunk));
      upstream.on('data', (chunk) => this.frozen || client.write(chunk));
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = undefined;
  }
}

const redisUrl = process.env.REDIS_URL;

(redisUrl ? describe : describe.skip)('rate-limit store: Redis outages (insured by PostgreSQL)', () => {
  const db = useTestDataSource('rate-limit-outage-test', { poolSize: 4 });
  const relay = new RedisRelay(new URL(redisUrl ?? 'redis://127.0.0.1:6379'));
  const logged: Logged[] = [];
  let store: RateLimitStore | undefined;
  let queuePrefix: string;

  beforeAll(async () => {
    await relay.start();
  });

  afterEach(async () => {
    await store?.close();
    relay.frozen = false;
    logged.length = 0;
  });

  afterAll(async () => {
    await relay.stop();
  });

  const open = async () => {
    queuePrefix = `t${randomBytes(4).toString('hex')}`;
    store = new RateLimitStore(db.dataSource, testConfig(db.database.url, { REDIS_URL: relay.url, QUEUE_PREFIX: queuePrefix }), {
      info: (message) => logged.push({ level: 'info', message }),
      warn: (message) => logged.push({ level: 'warn', message }),
    });
    await store.connect();
    return store;
  };
  const postgresPoints = async (key: string) =>
    (await db.dataSource.query<{ points: number }[]>(`SELECT points FROM login_rate_limit WHERE key = $1`, [key]))[0]?.points ?? 0;
  const redisPoints = async (key: string) => {
    const redis = new Redis(redisUrl!);
    try {
      return Number((await redis.get(`${queuePrefix}:ratelimit:${key}`)) ?? 0);
    } finally {
      redis.disconnect();
    }
  };

  it('counts in PostgreSQL at once while Redis is down, still refusing past the limit, and in Redis again once it is back', async () => {
    const limiter = (await open()).limiter('outage', 3, WINDOW_SECONDS);
    expect(await outcome(takePoints([[limiter, 'a']]))).toBe('ok');
    expect(await redisPoints('outage:a')).toBe(1);

    await relay.stop();
    await eventually('the outage to be noticed', () => logged.some((entry) => entry.level === 'warn'));
    const started = performance.now();
    const during = [];
    for (let n = 0; n < 4; n += 1) during.push(await outcome(takePoints([[limiter, 'b']])));
    // No request waits for Redis: each is one PostgreSQL upsert.
    expect((performance.now() - started) / 4).toBeLessThan(200);
    expect(during.slice(0, 3)).toEqual(['ok', 'ok', 'ok']);
    expect(during[3]).toMatchObject({ code: ErrorCode.RATE_LIMITED });
    expect(await postgresPoints('outage:b')).toBe(4);
    expect(logged.filter((entry) => entry.level === 'warn')).toHaveLength(1); // once, not per reconnect attempt

    await relay.start();
    await eventually('Redis to answer again', () => logged.some((entry) => entry.level === 'info'));
    expect(await outcome(takePoints([[limiter, 'c']]))).toBe('ok');
    expect(await redisPoints('outage:c')).toBe(1);
    expect(await postgresPoints('outage:c')).toBe(0);
    expect(logged.map((entry) => entry.message).join('\n')).not.toMatch(/outage:|127\.0\.0\.1/);
  });

  it('starts with Redis down: the start does not wait for it, limits count in PostgreSQL, and move to Redis once it answers', async () => {
    await relay.stop();
    let limiter;
    try {
      const started = performance.now();
      limiter = (await open()).limiter('cold', 1, WINDOW_SECONDS);
      expect(performance.now() - started).toBeLessThan(3_000);
      expect(await outcome(takePoints([[limiter, 'a']]))).toBe('ok');
      expect(await outcome(takePoints([[limiter, 'a']]))).toMatchObject({ code: ErrorCode.RATE_LIMITED });
      expect(await postgresPoints('cold:a')).toBe(2);
    } finally {
      await relay.start();
    }
    await eventually('Redis to answer', () => logged.some((entry) => entry.level === 'info'));
    expect(await outcome(takePoints([[limiter, 'b']]))).toBe('ok');
    expect(await redisPoints('cold:b')).toBe(1);
  });

  it('falls back within the command timeout when a connected Redis stops answering', async () => {
    const limiter = (await open()).limiter('hung', 5, WINDOW_SECONDS);
    expect(await outcome(takePoints([[limiter, 'a']]))).toBe('ok');
    relay.frozen = true;
    const started = performance.now();
    expect(await outcome(takePoints([[limiter, 'a']]))).toBe('ok');
    expect(performance.now() - started).toBeLessThan(1_500);
    expect(await postgresPoints('hung:a')).toBe(1);
  });
});
