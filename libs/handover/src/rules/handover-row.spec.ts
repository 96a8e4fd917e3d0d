import { describe, expect, it } from '@jest/globals';
import { detectDelimiter, mapHeader } from './handover-columns.js';
import { candidateFromRecord, type HandoverRecord } from './handover-row.js';

const ROW: HandoverRecord = {
  cpr: '150395-1234',
  full_name: 'Yonas Tesfamariam',
  residence_basis: 'refugee',
  arrived_in_denmark_on: '14-08-2026',
  arrived_in_municipality_on: '2026-09-01',
  municipality_code: '101',
  danish_level: 'a2',
  english_level: '',
  experience_occupations: '9112 | 5120',
  desired_occupations: '',
  skills: 'forklift-certificate',
  driving_licence: 'Ja',
  email: '',
  phone: '+45 12 34 56 78',
};

describe('handover columns', () => {
  it('reads Danish and English headers alike and names the missing required columns', () => {
    const mapped = mapHeader(['CPR-nummer', 'Navn', 'Opholdsgrundlag', 'Ankommet til Danmark', 'Ønskede stillinger', 'Kørekort', 'Noter']);
    expect(mapped.columns).toEqual([
      'cpr',
      'full_name',
      'residence_basis',
      'arrived_in_denmark_on',
      'desired_occupations',
      'driving_licence',
      null,
    ]);
    expect(mapped.missing).toEqual(['arrived_in_municipality_on', 'municipality_code']);
    expect(
      mapHeader(['\uFEFFcpr', 'full_name', 'residence_basis', 'arrived_in_denmark_on', 'arrived_in_municipality_on', 'municipality_code'])
        .missing,
    ).toEqual([]);
  });

  it('detects the delimiter from the header line', () => {
    expect(detectDelimiter('cpr;navn;opholdsgrundlag')).toBe(';');
    expect(detectDelimiter('cpr,full_name,residence_basis')).toBe(',');
    expect(detectDelimiter('cpr')).toBe(',');
  });
});

describe('a handover row', () => {
  it('becomes createCandidate input: Danish dates, levels, ja/nej and |-lists read; defaults for the rest', () => {
    expect(candidateFromRecord(ROW)).toEqual({
      cpr: '150395-1234',
      fullName: 'Yonas Tesfamariam',
      residenceBasis: 'REFUGEE',
      arrivedInDenmarkOn: '2026-08-14',
      arrivedInMunicipalityOn: '2026-09-01',
      municipalityCode: 101,
      danishLevel: 'A2',
      englishLevel: 'NONE',
      experienceOccupationCodes: ['9112', '5120'],
      desiredOccupationCodes: [],
      skillCodes: ['forklift-certificate'],
      drivingLicence: true,
      email: null,
      phone: '+45 12 34 56 78',
      priorIgu: false,
      maxCommuteKm: 30,
      willingToRelocate: false,
      availableFrom: null,
      shareProfileWithEmployers: false,
    });
  });

  it.each([
    [{ cpr: ' ' }, 'cpr', 'REQUIRED'],
    [{ residence_basis: 'TOURIST' }, 'residence_basis', 'RESIDENCE_BASIS_INVALID'],
    [{ arrived_in_denmark_on: '30-02-2026' }, 'arrived_in_denmark_on', 'DATE_INVALID'],
    [{ arrived_in_municipality_on: '2026/09/01' }, 'arrived_in_municipality_on', 'DATE_INVALID'],
    [{ municipality_code: '1010' }, 'municipality_code', 'MUNICIPALITY_CODE_INVALID'],
    [{ english_level: 'fluent' }, 'english_level', 'LANGUAGE_LEVEL_INVALID'],
    [{ driving_licence: 'maybe' }, 'driving_licence', 'YES_NO_INVALID'],
    [{ education: 'x'.repeat(1_001) }, 'education', 'TEXT_TOO_LONG'],
  ])('is rejected with the column and a reason, never quoting the row: %j', (change, field, reason) => {
    const problem = candidateFromRecord({ ...ROW, ...change });
    expect(problem).toMatchObject({ field, reason });
    expect(JSON.stringify(problem)).not.toContain('150395');
    expect(JSON.stringify(problem)).not.toContain('Yonas');
  });
});
