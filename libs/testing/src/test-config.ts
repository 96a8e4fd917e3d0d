import { randomBytes } from 'node:crypto';
import { type AppConfig, loadConfig } from '@igu/config';

/**
 * The Danish calendar day every test process runs on (CLOCK_TODAY): far enough
 * from the IGU scheme's end (2027-12-31) that IGU positions starting weeks
 * ahead stay valid, and fixed, so no test depends on the day it runs.
 * `IGU_TEST_TODAY` moves it for a run that explores another day.
 */
export const TEST_TODAY = process.env.IGU_TEST_TODAY ?? '2026-11-02';

/** Fixed per run, so every process of a test run can read what another wrote. */
export const TEST_SECRETS = {
  JWT_SECRET: 'test-only-jwt-secret-that-is-long-enough-0123456789',
  PII_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')},k2:${Buffer.alloc(32, 2).toString('base64')}`,
  PII_ACTIVE_KEY_ID: 'k2',
  PII_BLIND_INDEX_KEY: Buffer.alloc(32, 3).toString('base64'),
};

/**
 * Configuration for a test process: its own database, Redis when REDIS_URL is
 * set (with a prefix of its own), the PostgreSQL queue backend otherwise.
 */
export function testConfig(databaseUrl: string, overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: '5',
    REDIS_URL: process.env.REDIS_URL ?? '',
    QUEUE_PREFIX: `t${randomBytes(4).toString('hex')}`,
    OUTBOX_POLL_MS: '20',
    CLOCK_TODAY: TEST_TODAY,
    // Off unless a test sets them: each counted request is SQL of its own (statement-count tests).
    API_RATE_LIMIT_PER_IP: '0',
    API_RATE_LIMIT_PER_USER: '0',
    ...TEST_SECRETS,
    ...overrides,
  });
}

export interface StoreProfile {
  name: 'PostgreSQL' | 'Redis';
  /** testConfig overrides that select it. */
  env: Record<string, string>;
}

/**
 * For tests that run once per shared store (rate limits): PostgreSQL always,
 * Redis too when REDIS_URL is set (CI's Redis pass, `npm run test:queue`).
 */
export function storeProfiles(): StoreProfile[] {
  const redisUrl = process.env.REDIS_URL;
  return [{ name: 'PostgreSQL', env: { REDIS_URL: '' } }, ...(redisUrl ? [{ name: 'Redis' as const, env: { REDIS_URL: redisUrl } }] : [])];
}
