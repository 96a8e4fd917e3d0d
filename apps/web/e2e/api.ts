import { expect, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD, ROLES, type RoleName } from './support.js';

/**
 * What a browser test prepares through the API instead of the UI (the page
 * under test is the one that gets clicked). JSON POSTs pass the API's CSRF check.
 */
export class Api {
  private constructor(
    private readonly request: APIRequestContext,
    private readonly token: string,
  ) {}

  static async as(request: APIRequestContext, role: RoleName): Promise<Api> {
    const token = await Api.login(request, ROLES[role].email, DEMO_PASSWORD);
    return new Api(request, token);
  }

  static async login(request: APIRequestContext, email: string, password: string): Promise<string> {
    const response = await request.post('/graphql', {
      data: {
        query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
        variables: { e: email, p: password },
      },
    });
    const body = (await response.json()) as { data?: { login: { accessToken: string } }; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    return body.data!.login.accessToken;
  }

  async data<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await this.request.post('/graphql', {
      data: { query, variables },
      headers: { authorization: `Bearer ${this.token}` },
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data!;
  }
}

/** YYYY-MM-DD, `days` from today (the dev server runs on the real clock). */
export function inDays(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** A word no earlier run has used (names must be letters only to be searchable as words). */
export function uniqueWord(length = 8): string {
  const word = Array.from({ length }, () => LETTERS[Math.floor(Math.random() * LETTERS.length)]).join('');
  return word[0].toUpperCase() + word.slice(1);
}

/** A valid CPR for someone born in the 1990s (7th digit 0–3 → 1900s), random enough not to repeat between runs. */
export function randomCpr(): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = pad(1 + Math.floor(Math.random() * 28));
  const month = pad(1 + Math.floor(Math.random() * 12));
  const year = pad(90 + Math.floor(Math.random() * 9));
  const sequence = String(Math.floor(Math.random() * 4000)).padStart(4, '0');
  return `${day}${month}${year}-${sequence}`;
}

/** An OPEN IGU cleaning position of the demo employer, under 3F, in `municipalityCode`. */
export async function openIguPosition(employer: Api, title: string, municipalityCode = 147): Promise<string> {
  const { unions } = await employer.data<{ unions: { id: string; code: string }[] }>('{ unions { id code } }');
  const { createPosition } = await employer.data<{ createPosition: { id: string } }>(
    `mutation($input: CreatePositionInput!) { createPosition(input: $input) { id } }`,
    {
      input: {
        kind: 'IGU',
        title,
        description: 'Rengøring af kontorer. Vi tilbyder oplæring og skoleperioder.',
        occupationCode: '9112',
        municipalityCode,
        weeklyHours: 30,
        openings: 1,
        startDate: inDays(40),
        requiredDanishLevel: 'NONE',
        skills: [{ skillCode: 'perform-cleaning-duties', required: true }],
        hourlyWageDkk: 152.5,
        unionId: unions.find((union) => union.code === '3f')!.id,
        collectiveAgreement: 'Serviceoverenskomsten',
      },
    },
  );
  await employer.data(`mutation($id: ID!) { publishPosition(id: $id) { id } }`, { id: createPosition.id });
  return createPosition.id;
}

/** A København candidate who can start IGU, looking for cleaning work. */
export async function iguCandidate(jobcentre: Api, fullName: string): Promise<string> {
  const { createCandidate } = await jobcentre.data<{ createCandidate: { id: string } }>(
    `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`,
    {
      input: {
        fullName,
        cpr: randomCpr(),
        municipalityCode: 101,
        residenceBasis: 'REFUGEE',
        arrivedInDenmarkOn: inDays(-60),
        arrivedInMunicipalityOn: inDays(-30),
        desiredOccupationCodes: ['9112'],
        skillCodes: ['perform-cleaning-duties'],
      },
    },
  );
  return createCandidate.id;
}
