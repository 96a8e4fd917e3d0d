import { describe, expect, it } from '@jest/globals';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { AppConfig } from '@igu/config';
import pino from 'pino';
import { type Options, pinoHttp } from 'pino-http';
import { httpLoggerParams, REDACTED_PATHS, redactCprLike, scrubCprLike } from './logger.js';

describe('log redaction', () => {
  it('masks CPR-like numbers in free text', () => {
    expect(redactCprLike('candidate 010190-1234 and 0101901234')).toBe('candidate 010190-XXXX and 010190-XXXX');
  });

  it('masks CPR-like strings inside logged objects and errors', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write: (chunk, _, done) => {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = pino({ formatters: { log: (record) => scrubCprLike(record) } }, sink);
    logger.error({ err: new Error('duplicate 0101901234'), input: { nested: ['010190-1234'] } }, 'failed');
    expect(lines.join('')).not.toMatch(/0101901234|010190-1234/);
    expect(lines.join('')).toContain('010190-XXXX');
  });

  it('removes authorization headers and passwords from structured logs', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write: (chunk, _, done) => {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = pino({ redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, sink);
    logger.info({ req: { headers: { authorization: 'Bearer secret-token' } }, user: { password: 'hunter2' } }, 'x');
    expect(lines.join('')).not.toMatch(/secret-token|hunter2/);
    expect(lines.join('')).toContain('[redacted]');
  });

  it('logs the path of a GraphQL GET without its query string (no searched names)', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write: (chunk, _, done) => {
        lines.push(String(chunk));
        done();
      },
    });
    const params = httpLoggerParams({ LOG_LEVEL: 'info', LOG_PRETTY: false } as AppConfig, 'api', sink);
    const [options, destination] = params.pinoHttp as unknown as [Options, pino.DestinationStream];
    const log = pinoHttp(options, destination);
    const server = createServer((req, res) => {
      log(req, res);
      res.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const query = encodeURIComponent('query($t: String) { candidates(filter: { text: $t }) { totalCount } }');
      const variables = encodeURIComponent(JSON.stringify({ t: 'olena kovalenko' }));
      const { port } = server.address() as AddressInfo;
      await fetch(`http://127.0.0.1:${port}/graphql?query=${query}&variables=${variables}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    const requests = lines.map((line) => JSON.parse(line) as { req?: { url: string; method: string } }).filter((line) => line.req);
    expect(requests.map((line) => line.req)).toEqual([expect.objectContaining({ method: 'GET', url: '/graphql' })]);
    expect(lines.join('')).not.toMatch(/olena|kovalenko|candidates/i);
  });
});
