import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { signInAllRoles, TEST_PASSWORD } from '@igu/testing';
import { startTestApi, type TestApi } from './support/test-api.js';
import { candidateInput, createCandidate } from './support/candidates.js';
import { CREATE as CREATE_POSITION, errorOf, jobInput } from './support/positions.js';

const ADMIN = { email: 'admin@test.example', password: 'bootstrap-admin-password' };
const CREATE_CANDIDATE = `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id fullName } }`;
const REGISTER = `mutation($input: RegisterEmployerInput!) { registerEmployer(input: $input) { accessToken } }`;
const ELIGIBILITY = `query($input: EligibilityCheckInput!) { iguEligibility(input: $input) { eligible } }`;

/** Bad input is the client's BAD_USER_INPUT with a reason, never an INTERNAL_SERVER_ERROR. */
describe('input at the edges of its types', () => {
  let api: TestApi;
  let roles: Awaited<ReturnType<typeof signInAllRoles>>;

  beforeAll(async () => {
    api = await startTestApi({ BOOTSTRAP_ADMIN_EMAIL: ADMIN.email, BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password });
    roles = await signInAllRoles(api.client, api.dataSource, ADMIN);
  });

  afterAll(async () => {
    await api.close();
  });

  describe('Ints beyond the smallint code columns', () => {
    it('refuses municipalities(regionCode: 40000) and still lists a real region', async () => {
      expect(errorOf(await api.client.request('{ municipalities(regionCode: 40000) { code } }'))).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'UNKNOWN_REGION',
        field: 'regionCode',
      });
      const { municipalities } = await api.client.data<{ municipalities: unknown[] }>('{ municipalities(regionCode: 1082) { code } }');
      expect(municipalities.length).toBeGreaterThan(0);
    });

    it.each([40000, 32768, -40000])('refuses municipalityCode %i in registerEmployer, createCandidate and createPosition', async (code) => {
      const register = await api.client.request(REGISTER, {
        input: {
          cvr: '10403782',
          companyName: 'X ApS',
          municipalityCode: code,
          employeeCount: 3,
          email: `x${code}@test.example`,
          password: TEST_PASSWORD,
          displayName: 'X',
        },
      });
      expect(errorOf(register)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_MUNICIPALITY', field: 'input.municipalityCode' });
      const candidate = await roles.jobcentre.client.request(CREATE_CANDIDATE, { input: candidateInput({ municipalityCode: code }) });
      expect(errorOf(candidate)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_MUNICIPALITY', field: 'input.municipalityCode' });
      const position = await roles.employer.client.request(CREATE_POSITION, { input: jobInput({ municipalityCode: code }) });
      expect(errorOf(position)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_MUNICIPALITY' });
    });

    it.each([
      ['positions', 'municipalityCodes', 'UNKNOWN_MUNICIPALITY'],
      ['positions', 'regionCodes', 'UNKNOWN_REGION'],
      ['candidateProfiles', 'municipalityCodes', 'UNKNOWN_MUNICIPALITY'],
      ['candidateProfiles', 'regionCodes', 'UNKNOWN_REGION'],
    ])('refuses %s(filter: { %s: [101, 40000] })', async (list, key, reason) => {
      const query = `query($codes: [Int!]) { ${list}(filter: { ${key}: $codes }) { totalCount } }`;
      expect(errorOf(await roles.employer.client.request(query, { codes: [751, 40000] }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason,
        field: `filter.${key}[1]`,
      });
      const fine = await roles.employer.client.request(query, { codes: key === 'regionCodes' ? [1082] : [751] });
      expect(fine.errors).toBeUndefined();
    });
  });

  describe('text inputs', () => {
    it.each([
      ['a NUL character', 'Hana\u0000Test', 'INVALID_TEXT'],
      ['a lone surrogate', 'Hana \uD83D', 'INVALID_TEXT'],
      ['more than 20,000 characters', 'x'.repeat(20_001), 'TEXT_TOO_LONG'],
    ])('refuses %s in a variable, at any depth', async (_name, fullName, reason) => {
      const result = await roles.jobcentre.client.request(CREATE_CANDIDATE, { input: candidateInput({ fullName }) });
      expect(result.data ?? null).toBeNull();
      expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', reason, field: 'input.fullName' });
    });

    it('refuses a NUL character or lone surrogate written into the document', async () => {
      const list = (literal: string) => roles.employer.client.request(`{ positions(filter: { text: ${literal} }) { totalCount } }`);
      for (const literal of ['"a\\u0000b"', '"a\u0000b"', `"${'x'.repeat(20_001)}"`]) {
        expect(errorOf(await list(literal))).toMatchObject({
          code: 'BAD_USER_INPUT',
          reason: expect.stringMatching(/^(INVALID_TEXT|TEXT_TOO_LONG)$/),
          field: 'filter.text',
        });
      }
      // graphql-js already refuses an escaped lone surrogate as a syntax error.
      expect(errorOf(await list('"a\\uD800"'))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_PARSE_FAILED' });
    });

    it('keeps accepting real text: Danish letters, emoji, and a 10,000-character description', async () => {
      const candidate = await roles.jobcentre.client.data<{ createCandidate: { fullName: string } }>(CREATE_CANDIDATE, {
        input: candidateInput({ fullName: 'Åse Ørum-Kovalenko 👩‍🔧' }),
      });
      expect(candidate.createCandidate.fullName).toBe('Åse Ørum-Kovalenko 👩‍🔧');
      const position = await roles.employer.client.request(CREATE_POSITION, { input: jobInput({ description: 'ø'.repeat(10_000) }) });
      expect(position.errors).toBeUndefined();
    });
  });

  describe('dates', () => {
    const check = (dateOfBirth: string, startDate = '2026-03-01') =>
      roles.jobcentre.client.request(ELIGIBILITY, {
        input: { dateOfBirth, startDate, arrivedInDenmarkOn: '2024-01-01', residenceBasis: 'REFUGEE' },
      });

    it.each(['9999-12-31', '0099-06-01', '0001-01-01', '1899-12-31', '2200-01-01'])('refuses %s with a clear range', async (date) => {
      for (const result of [await check(date), await check('1995-03-15', date)]) {
        expect(errorOf(result)?.code).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0]?.message).toMatch(/between 1900-01-01 and 2199-12-31/);
      }
      const literal = await roles.jobcentre.client.request(
        `{ iguEligibility(input: { dateOfBirth: "${date}", startDate: "2026-03-01", arrivedInDenmarkOn: "2024-01-01", residenceBasis: REFUGEE }) { eligible } }`,
      );
      expect(errorOf(literal)?.code).toBe('BAD_USER_INPUT');
    });

    it('keeps accepting dates inside the range', async () => {
      const result = await check('1995-03-15');
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ iguEligibility: { eligible: expect.any(Boolean) } });
    });
  });

  it('still creates a candidate from ordinary input', async () => {
    expect((await createCandidate(roles.jobcentre.client)).id).toMatch(/^[0-9a-f-]{36}$/);
  });
});
