// The reference CSVs (libs/reference-data/data) as rows: node:fs and csv-parse
// only, so the seed and the test-data generator share them without pulling in
// Nest and TypeORM through @igu/reference-data.
export { readReferenceCsv, type MunicipalityRow, type OccupationRow, type SkillRow, type UnionRow } from './reference-data-files.js';
