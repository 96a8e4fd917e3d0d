import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types every document in the web app from the API's printed schema: `npm run codegen`
 * (run from the repository root); `npm run codegen:check` fails when the committed output is stale.
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/graphql/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { Date: 'string', DateTime: 'string', ID: 'string' } },
    },
  },
};

export default config;
