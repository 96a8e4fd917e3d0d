import type { DataSource } from 'typeorm';
import type { GraphqlClient } from './graphql-client.js';

export const TEST_PASSWORD = 'correct-horse-battery';

export interface SignedIn {
  token: string;
  userId: string;
  client: GraphqlClient;
}

const LOGIN = `mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken expiresAt user { id role } }
}`;

export async function login(client: GraphqlClient, email: string, password = TEST_PASSWORD): Promise<SignedIn> {
  const { login: payload } = await client.data<{ login: { accessToken: string; user: { id: string } } }>(LOGIN, {
    email,
    password,
  });
  return { token: payload.accessToken, userId: payload.user.id, client: client.withToken(payload.accessToken) };
}

export const LOGIN_MUTATION = LOGIN;

/** Ids of reference rows tests commonly need. */
export async function referenceIds(dataSource: DataSource): Promise<{ jobcentre101: string; jobcentre751: string; union3f: string }> {
  const [row] = await dataSource.query(`SELECT
      (SELECT jobcentre_id FROM municipality WHERE code = 101) AS jobcentre101,
      (SELECT jobcentre_id FROM municipality WHERE code = 751) AS jobcentre751,
      (SELECT id FROM trade_union WHERE code = '3f') AS union3f`);
  return row;
}

/**
 * One signed-in user per role, created through the API: an admin (bootstrap),
 * an employer (registerEmployer, Aarhus), a København caseworker and a 3F representative.
 */
export async function signInAllRoles(
  client: GraphqlClient,
  dataSource: DataSource,
  admin: { email: string; password: string },
): Promise<Record<'admin' | 'employer' | 'jobcentre' | 'union', SignedIn> & { companyId: string }> {
  const adminSession = await login(client, admin.email, admin.password);
  const register = await client.data<{ registerEmployer: { accessToken: string; user: { id: string; company: { id: string } } } }>(
    `mutation($input: RegisterEmployerInput!) { registerEmployer(input: $input) { accessToken user { id company { id } } } }`,
    {
      input: {
        cvr: '13748136',
        companyName: 'Aarhus Byg ApS',
        municipalityCode: 751,
        employeeCount: 40,
        email: 'employer@test.example',
        password: TEST_PASSWORD,
        displayName: 'Erik Employer',
      },
    },
  );
  const ids = await referenceIds(dataSource);
  const create = (input: Record<string, string>) =>
    adminSession.client.data(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: { password: TEST_PASSWORD, ...input },
    });
  await create({ email: 'caseworker@test.example', displayName: 'Kim Caseworker', role: 'JOBCENTRE', jobcentreId: ids.jobcentre101 });
  await create({ email: 'rep@test.example', displayName: 'Ulla Union', role: 'UNION_REP', unionId: ids.union3f });
  const employerToken = register.registerEmployer.accessToken;
  return {
    admin: adminSession,
    employer: { token: employerToken, userId: register.registerEmployer.user.id, client: client.withToken(employerToken) },
    jobcentre: await login(client, 'caseworker@test.example'),
    union: await login(client, 'rep@test.example'),
    companyId: register.registerEmployer.user.company.id,
  };
}
