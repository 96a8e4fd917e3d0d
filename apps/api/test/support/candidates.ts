import type { GraphqlClient } from '@igu/testing';
import { inDays } from './positions.js';

let sequence = 500;

/** A valid CPR for a birth date (7th digit by the century rule), unique within a test run. */
export function cprFor(dateOfBirth: string): string {
  sequence += 1;
  const [year, month, day] = dateOfBirth.split('-') as [string, string, string];
  const seventh = Number(year) >= 2000 ? '4' : String(sequence % 4);
  return `${day}${month}${year.slice(2)}-${seventh}${String(sequence % 1000).padStart(3, '0')}`;
}

export function candidateInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    fullName: 'Hana Test',
    cpr: cprFor('1995-03-15'),
    email: 'hana@example.test',
    phone: '+4512345678',
    municipalityCode: 101,
    residenceBasis: 'REFUGEE',
    arrivedInDenmarkOn: inDays(-40),
    arrivedInMunicipalityOn: inDays(-30),
    desiredOccupationCodes: ['9112'],
    ...overrides,
  };
}

export async function createCandidate(
  client: GraphqlClient,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; cpr: string }> {
  const input = candidateInput(overrides);
  const { createCandidate } = await client.data<{ createCandidate: { id: string } }>(
    `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`,
    { input },
  );
  return { id: createCandidate.id, cpr: input.cpr as string };
}
