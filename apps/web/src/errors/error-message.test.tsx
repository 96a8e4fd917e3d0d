import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import i18n from 'i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import '../i18n/i18n.js';
import { da } from '../i18n/da.js';
import { en } from '../i18n/en.js';
import { ERROR_CODES, errorCode, errorMessage } from './error-message.js';

const graphqlError = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'server text, never shown', extensions }] });

describe('errorMessage: one mapping from API errors to translated text', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('da');
  });
  const t = i18n.t.bind(i18n);

  it('has a Danish and an English text for every contract error code', () => {
    for (const code of ERROR_CODES) {
      expect(da.errors[code]).toBeTruthy();
      expect(en.errors[code]).toBeTruthy();
    }
  });

  it.each(ERROR_CODES.filter((code) => code !== 'RATE_LIMITED'))('maps %s to its text, not the server message', (code) => {
    const message = errorMessage(graphqlError({ code }), t);
    expect(message).toBe(da.errors[code]);
    expect(message).not.toMatch(/never shown/);
  });

  it('prefers a known reason to its code', () => {
    expect(errorMessage(graphqlError({ code: 'CONFLICT', reason: 'CVR_TAKEN' }), t)).toBe(da.errors.reasons.CVR_TAKEN);
    expect(errorMessage(graphqlError({ code: 'BAD_USER_INPUT', reason: 'SOMETHING_NEW' }), t)).toBe(da.errors.BAD_USER_INPUT);
  });

  it('tells how long to wait when rate limited', () => {
    expect(errorMessage(graphqlError({ code: 'RATE_LIMITED', retryAfterSeconds: 42 }), t)).toBe(
      'For mange forsøg. Prøv igen om 42 sekunder.',
    );
    expect(errorMessage(graphqlError({ code: 'RATE_LIMITED' }), t)).toBe(da.errors.RATE_LIMITED_noSeconds);
  });

  it('treats a failed connection or a non-GraphQL answer as a network problem, anything else as unknown', () => {
    expect(errorMessage(new TypeError('Failed to fetch'), t)).toBe(da.errors.NETWORK);
    const serverError = new ServerError('bad gateway', { response: new Response('', { status: 502 }), bodyText: '' });
    expect(errorMessage(serverError, t)).toBe(da.errors.NETWORK);
    expect(errorMessage(graphqlError({ code: 'SOMETHING_ELSE' }), t)).toBe(da.errors.UNKNOWN);
    expect(errorMessage(new Error('boom'), t)).toBe(da.errors.UNKNOWN);
  });

  it('follows the language switch', async () => {
    await i18n.changeLanguage('en');
    expect(errorMessage(graphqlError({ code: 'FORBIDDEN' }), t)).toBe(en.errors.FORBIDDEN);
  });

  it('exposes the code for callers that react to it', () => {
    expect(errorCode(graphqlError({ code: 'UNAUTHENTICATED' }))).toBe('UNAUTHENTICATED');
    expect(errorCode(new TypeError('Failed to fetch'))).toBe('NETWORK');
  });
});
