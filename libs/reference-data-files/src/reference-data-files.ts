import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

/**
 * The CSVs live in `libs/reference-data/data/`. Found by walking up to the
 * project root so the same code works from sources, from `dist/` and in the image.
 */
function dataDirectory(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'libs', 'reference-data', 'data');
    if (existsSync(join(dir, 'package.json')) && existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('libs/reference-data/data not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

export function readReferenceCsv<Row extends Record<string, string>>(file: string): Row[] {
  const text = readFileSync(join(dataDirectory(), file), 'utf8');
  return parse<Row>(text, { columns: true, skip_empty_lines: true, trim: true });
}

export type MunicipalityRow = {
  code: string;
  name: string;
  region: string;
  latitude: string;
  longitude: string;
  population: string;
};
export type OccupationRow = { code: string; level: string; title: string; parent_code: string };
export type SkillRow = { code: string; label: string; category: string; isco_unit_groups: string };
export type UnionRow = { code: string; name: string; name_en: string; sectors: string; isco_major_groups: string };
