import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './load-config.js';

const valid = { DATABASE_URL: 'postgres://igu@localhost:5432/igu' };

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

  it('treats empty values as unset', () => {
    expect(loadConfig({ ...valid, REDIS_URL: '' }).REDIS_URL).toBeUndefined();
  });
});
