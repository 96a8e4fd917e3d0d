// `npm run test:faults`: the fault tests (processes killed, stopped and restarted databases
// and Redis), *.faults-spec.ts. They start their own processes and servers and measure time,
// so they run one file at a time, apart from `npm test`.
import base from './jest.config.mjs';

const e2e = base.projects.find((project) => project.displayName === 'e2e');

/** @type {import('jest').Config} */
export default {
  ...base,
  projects: [{ ...e2e, displayName: 'faults', testMatch: ['<rootDir>/{apps,libs,test}/**/*.faults-spec.ts'] }],
  maxWorkers: 1,
  testTimeout: 120_000,
};
