import { describe, expect, it } from '@jest/globals';
import { CandidateStatus } from '../candidate-status.js';
import { CandidateException } from '../errors/candidate.exception.js';
import { candidateExceptionToAppError } from '../graphql/candidate-exception.mapper.js';
import {
  assertArrivals,
  assertCommuteKm,
  assertStatusChange,
  normaliseCodes,
  normaliseFullName,
  normaliseOptionalEmail,
  normaliseOptionalPhone,
  parseCandidateCpr,
} from './candidate-input.rules.js';
import { CANDIDATE_REFERENCE_PATTERN, generateCandidateReference } from './candidate-reference.js';
import { nameTokens } from './name-tokens.js';
import { occupationPrefixes } from './occupation-prefixes.js';

const TODAY = '2025-06-01';

function errorOf(run: () => unknown): { reason?: string; field?: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof CandidateException) {
      const { reason, field } = candidateExceptionToAppError(error).info;
      return { reason, field };
    }
    throw error;
  }
  throw new Error('expected a CandidateException');
}

describe('candidate input rules', () => {
  it('parses a CPR in both forms and refuses invalid ones and future birth dates with CPR_INVALID', () => {
    expect(parseCandidateCpr('150395-1187', TODAY)).toEqual({ digits: '1503951187', dateOfBirth: '1995-03-15' });
    expect(parseCandidateCpr('1503951187', TODAY).dateOfBirth).toBe('1995-03-15');
    expect(parseCandidateCpr('010190-1235', TODAY)).toBeTruthy(); // fails modulus 11, still valid
    for (const bad of ['310295-1187', '15039-51187', 'abcdef-1234', '150357-5000' /* born 2057 */]) {
      expect(errorOf(() => parseCandidateCpr(bad, TODAY))).toEqual({ reason: 'CPR_INVALID', field: 'input.cpr' });
    }
  });

  it('normalises names, e-mails and phone numbers', () => {
    expect(normaliseFullName('  Amina   Haidari ')).toBe('Amina Haidari');
    expect(errorOf(() => normaliseFullName('   '))).toMatchObject({ reason: 'NAME_INVALID' });
    expect(normaliseOptionalEmail(' a@b.dk ')).toBe('a@b.dk');
    expect(normaliseOptionalEmail('')).toBeNull();
    expect(errorOf(() => normaliseOptionalEmail('a@b'))).toMatchObject({ reason: 'EMAIL_INVALID', field: 'input.email' });
    expect(normaliseOptionalPhone('+45 12 34-56 78')).toBe('+4512345678');
    expect(normaliseOptionalPhone(null)).toBeNull();
    expect(errorOf(() => normaliseOptionalPhone('12ab'))).toMatchObject({ reason: 'PHONE_INVALID' });
  });

  it('refuses arrivals in the future, before birth, or in the municipality before Denmark', () => {
    const ok = { dateOfBirth: '1995-03-15', arrivedInDenmarkOn: '2025-01-10', arrivedInMunicipalityOn: '2025-02-01' };
    expect(() => assertArrivals(ok, TODAY)).not.toThrow();
    expect(() => assertArrivals({ ...ok, arrivedInMunicipalityOn: ok.arrivedInDenmarkOn }, TODAY)).not.toThrow();
    expect(errorOf(() => assertArrivals({ ...ok, arrivedInMunicipalityOn: '2025-01-09' }, TODAY))).toEqual({
      reason: 'MUNICIPALITY_ARRIVAL_BEFORE_DENMARK',
      field: 'input.arrivedInMunicipalityOn',
    });
    expect(
      errorOf(() => assertArrivals({ ...ok, arrivedInDenmarkOn: '2025-06-02', arrivedInMunicipalityOn: '2025-06-02' }, TODAY)),
    ).toEqual({
      reason: 'DATE_IN_FUTURE',
      field: 'input.arrivedInDenmarkOn',
    });
    expect(errorOf(() => assertArrivals({ ...ok, arrivedInMunicipalityOn: '2025-06-02' }, TODAY))).toEqual({
      reason: 'DATE_IN_FUTURE',
      field: 'input.arrivedInMunicipalityOn',
    });
    expect(errorOf(() => assertArrivals({ ...ok, arrivedInDenmarkOn: '1990-01-01' }, TODAY))).toMatchObject({
      reason: 'ARRIVAL_BEFORE_BIRTH',
    });
  });

  it.each([
    [0, true],
    [500, true],
    [-1, false],
    [501, false],
    [2.5, false],
  ])('commute of %p km is acceptable: %p', (km, ok) => {
    if (ok) expect(() => assertCommuteKm(km)).not.toThrow();
    else expect(errorOf(() => assertCommuteKm(km))).toEqual({ reason: 'COMMUTE_OUT_OF_RANGE', field: 'input.maxCommuteKm' });
  });

  it('drops duplicate codes and caps their number', () => {
    expect(normaliseCodes(['9112', ' 9112', '7411'], 3, 'TOO_MANY_OCCUPATIONS', 'f')).toEqual(['9112', '7411']);
    expect(errorOf(() => normaliseCodes(['a', 'b', 'c'], 2, 'TOO_MANY_SKILLS', 'input.skillCodes'))).toEqual({
      reason: 'TOO_MANY_SKILLS',
      field: 'input.skillCodes',
    });
  });

  it('leaves IN_PROGRAMME to programmes', () => {
    expect(() => assertStatusChange(CandidateStatus.AVAILABLE, CandidateStatus.INACTIVE)).not.toThrow();
    expect(() => assertStatusChange(CandidateStatus.IN_PROGRAMME, CandidateStatus.IN_PROGRAMME)).not.toThrow();
    expect(errorOf(() => assertStatusChange(CandidateStatus.AVAILABLE, CandidateStatus.IN_PROGRAMME))).toMatchObject({
      reason: 'STATUS_MANAGED_BY_PROGRAMME',
    });
    expect(errorOf(() => assertStatusChange(CandidateStatus.IN_PROGRAMME, CandidateStatus.AVAILABLE))).toMatchObject({
      reason: 'STATUS_MANAGED_BY_PROGRAMME',
    });
  });
});

describe('references, name words and occupation prefixes', () => {
  it('makes random references of the documented form', () => {
    const references = new Set(Array.from({ length: 1_000 }, () => generateCandidateReference()));
    expect(references.size).toBe(1_000);
    for (const reference of references) expect(reference).toMatch(CANDIDATE_REFERENCE_PATTERN);
    expect(generateCandidateReference(() => 0)).toBe('C-AAAAAA');
  });

  it('splits names into normalised words', () => {
    expect(nameTokens('  Samir AL-Hassan ')).toEqual(['samir', 'al', 'hassan']);
    expect(nameTokens('ØSTERGÅRD østergård')).toEqual(['østergård']);
    expect(nameTokens('--')).toEqual([]);
  });

  it('lists every ISCO prefix of the occupations', () => {
    expect(occupationPrefixes(['9112', '9121'])).toEqual(['9', '91', '911', '9112', '912', '9121']);
    expect(occupationPrefixes([])).toEqual([]);
  });
});
