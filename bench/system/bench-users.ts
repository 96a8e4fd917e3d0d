/**
 * The accounts the measurements act as, created through the API by the
 * bootstrap ADMIN: an EMPLOYER of the generated company and a JOBCENTRE user
 * of the jobcentre with the most AVAILABLE generated candidates.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { graphql } from './graphql-client.js';
import type { RunningSystem } from './start-system.js';

export interface Session {
  email: string;
  accessToken: string;
}

export interface BenchUsers {
  admin: Session;
  employer: Session;
  jobcentre: Session;
  companyId: string;
  jobcentreId: string;
}

export type BenchSystem = RunningSystem & { users: BenchUsers };

const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;
const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`;

export async function login(system: RunningSystem, email: string, password: string): Promise<Session> {
  const { login } = await graphql<{ login: { accessToken: string } }>(system.graphqlUrl, LOGIN, { email, password });
  return { email, accessToken: login.accessToken };
}

/** `companyCvr`: the company `insertMatchData` created (its default CVR unless the caller passed another). */
export async function createBenchUsers(system: RunningSystem, options: { companyCvr?: string } = {}): Promise<BenchSystem> {
  const db = new pg.Client({ connectionString: system.databaseUrl });
  await db.connect();
  let companyId: string;
  let jobcentreId: string;
  try {
    const company = await db.query<{ id: string }>('SELECT id FROM company WHERE cvr = $1', [options.companyCvr ?? '29403473']);
    const jobcentre = await db.query<{ id: string }>(
      `SELECT jobcentre_id AS id FROM candidate WHERE status = 'AVAILABLE' GROUP BY jobcentre_id ORDER BY count(*) DESC, jobcentre_id LIMIT 1`,
    );
    if (!company.rows[0] || !jobcentre.rows[0]) throw new Error('No generated company or candidates: insert the match data first');
    companyId = company.rows[0].id;
    jobcentreId = jobcentre.rows[0].id;
  } finally {
    await db.end();
  }

  const admin = await login(system, system.admin.email, system.admin.password);
  const tag = randomBytes(4).toString('hex');
  const create = async (role: 'EMPLOYER' | 'JOBCENTRE', organisation: { companyId: string } | { jobcentreId: string }) => {
    const email = `bench-${role.toLowerCase()}-${tag}@bench.test`;
    const password = randomBytes(18).toString('base64url');
    const input = { email, password, displayName: `Bench ${role.toLowerCase()}`, role, ...organisation };
    await graphql(system.graphqlUrl, CREATE_USER, { input }, admin.accessToken);
    return login(system, email, password);
  };
  const employer = await create('EMPLOYER', { companyId });
  const jobcentre = await create('JOBCENTRE', { jobcentreId });
  return { ...system, users: { admin, employer, jobcentre, companyId, jobcentreId } };
}
