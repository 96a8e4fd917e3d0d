import type { CodegenConfig } from '@graphql-codegen/cli';

/** Types every document in the web app from the API's printed schema. `npm run codegen`. */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/graphql/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { Date: 'string', DateTime: 'string', ID: 'string' } },
    },
  },
};

export default config;
