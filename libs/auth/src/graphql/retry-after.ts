import type { GraphqlContext } from '@igu/graphql';
import { AuthException, AuthExceptionCode } from '../errors/auth.exception.js';

/** The client address as Express sees it (TRUST_PROXY decides whether X-Forwarded-For counts). */
export function clientIp(context: GraphqlContext): string {
  return context.req.ip ?? 'unknown';
}

/**
 * Runs a throttled operation; a RATE_LIMITED answer also carries the HTTP
 * `Retry-After` header (seconds), for clients and proxies that read headers.
 */
export async function withRetryAfter<T>(context: GraphqlContext, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const seconds =
      error instanceof AuthException && error.code === AuthExceptionCode.RATE_LIMITED ? error.details?.retryAfterSeconds : undefined;
    if (typeof seconds === 'number' && context.res && !context.res.headersSent) context.res.setHeader('Retry-After', String(seconds));
    throw error;
  }
}
