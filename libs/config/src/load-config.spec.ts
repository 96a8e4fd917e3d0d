import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './load-config.js';

const key = (byte: number) => Buffer.alloc(32, byte).toString('base64');
const valid = {
  DATABASE_URL: 'postgres://igu@localhost:5432/igu',
  JWT_SECRET: 'x'.repeat(32),
  PII_ENCRYPTION_KEYS: `k1:${key(1)}, k2:${key(2)}`,
  PII_ACTIVE_KEY_ID: 'k2',
  PII_BLIND_INDEX_KEY: key(3),
};

describe('loadConfig', () => {
  it('applies defaults to a minimal valid environment', () => {
    const config = loadConfig(valid);
    expect(config.API_PORT).toBe(3000);
    expect(config.REDIS_URL).toBeUndefined();
    expect(config.LOG_PRETTY).toBe(false);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('names a missing required variable', () => {
    expect(() => loadConfig({})).toThrow(/DATABASE_URL is required/);
  });

  it('rejects malformed values with one line per problem', () => {
    let error: unknown;
    try {
      loadConfig({ ...valid, API_PORT: 'eighty', REDIS_URL: 'http://x', LOG_PRETTY: 'maybe' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/API_PORT/);
    expect(problems).toMatch(/REDIS_URL: must be a redis/);
    expect(problems).toMatch(/LOG_PRETTY/);
  });

  it('rejects a non-postgres database URL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x/y' })).toThrow(/DATABASE_URL: must be a postgres/);
  });

  it('parses the personal-data key ring and checks the active key is in it', () => {
    expect(Object.keys(loadConfig(valid).PII_ENCRYPTION_KEYS)).toEqual(['k1', 'k2']);
    expect(() => loadConfig({ ...valid, PII_ACTIVE_KEY_ID: 'k9' })).toThrow(/PII_ACTIVE_KEY_ID: must name one of the keys/);
    expect(() => loadConfig({ ...valid, PII_ENCRYPTION_KEYS: 'k1:c2hvcnQ=' })).toThrow(/PII_ENCRYPTION_KEYS/);
    expect(() => loadConfig({ ...valid, JWT_SECRET: 'short' })).toThrow(/JWT_SECRET must be at least 32/);
  });

  it('reads TRUST_PROXY as off, every hop, a hop count or proxy addresses', () => {
    expect(loadConfig(valid).TRUST_PROXY).toBe(false);
    expect(loadConfig({ ...valid, TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    expect(loadConfig({ ...valid, TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false);
    expect(loadConfig({ ...valid, TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(loadConfig({ ...valid, TRUST_PROXY: '10.0.0.0/8, 192.168.1.1' }).TRUST_PROXY).toBe('10.0.0.0/8, 192.168.1.1');
    expect(() => loadConfig({ ...valid, TRUST_PROXY: 'every one!' })).toThrow(/TRUST_PROXY/);
  });

  it('keeps the account-wide login limit above the per account-and-IP one', () => {
    expect(loadConfig(valid)).toMatchObject({ LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_IP: 10, LOGIN_MAX_FAILURES_PER_ACCOUNT: 100 });
    expect(() => loadConfig({ ...valid, LOGIN_MAX_FAILURES_PER_ACCOUNT: '10' })).toThrow(
      /LOGIN_MAX_FAILURES_PER_ACCOUNT: must be greater than LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_IP/,
    );
  });

  it('listens on PORT when the platform sets it, on API_PORT otherwise', () => {
    expect(loadConfig({ ...valid, API_PORT: '4000' }).API_PORT).toBe(4000);
    expect(loadConfig({ ...valid, API_PORT: '4000', PORT: '8080' }).API_PORT).toBe(8080);
    expect(loadConfig({ ...valid, PORT: '8080' }).API_PORT).toBe(8080);
    expect(() => loadConfig({ ...valid, PORT: 'x' })).toThrow(/PORT/);
  });

  it('reads CORS_ORIGINS as exact origins, none by default', () => {
    expect(loadConfig(valid).CORS_ORIGINS).toEqual([]);
    expect(loadConfig({ ...valid, CORS_ORIGINS: 'https://a.example, http://localhost:5173' }).CORS_ORIGINS).toEqual([
      'https://a.example',
      'http://localhost:5173',
    ]);
    expect(() => loadConfig({ ...valid, CORS_ORIGINS: 'https://a.example/path' })).toThrow(/CORS_ORIGINS/);
    expect(() => loadConfig({ ...valid, CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS/);
  });

  it('serves metrics only when a metrics port is set', () => {
    expect(loadConfig(valid).METRICS_PORT).toBeUndefined();
    expect(loadConfig(valid).WORKER_METRICS_PORT).toBeUndefined();
    expect(loadConfig({ ...valid, METRICS_PORT: '9464', WORKER_METRICS_PORT: '0' })).toMatchObject({
      METRICS_PORT: 9464,
      WORKER_METRICS_PORT: 0,
    });
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ ...valid, REDIS_URL: '' }).REDIS_URL).toBeUndefined();
  });
});
