import { randomBytes } from 'node:crypto';
import { type AppConfig, loadConfig } from '@igu/config';

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
    ...overrides,
  });
}
