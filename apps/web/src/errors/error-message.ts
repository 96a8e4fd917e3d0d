import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { TFunction } from 'i18next';
import { FileDownloadError } from '../files/download-file.js';

/** The API's error codes (`extensions.code`); the contract names no others. */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

interface ErrorExtensions {
  code?: unknown;
  reason?: unknown;
  retryAfterSeconds?: unknown;
}

/** The first GraphQL error's extensions, or `NETWORK` when the server gave no GraphQL answer. */
function extensionsOf(error: unknown): ErrorExtensions | 'NETWORK' | null {
  if (CombinedGraphQLErrors.is(error)) return error.errors[0]?.extensions ?? {};
  if (error instanceof FileDownloadError) return error.code === 'NETWORK' ? 'NETWORK' : error;
  if (ServerError.is(error) || (error instanceof TypeError && /fetch/i.test(error.message))) return 'NETWORK';
  return null;
}

/**
 * The one mapping from an API error to the words a user reads. A known `reason`
 * (e.g. CVR_TAKEN) is more precise than its code; the server's own message is
 * never shown (it is English and written for developers).
 */
export function errorMessage(error: unknown, t: TFunction): string {
  const extensions = extensionsOf(error);
  if (extensions === 'NETWORK') return t('errors.NETWORK');
  if (!extensions) return t('errors.UNKNOWN');
  const { code, reason, retryAfterSeconds } = extensions;
  if (typeof reason === 'string' && t(`errors.reasons.${reason}`, { defaultValue: '' })) return t(`errors.reasons.${reason}`);
  if (code === 'RATE_LIMITED') {
    return typeof retryAfterSeconds === 'number'
      ? t('errors.RATE_LIMITED', { seconds: retryAfterSeconds })
      : t('errors.RATE_LIMITED_noSeconds');
  }
  if (typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code)) return t(`errors.${code}`);
  return t('errors.UNKNOWN');
}

/** The error's code, for callers that react to one (e.g. UNAUTHENTICATED → sign in again). */
export function errorCode(error: unknown): ErrorCode | 'NETWORK' | null {
  const extensions = extensionsOf(error);
  if (extensions === 'NETWORK') return 'NETWORK';
  const code = extensions?.code;
  return typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code) ? (code as ErrorCode) : null;
}
