import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppConfig } from '@igu/config';
import type { Params } from 'nestjs-pino';
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

/** Personal data and secrets that must never reach a log line. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.body.variables.password',
  'req.body.variables.input.password',
  'req.body.variables.input.cpr',
  '*.password',
  '*.cpr',
  '*.accessToken',
];

/** A CPR number anywhere in a log message (DDMMYY-SSSS or DDMMYYSSSS). */
const CPR_LIKE = /\b(\d{6})-?\d{4}\b/g;

export function redactCprLike(text: string): string {
  return text.replace(CPR_LIKE, '$1-XXXX');
}

/** Masks CPR-like strings anywhere in a log record (error messages and stacks included). */
export function scrubCprLike<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return redactCprLike(value) as T;
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) {
    return { type: value.name, message: redactCprLike(value.message), stack: value.stack && redactCprLike(value.stack) } as T;
  }
  if (Array.isArray(value)) return (value as unknown[]).map((item) => scrubCprLike(item, depth + 1)) as T;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrubCprLike(item, depth + 1)])) as T;
}

function baseOptions(config: AppConfig, service: string): LoggerOptions {
  return {
    name: service,
    level: config.LOG_LEVEL,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    formatters: { log: (record) => scrubCprLike(record) },
    hooks: {
      // Scrub CPR-like strings from free-text messages and string arguments.
      logMethod(args, method) {
        method.apply(this, args.map((arg) => (typeof arg === 'string' ? redactCprLike(arg) : arg)) as Parameters<typeof method>);
      },
    },
    transport: config.LOG_PRETTY
      ? { target: 'pino-pretty', options: { singleLine: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' } }
      : undefined,
  };
}

/** Structured JSON logs for non-HTTP code (worker, scripts). */
export function createLogger(config: AppConfig, service: string): Logger {
  return pino(baseOptions(config, service));
}

/**
 * What a request log line says about the request: its path, never the query
 * string. A GraphQL GET carries the document and its variables there (e.g. a
 * name searched for), which must not reach the logs.
 */
export function serializeRequest(req: { id: string; method: string; url?: string }): {
  id: string;
  method: string;
  url: string | undefined;
} {
  return { id: req.id, method: req.method, url: req.url?.split('?', 1)[0] };
}

/**
 * nestjs-pino parameters for the HTTP process: one request id per request, echoed back.
 * `destination` replaces stdout (tests capture exactly what the process would log).
 */
export function httpLoggerParams(config: AppConfig, service: string, destination?: DestinationStream): Params {
  const options = {
    ...baseOptions(config, service),
    genReqId(req: IncomingMessage, res: ServerResponse) {
      const incoming = req.headers['x-request-id'];
      const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    autoLogging: { ignore: (req: IncomingMessage) => req.url?.startsWith('/health') ?? false },
    serializers: { req: serializeRequest },
  };
  return { pinoHttp: destination ? [{ ...options, transport: undefined }, destination] : options };
}
