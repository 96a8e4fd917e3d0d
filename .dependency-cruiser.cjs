/**
 * Module boundaries (`npm run lint`): libraries are imported through their
 * index (`@igu/<lib>`), never past it; libraries never depend on the apps, the
 * scripts, the benchmarks or the tests; production code never imports the test
 * support libraries; no import cycles. Checked on the
 * TypeScript sources with the tsconfig's `@igu/*` paths resolved.
 * (A library importing another library's entities is refused by ESLint's
 * `no-restricted-imports`, which sees the imported names.)
 */
module.exports = {
  forbidden: [
    {
      name: 'no-deep-lib-import',
      severity: 'error',
      comment: 'Another library is reached only through its index (`@igu/<lib>`): its files are its own business.',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/([^/]+)/', pathNot: ['^libs/$1/', '^libs/[^/]+/src/index\\.ts$'] },
    },
    {
      name: 'no-lib-to-app',
      severity: 'error',
      comment: 'Libraries serve the apps; an app is a composition root nothing imports.',
      from: { path: '^libs/' },
      to: { path: '^(apps|scripts|bench|test)/' },
    },
    {
      name: 'no-test-support-in-production',
      severity: 'error',
      comment:
        'libs/testing and libs/matching-fixtures (generated data, written by SQL into other libraries’ tables) serve tests, benchmarks and scripts only.',
      from: {
        path: '^(apps|libs)/',
        pathNot: ['\\.(spec|integration-spec|e2e-spec)\\.ts$', '^apps/[^/]+/test/', '^libs/(testing|matching-fixtures)/'],
      },
      to: { path: '^libs/(testing|matching-fixtures)/' },
    },
    {
      name: 'no-app-to-app',
      severity: 'error',
      comment: 'The API and the worker share code through libraries only.',
      from: { path: '^apps/([^/]+)/src/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Cycles make the import order, and so Nest module initialisation, fragile.',
      from: { path: '^(libs|apps)/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|\\.tools)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.mjs', '.js'],
    },
  },
};
