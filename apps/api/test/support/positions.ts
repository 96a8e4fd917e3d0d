import { addDays } from '@igu/calendar';
import { TEST_TODAY } from '@igu/testing';
import type { GraphqlClient, GraphqlResponse } from '@igu/testing';
import { TEST_PASSWORD } from '@igu/testing';

/** Every field of Position this feature owns, nested fields included. */
export const POSITION_FIELDS = `
  id version kind status title description weeklyHours openings startDate applicationDeadline
  requiredDanishLevel drivingLicenceRequired collectiveAgreement hourlyWageDkk
  createdAt updatedAt publishedAt closedAt closeReason
  location { latitude longitude }
  company { id name municipality { code } }
  occupation { code title }
  municipality { code name region { code } }
  union { id code name }
  skills { required skill { code label category } }`;

export const CREATE = `mutation($input: CreatePositionInput!) { createPosition(input: $input) { ${POSITION_FIELDS} } }`;
export const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdatePositionInput!) {
  updatePosition(id: $id, expectedVersion: $v, input: $input) { ${POSITION_FIELDS} } }`;
export const PUBLISH = `mutation($id: ID!, $v: Int) { publishPosition(id: $id, expectedVersion: $v) { id version status publishedAt } }`;
export const CLOSE = `mutation($id: ID!, $reason: String, $v: Int) {
  closePosition(id: $id, reason: $reason, expectedVersion: $v) { id version status closedAt closeReason } }`;
export const GET = `query($id: ID!) { position(id: $id) { ${POSITION_FIELDS} } }`;
export const LIST = `query($filter: PositionFilter, $first: Int, $after: String) {
  positions(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title status kind } } } }`;

export interface PositionView {
  id: string;
  version: number;
  kind: string;
  status: string;
  title: string;
  [field: string]: unknown;
}

export interface ListView {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string; title: string; status: string; kind: string } }[];
}

/** YYYY-MM-DD, `days` after the test run's pinned today (the API's CLOCK_TODAY). */
export function inDays(days: number): string {
  return addDays(TEST_TODAY, days);
}

/** A valid ordinary cleaning job in Aarhus; override what a test is about. */
export function jobInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'JOB',
    title: 'Rengøringsassistent til kontorer',
    description: 'Daglig rengøring af kontorer i Aarhus C. Vi tilbyder oplæring.',
    occupationCode: '9112',
    municipalityCode: 751,
    weeklyHours: 30,
    openings: 2,
    startDate: inDays(40),
    applicationDeadline: inDays(20),
    requiredDanishLevel: 'A2',
    skills: [
      { skillCode: 'perform-cleaning-duties', required: true },
      { skillCode: 'clean-building-floors', required: false },
    ],
    hourlyWageDkk: 152.5,
    ...overrides,
  };
}

export function iguInput(unionId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return jobInput({
    kind: 'IGU',
    title: 'IGU-elev i rengøring',
    weeklyHours: 30,
    unionId,
    collectiveAgreement: 'Serviceoverenskomsten',
    ...overrides,
  });
}

export const errorOf = (result: GraphqlResponse) => result.errors?.[0]?.extensions;

export async function createPosition(client: GraphqlClient, input: Record<string, unknown>): Promise<PositionView> {
  return (await client.data<{ createPosition: PositionView }>(CREATE, { input })).createPosition;
}

export async function createOpenPosition(client: GraphqlClient, input: Record<string, unknown>): Promise<PositionView> {
  const created = await createPosition(client, input);
  const { publishPosition } = await client.data<{ publishPosition: PositionView }>(PUBLISH, { id: created.id });
  return { ...created, ...publishPosition };
}

export async function list(client: GraphqlClient, variables: Record<string, unknown>): Promise<ListView> {
  return (await client.data<{ positions: ListView }>(LIST, variables)).positions;
}

/** A second employer of another company (CVR 10403782, Odense). */
export async function registerOtherEmployer(client: GraphqlClient): Promise<{ client: GraphqlClient; companyId: string }> {
  const { registerEmployer } = await client.data<{
    registerEmployer: { accessToken: string; user: { company: { id: string } } };
  }>(`mutation($input: RegisterEmployerInput!) { registerEmployer(input: $input) { accessToken user { company { id } } } }`, {
    input: {
      cvr: '10403782',
      companyName: 'Odense Rengøring A/S',
      municipalityCode: 461,
      employeeCount: 12,
      email: 'other-employer@test.example',
      password: TEST_PASSWORD,
      displayName: 'Olga Other',
    },
  });
  return { client: client.withToken(registerEmployer.accessToken), companyId: registerEmployer.user.company.id };
}
