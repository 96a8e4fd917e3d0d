import { z } from 'zod';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-hasher.js';
import { AuthException, AuthExceptionCode } from '../errors/auth.exception.js';

const emailSchema = z.email();

/** Lower-cased, trimmed e-mail, or BAD_USER_INPUT EMAIL_INVALID. */
export function normaliseEmail(email: string, field = 'input.email'): string {
  const normalised = email.trim().toLowerCase();
  if (normalised.length > 254 || !emailSchema.safeParse(normalised).success) {
    throw new AuthException(AuthExceptionCode.EMAIL_INVALID, 'Not a valid e-mail address', field);
  }
  return normalised;
}

export function assertPasswordAcceptable(password: string, field = 'input.password'): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new AuthException(AuthExceptionCode.PASSWORD_TOO_SHORT, `Passwords need at least ${MIN_PASSWORD_LENGTH} characters`, field);
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw new AuthException(AuthExceptionCode.PASSWORD_TOO_LONG, `Passwords may have at most ${MAX_PASSWORD_LENGTH} characters`, field);
  }
}

export function normaliseDisplayName(name: string, field = 'input.displayName'): string {
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > 120) {
    throw new AuthException(AuthExceptionCode.DISPLAY_NAME_INVALID, 'Display name must be 1–120 characters', field);
  }
  return trimmed;
}
