/**
 * `npm run sample:handover`: writes data/samples/handover-sample.csv, the demo
 * handover file (200 fake people for the demo jobcentre's municipality 101,
 * Danish column names, `;`-separated, eight deliberate errors).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { handoverSample } from './handover-sample-rows.js';

const FILE = 'data/samples/handover-sample.csv';
// Arrivals up to this day, so the file stays valid on any later day.
const sample = handoverSample({ rows: 200, today: '2026-10-30', municipalityCode: 101, errorEvery: 25, danish: true });
mkdirSync('data/samples', { recursive: true });
writeFileSync(FILE, sample.csv);
console.log(
  `${FILE}: ${sample.rows} rows, ${sample.valid} valid, problems at rows ${sample.problems.map((p) => `${p.row} (${p.reason})`).join(', ')}`,
);
