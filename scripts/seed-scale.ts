/**
 * `npm run seed:scale -- --size tiny|quick|national|surge`: deterministic,
 * seeded scale data (candidates weighted by municipality population,
 * IGU-typical occupations, skills per occupation, language levels) inserted
 * into DATABASE_URL — by default the `npm run dev` database, which must be
 * running. Generated people get made-up names ("Generated Candidate 17") and
 * no CPR, encrypted with the same keys as the API's (the dev secrets, or the
 * PII_* variables), so they read like any candidate. For the municipality
 * statistics it adds two years of activity: arrivals in the municipality,
 * proposals with first offers, and programmes. Idempotent per size.
 */
import 'reflect-metadata';
import { danishDayOf } from '@igu/calendar';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CandidateCrypto } from '@igu/candidates';
import { loadConfigOrExit } from '@igu/config';
import { createAppDataSource } from '@igu/data-source';
import { queryRows } from '@igu/database';
import { BlindIndex, FieldCipher } from '@igu/personal-data';
import {
  GENERATOR_SIZES,
  type GeneratorSize,
  generateMatchData,
  generateStatisticsActivity,
  insertMatchData,
  insertStatisticsActivity,
} from '@igu/matching-fixtures';
import { devSecrets } from './lib/dev-secrets.js';

const size = parseArgs({ options: { size: { type: 'string' } } }).values.size as GeneratorSize | undefined;
if (size === undefined || !(size in GENERATOR_SIZES)) {
  console.error(`Usage: npm run seed:scale -- --size ${Object.keys(GENERATOR_SIZES).join('|')}`);
  process.exit(1);
}
/** One generated employer per size (valid CVRs), so a size is seeded once. */
const CVR_BY_SIZE: Record<GeneratorSize, string> = { tiny: '29403473', quick: '29403481', national: '29403503', surge: '29403511' };
const url = process.env.DATABASE_URL ?? 'postgres://igu:igu-local-only@127.0.0.1:54329/igu';
// The running dev system's keys, unless the environment names others.
const config = loadConfigOrExit({
  ...(process.env.DATABASE_URL ? {} : devSecrets(resolve('.data/dev-secrets.json'))),
  DATABASE_URL: url,
  ...process.env,
});
const crypto = new CandidateCrypto(
  new FieldCipher(config.PII_ENCRYPTION_KEYS, config.PII_ACTIVE_KEY_ID),
  new BlindIndex(config.PII_BLIND_INDEX_KEY),
);
const dataSource = createAppDataSource({ DATABASE_URL: url, DATABASE_POOL_SIZE: 2 }, 'igu-seed-scale');
await dataSource.initialize();
try {
  const cvr = CVR_BY_SIZE[size];
  if ((await queryRows(dataSource, 'SELECT 1 FROM company WHERE cvr = $1', [cvr])).length > 0) {
    console.log(`Scale data '${size}' is already seeded.`);
  } else {
    const started = performance.now();
    const today = danishDayOf(new Date());
    const data = generateMatchData(size, { today });
    const activity = generateStatisticsActivity(data, today);
    await dataSource.transaction(async (manager) => {
      await insertMatchData(manager, data, cvr, {
        fullName: (n) => crypto.encryptFullName(`Generated Candidate ${n}`),
        cpr: () => crypto.encryptCpr('0000000000'), // never shown (the mask comes from the birth date); rotatable like any
      });
      await insertStatisticsActivity(manager, activity);
    });
    console.log(
      `Seeded '${size}': ${data.candidates.length} candidates, ${data.positions.length} positions, ` +
        `${activity.proposals.length} proposals and ${activity.programmes.length} programmes in ` +
        `${((performance.now() - started) / 1000).toFixed(1)} s. Run recomputeMatches (ADMIN) to match them.`,
    );
  }
} finally {
  await dataSource.destroy();
}
