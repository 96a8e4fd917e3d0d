// `npm run lint`: ESLint (typescript-eslint, strict and type-checked) on every TypeScript
// file, Prettier for formatting (eslint-config-prettier turns the style rules off), and
// dependency-cruiser for module boundaries (.dependency-cruiser.cjs).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';
import { NO_FOREIGN_ENTITIES } from './tools/lint/restricted-imports.mjs';

const NODE_GLOBALS = Object.fromEntries(
  ['process', 'console', 'Buffer', 'URL', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'fetch'].map((name) => [
    name,
    'readonly',
  ]),
);

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.tools/**',
      '.data/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      'apps/web/src/graphql/generated/**',
      'test/fixtures/architecture/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: NODE_GLOBALS,
    },
    rules: {
      // Nest modules are empty classes that exist for their decorators.
      '@typescript-eslint/no-extraneous-class': ['error', { allowWithDecorator: true }],
      // Code-first GraphQL object types are classes used as shapes: resolvers return plain rows.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      // For the same reason, copying such a row with a spread loses no prototype.
      '@typescript-eslint/no-misused-spread': [
        'error',
        {
          allow: [
            { from: 'file', name: 'UserObject', path: 'libs/auth/src/graphql/user.object.ts' },
            { from: 'file', name: 'UserEntity', path: 'libs/auth/src/entities/user.entity.ts' },
            { from: 'file', name: 'ProposalEventEntity', path: 'libs/proposals/src/entities/proposal-event.entity.ts' },
            { from: 'file', name: ['ProposalObject', 'ProposalEventObject'], path: 'libs/proposals/src/graphql/proposal.objects.ts' },
          ],
        },
      ],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Typed-array and heap code indexes within bounds it has just checked; `!` says so where TypeScript cannot see it.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['libs/**/*.ts'],
    ignores: ['libs/data-source/**', '**/*spec.ts'],
    rules: { 'no-restricted-imports': NO_FOREIGN_ENTITIES },
  },
  {
    // Tests read untyped SQL rows and GraphQL answers and assert on them: the assertion is their type check.
    files: ['**/*.spec.ts', '**/*.integration-spec.ts', '**/*.e2e-spec.ts', '**/test/**/*.ts', 'libs/testing/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  prettier,
);
