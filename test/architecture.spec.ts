import { describe, expect, it } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { ESLint } from 'eslint';
import { sqlOwnershipViolations } from './architecture/sql-ownership.js';
import { NO_FOREIGN_ENTITIES } from '../tools/lint/restricted-imports.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURE = fileURLToPath(new URL('./fixtures/architecture/', import.meta.url));
const require = (await import('node:module')).createRequire(import.meta.url);
const BOUNDARIES = require('../.dependency-cruiser.cjs') as { forbidden: unknown[] };

async function boundaryViolations(baseDir: string, paths: string[], tsConfig?: string): Promise<string[]> {
  const result = await cruise(paths, {
    baseDir,
    validate: true,
    ruleSet: { forbidden: BOUNDARIES.forbidden } as never,
    tsPreCompilationDeps: true,
    ...(tsConfig ? { tsConfig: { fileName: tsConfig } } : {}),
  });
  const output = result.output as ICruiseResult;
  return output.summary.violations.map((violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}`);
}

describe('architecture', () => {
  describe('each table is written only by its owning library', () => {
    it('holds for the repository', () => {
      expect(sqlOwnershipViolations(ROOT)).toEqual([]);
    });

    it('catches a library that writes another library’s table (fixture)', () => {
      expect(sqlOwnershipViolations(FIXTURE)).toEqual([{ file: 'libs/garages/src/index.ts', table: 'car', owner: 'cars' }]);
    });
  });

  describe('module boundaries (dependency-cruiser, as `npm run lint` runs it)', () => {
    it('catches a deep import past another library’s index (fixture)', async () => {
      expect(await boundaryViolations(FIXTURE, ['libs'])).toEqual([
        'no-deep-lib-import: libs/garages/src/index.ts → libs/cars/src/entities/car.entity.ts',
      ]);
    });
  });

  describe('no library imports another library’s entities (ESLint, as `npm run lint` runs it)', () => {
    it('catches an entity imported from another library', async () => {
      const eslint = new ESLint({
        cwd: ROOT,
        overrideConfigFile: true,
        overrideConfig: [{ files: ['**/*.js'], rules: { 'no-restricted-imports': NO_FOREIGN_ENTITIES } }],
      });
      const lint = async (code: string) =>
        (await eslint.lintText(code, { filePath: 'libs/proposals/src/fixture.js' }))[0].messages.map((message) => message.ruleId);
      expect(await lint(`import { CandidateEntity } from '@igu/candidates';`)).toEqual(['no-restricted-imports']);
      expect(await lint(`import { CandidateLoaders } from '@igu/candidates';`)).toEqual([]);
    });
  });
});
