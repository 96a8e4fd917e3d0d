import { addDays } from '@igu/calendar';
import { describe, expect, it } from '@jest/globals';
import { ENCRYPTED_COLUMNS } from '@igu/data-source';
import { ResidenceBasis } from '@igu/eligibility';
import { TEST_TODAY, useTestDataSource } from '@igu/testing';
import { BlindIndex, FieldCipher, reencryptColumn } from '@igu/personal-data';
import { LanguageLevel } from '@igu/reference-data';
import { CandidateEntity } from './entities/candidate.entity.js';
import { CandidateCrypto } from './services/candidate-crypto.js';
import { insertCandidate, type NewCandidate } from './services/candidate-writer.js';

const k1 = Buffer.alloc(32, 1);
const k2 = Buffer.alloc(32, 2);
const blindIndex = new BlindIndex(Buffer.alloc(32, 3));
const today = TEST_TODAY;

const candidate = (fullName: string, cpr: string, contact: boolean): NewCandidate => ({
  fullName,
  cpr,
  email: contact ? `${fullName.split(' ')[0].toLowerCase()}@example.org` : null,
  phone: contact ? '+4520304050' : null,
  municipalityCode: 101,
  residenceBasis: ResidenceBasis.REFUGEE,
  arrivedInDenmarkOn: addDays(today, -30),
  arrivedInMunicipalityOn: addDays(today, -20),
  priorIgu: false,
  desiredOccupationCodes: [],
  experienceOccupationCodes: [],
  skillCodes: [],
  danishLevel: LanguageLevel.NONE,
  englishLevel: LanguageLevel.NONE,
  drivingLicence: false,
  maxCommuteKm: 30,
  willingToRelocate: false,
  shareProfileWithEmployers: false,
});

describe('key rotation of candidate personal data (npm run pii:rotate-keys)', () => {
  const db = useTestDataSource('candidate-rotation-test');

  it('lists every encrypted candidate column for the rotation script', async () => {
    const columns: { column_name: string }[] = await db.dataSource.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'candidate' AND column_name LIKE '%\\_encrypted'`,
    );
    expect(
      ENCRYPTED_COLUMNS.filter((c) => c.table === 'candidate')
        .map((c) => c.column)
        .sort(),
    ).toEqual(columns.map((c) => c.column_name).sort());
  });

  it('re-encrypts every candidate row under the new key, and the values stay readable with it alone', async () => {
    const old = new CandidateCrypto(new FieldCipher({ k1 }, 'k1'), blindIndex);
    const [{ id: jobcentreId }] = await db.dataSource.query('SELECT jobcentre_id AS id FROM municipality WHERE code = 101');
    const people = [
      candidate('Amina Haidari', '120395-1187', true),
      candidate('Yusuf Rahimi', '230788-2413', false),
      candidate('Olena Kovalenko', '050201-4125', true),
    ];
    for (const input of people) await db.dataSource.transaction((manager) => insertCandidate(manager, old, { jobcentreId, input, today }));

    // What scripts/rotate-pii-keys.ts does, column by column.
    const rotated = new FieldCipher({ k1, k2 }, 'k2');
    let reencrypted = 0;
    for (const column of ENCRYPTED_COLUMNS) reencrypted += await reencryptColumn(db.dataSource, rotated, column, 2);
    expect(reencrypted).toBe(3 + 2 + 2 + 3); // names, e-mails, phones, CPRs (absent contact data stays NULL)

    const rows = await db.dataSource.getRepository(CandidateEntity).find({ order: { dateOfBirth: 'ASC' } });
    for (const row of rows) {
      for (const value of [row.fullNameEncrypted, row.cprEncrypted, row.emailEncrypted, row.phoneEncrypted]) {
        if (value !== null) expect(value).toMatch(/^v1:k2:/);
      }
    }
    const onlyNewKey = new FieldCipher({ k2 }, 'k2');
    const reader = new CandidateCrypto(onlyNewKey, blindIndex);
    expect(rows.map((row) => reader.decryptContact(row))).toEqual([
      { fullName: 'Yusuf Rahimi', email: null, phone: null },
      { fullName: 'Amina Haidari', email: 'amina@example.org', phone: '+4520304050' },
      { fullName: 'Olena Kovalenko', email: 'olena@example.org', phone: '+4520304050' },
    ]);
    expect(rows.map((row) => onlyNewKey.decrypt(row.cprEncrypted ?? '', 'candidate.cpr'))).toEqual([
      '2307882413',
      '1203951187',
      '0502014125',
    ]);
    for (const column of ENCRYPTED_COLUMNS) expect(await reencryptColumn(db.dataSource, rotated, column)).toBe(0);
  });
});
