import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';

interface Violation {
  reason?: unknown;
  code?: unknown;
  field?: unknown;
}

/**
 * `input.skills[2].skillCode` → `skills`: the form field an API input path is
 * about (the first segment after `input.`), or null when it names none.
 */
export function formFieldOf(path: unknown): string | null {
  if (typeof path !== 'string') return null;
  const match = /^input\.([A-Za-z]+)/.exec(path);
  return match ? match[1] : null;
}

/**
 * Per-field messages from a refused mutation: the API names the first broken
 * rule in `extensions.field`/`reason` and, when there are more, all of them in
 * `extensions.violations`. Reasons without a translation fall back to the
 * generic "not valid" text.
 */
export function fieldErrors(error: unknown, t: TFunction): Record<string, string> {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const errors: Record<string, string> = {};
  for (const graphqlError of error.errors) {
    const extensions = graphqlError.extensions ?? {};
    const listed = Array.isArray(extensions.violations) ? (extensions.violations as Violation[]) : [];
    for (const violation of [extensions as Violation, ...listed]) {
      const field = formFieldOf(violation.field);
      const reason = violation.reason ?? violation.code;
      if (!field || errors[field]) continue;
      const translated = typeof reason === 'string' ? t(`errors.reasons.${reason}`, { defaultValue: '' }) : '';
      errors[field] = translated || t('employer.invalidField');
    }
  }
  return errors;
}
