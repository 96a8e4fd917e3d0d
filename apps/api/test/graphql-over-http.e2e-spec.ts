import { describe, expect, it } from '@jest/globals';
import { auditServer } from 'graphql-http';
import { startTestApi, type TestApi } from './support/test-api.js';

/**
 * What the audit reports besides `ok`, each with its reason in the README
 * ("GraphQL over HTTP"): Apollo answers a document that fails to parse,
 * validate or coerce its variables with 400 (the spec's legacy
 * application/json SHOULD is 200), and GET requests without
 * `apollo-require-preflight` are refused by CSRF prevention.
 */
const EXPECTED_WARNINGS = ['572B', '7B9B', 'FDE2'];
const EXPECTED_NOTICES = ['5A70', '6A70', 'D6D5'];
/** Production only: these audits query `__type`, which is introspection, off in production (two MUSTs, one SHOULD). */
const INTROSPECTION_ERRORS = ['28B9', 'BF61'];
const INTROSPECTION_WARNINGS = ['2EA1'];

async function audit(overrides: Record<string, string>) {
  const api: TestApi = await startTestApi(overrides);
  try {
    const results = await auditServer({ url: `${api.baseUrl}/graphql` });
    const ids = (status: string) =>
      results
        .filter((r) => r.status === status)
        .map((r) => r.id)
        .sort();
    return { errors: ids('error'), warnings: ids('warn'), notices: ids('notice'), passed: ids('ok').length };
  } finally {
    await api.close();
  }
}

describe("graphql-http's auditServer against the running API", () => {
  it('finds no error, and only the known warnings', async () => {
    const result = await audit({});
    expect(result).toEqual({ errors: [], warnings: EXPECTED_WARNINGS, notices: EXPECTED_NOTICES, passed: expect.any(Number) });
    expect(result.passed).toBeGreaterThan(30);
  });

  it('in production, fails only the audits that need introspection', async () => {
    const result = await audit({ NODE_ENV: 'production', CLOCK_TODAY: '' });
    expect(result).toMatchObject({ errors: INTROSPECTION_ERRORS, warnings: [...INTROSPECTION_WARNINGS, ...EXPECTED_WARNINGS].sort() });
  });
});
