import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { fieldErrors, formFieldOf } from './field-errors.js';

const t = ((key: string, options?: { defaultValue?: string }) =>
  key === 'errors.reasons.IGU_UNION_REQUIRED'
    ? 'Vælg fagforening'
    : key.startsWith('errors.reasons.')
      ? (options?.defaultValue ?? key)
      : key) as unknown as TFunction;

describe('fieldErrors', () => {
  it('maps input paths to form fields', () => {
    expect(formFieldOf('input.skills[2].skillCode')).toBe('skills');
    expect(formFieldOf('input.weeklyHours')).toBe('weeklyHours');
    expect(formFieldOf('reason')).toBeNull();
  });

  it('gives every broken rule to its field, the first reason winning, unknown reasons the generic text', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'x',
          extensions: {
            code: 'BAD_USER_INPUT',
            reason: 'IGU_UNION_REQUIRED',
            field: 'input.unionId',
            violations: [
              { reason: 'IGU_UNION_REQUIRED', field: 'input.unionId' },
              { reason: 'SOMETHING_NEW', field: 'input.weeklyHours' },
            ],
          },
        },
      ],
    });
    expect(fieldErrors(error, t)).toEqual({ unionId: 'Vælg fagforening', weeklyHours: 'employer.invalidField' });
  });

  it('ignores anything that is not a GraphQL error', () => {
    expect(fieldErrors(new Error('network'), t)).toEqual({});
  });
});
