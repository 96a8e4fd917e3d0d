import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Each table is written only by the library that declares its entity: others
 * call that library's commands. No lint rule reads SQL strings, so this scan
 * does: every `INSERT INTO`, `UPDATE` and `DELETE FROM` in a library's source
 * (tests excluded) must name a table of its own. Exempt by name:
 * `libs/data-source` (the migrations) and `libs/matching-fixtures`, which
 * bulk-inserts generated companies, positions and candidates for tests, the
 * benchmarks and `seed:scale` (tens of thousands of rows, too many to create one
 * by one through the owners' commands); no app imports it.
 */

export interface SqlOwnershipViolation {
  file: string;
  table: string;
  owner: string;
}

const ENTITY = /@Entity\(\s*'([a-z_]+)'/g;
const WRITE = /\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?([a-z_]+)"?/gi;
const EXEMPT = new Set(['data-source', 'matching-fixtures']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mjs)$/.test(entry.name) && !/spec\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Table → owning library, from the `@Entity('table')` declarations under `libs/<lib>/src`. */
export function tableOwners(root: string): Map<string, string> {
  const owners = new Map<string, string>();
  for (const lib of readdirSync(join(root, 'libs'))) {
    for (const file of sourceFiles(join(root, 'libs', lib, 'src'))) {
      for (const [, table] of readFileSync(file, 'utf8').matchAll(ENTITY)) owners.set(table, lib);
    }
  }
  return owners;
}

export function sqlOwnershipViolations(root: string): SqlOwnershipViolation[] {
  const owners = tableOwners(root);
  const violations: SqlOwnershipViolation[] = [];
  for (const lib of readdirSync(join(root, 'libs'))) {
    if (EXEMPT.has(lib)) continue;
    for (const file of sourceFiles(join(root, 'libs', lib, 'src'))) {
      for (const [, name] of readFileSync(file, 'utf8').matchAll(WRITE)) {
        const table = name.toLowerCase();
        const owner = owners.get(table);
        // Words after UPDATE that are no table (FOR UPDATE SKIP LOCKED, DO UPDATE SET) are not known tables.
        if (owner && owner !== lib) violations.push({ file: relative(root, file), table, owner });
      }
    }
  }
  return violations;
}
