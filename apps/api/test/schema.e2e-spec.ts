import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { startTestApi, type TestApi } from './support/test-api.js';
import { lexicographicSortSchema, printSchema } from 'graphql';

const SCHEMA_FILE = 'apps/api/schema.graphql';

describe('printed schema', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api.close();
  });

  it('matches the committed apps/api/schema.graphql (npm run schema:update rewrites it)', () => {
    const printed = `${printSchema(lexicographicSortSchema(api.app.get(GraphQLSchemaHost).schema))}\n`;
    // Rewritten only on a developer's request, never in CI: there the drift check must always run.
    if (process.env.UPDATE_SCHEMA === '1' && !process.env.CI) writeFileSync(SCHEMA_FILE, printed);
    expect(printed).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  });
});
