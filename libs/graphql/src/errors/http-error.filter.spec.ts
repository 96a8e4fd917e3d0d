import { describe, expect, it } from '@jest/globals';
import type { ArgumentsHost } from '@nestjs/common';
import { PayloadTooLargeException, ServiceUnavailableException } from '@nestjs/common';
import { AppError } from './app-error.js';
import { ExceptionMapperRegistry } from './exception-mappers.js';
import { HttpErrorFilter } from './http-error.filter.js';

class ShelfException extends Error {}

function fakeHttp(type = 'http') {
  const sent: { status?: number; body?: unknown; headers: Record<string, string> } = { headers: {} };
  const response = {
    headersSent: false,
    setHeader: (name: string, value: string) => void (sent.headers[name] = value),
    status(status: number) {
      sent.status = status;
      return this;
    },
    json: (body: unknown) => void (sent.body = body),
    destroy: () => undefined,
  };
  const host = { getType: () => type, switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost;
  return { host, sent };
}

function filter(reported: unknown[] = []) {
  const mappers = new ExceptionMapperRegistry();
  mappers.register(ShelfException, (e) => AppError.conflict('SHELF_FULL', e.message));
  return new HttpErrorFilter(mappers, (error) => reported.push(error));
}

describe('HttpErrorFilter', () => {
  it('gives RATE_LIMITED 429 with Retry-After', () => {
    const { host, sent } = fakeHttp();
    filter().catch(AppError.rateLimited(12.2), host);
    expect(sent).toEqual({
      status: 429,
      headers: { 'Retry-After': '13' },
      body: { error: { code: 'RATE_LIMITED', message: 'Too many attempts; try again later', retryAfterSeconds: 12.2 } },
    });
  });

  it("maps a registered domain exception with its feature's mapper (409)", () => {
    const { host, sent } = fakeHttp();
    filter().catch(new ShelfException('The shelf is full'), host);
    expect(sent).toMatchObject({ status: 409, body: { error: { code: 'CONFLICT', reason: 'SHELF_FULL', message: 'The shelf is full' } } });
  });

  it('codes HttpExceptions by status (413 PAYLOAD_TOO_LARGE)', () => {
    const { host, sent } = fakeHttp();
    filter().catch(new PayloadTooLargeException('request entity too large'), host);
    expect(sent).toMatchObject({ status: 413, body: { error: { code: 'PAYLOAD_TOO_LARGE' } } });
  });

  it('answers anything else with a bare 500 and reports it server-side', () => {
    const reported: unknown[] = [];
    const { host, sent } = fakeHttp();
    const failure = new Error('relation "secret_table" does not exist: SELECT * FROM secret_table');
    filter(reported).catch(failure, host);
    expect(sent).toMatchObject({ status: 500, body: { error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } } });
    expect(JSON.stringify(sent.body)).not.toContain('secret_table');
    expect(reported).toEqual([failure]);
  });

  it('keeps the status of a deliberate 5xx HttpException, not its message', () => {
    const reported: unknown[] = [];
    const { host, sent } = fakeHttp();
    filter(reported).catch(new ServiceUnavailableException('redis at 10.0.0.7 is down'), host);
    expect(sent).toMatchObject({ status: 503, body: { error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } } });
    expect(reported).toEqual([]);
  });

  it('rethrows outside HTTP, so Apollo formats GraphQL errors', () => {
    const { host, sent } = fakeHttp('graphql');
    const error = AppError.notFound();
    expect(() => filter().catch(error, host)).toThrow(error);
    expect(sent.status).toBeUndefined();
  });
});
