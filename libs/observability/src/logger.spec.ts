import { describe, expect, it } from '@jest/globals';
import { Writable } from 'node:stream';
import pino from 'pino';
import { REDACTED_PATHS, redactCprLike, scrubCprLike } from './logger.js';

describe('log redaction', () => {
  it('masks CPR-like numbers in free text', () => {
    expect(redactCprLike('candidate 010190-1234 and 0101901234')).toBe('candidate 010190-XXXX and 010190-XXXX');
  });

  it('masks CPR-like strings inside logged objects and errors', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _, done) => (lines.push(String(chunk)), done()) });
    const logger = pino({ formatters: { log: (record) => scrubCprLike(record) } }, sink);
    logger.error({ err: new Error('duplicate 0101901234'), input: { nested: ['010190-1234'] } }, 'failed');
    expect(lines.join('')).not.toMatch(/0101901234|010190-1234/);
    expect(lines.join('')).toContain('010190-XXXX');
  });

  it('removes authorization headers and passwords from structured logs', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _, done) => (lines.push(String(chunk)), done()) });
    const logger = pino({ redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, sink);
    logger.info({ req: { headers: { authorization: 'Bearer secret-token' } }, user: { password: 'hunter2' } }, 'x');
    expect(lines.join('')).not.toMatch(/secret-token|hunter2/);
    expect(lines.join('')).toContain('[redacted]');
  });
});
