import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Writable } from 'node:stream';
import { parseCpr } from '@igu/personal-data';
import { GraphqlClient, type GraphqlResponse, login, signInAllRoles } from '@igu/testing';
import { startTestApi, type TestApi } from './support/test-api.js';
import { DEMO_CANDIDATES, DEMO_PASSWORD, seedDemoData } from '../../../tools/seed-demo-data.js';

/** Records the body of every response it receives, for every token it is given. */
class RecordingClient extends GraphqlClient {
  constructor(
    baseUrl: string,
    readonly bodies: string[],
    token?: string,
  ) {
    super(baseUrl, token);
  }

  override withToken(token: string | undefined): RecordingClient {
    return new RecordingClient(this.baseUrl, this.bodies, token);
  }

  override async request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphqlResponse<T>> {
    const response = await super.request<T>(query, variables, headers);
    this.bodies.push(JSON.stringify({ data: response.data, errors: response.errors }));
    return response;
  }
}

const ADMIN = { email: 'admin@test.example', password: 'bootstrap-admin-password' };
const CANDIDATE = `id version fullName cprMasked dateOfBirth email phone residenceBasis arrivedInDenmarkOn arrivedInMunicipalityOn
  priorIgu status shareProfileWithEmployers firstOfferTargetDate firstOfferDeadline firstOfferAt createdAt updatedAt jobcentre { id name }
  profile { id reference age municipality { code } desiredOccupations { code } skills { code } danishLevel iguEligibility { eligible reasons { code message } } }`;

/**
 * Issue 4: a seeded CPR never appears in plain text in the database, the logs
 * or any GraphQL response. The demo seed (the real `npm run dev` code path)
 * registers the CPRs; then every operation that touches a candidate runs,
 * including the error paths, with LOG_LEVEL=trace.
 *
 * What "the logs" covers here: everything the API's pino logger writes (HTTP
 * request lines, Nest's own messages, unexpected-error reports), captured by
 * giving the API a test destination instead of stdout, plus anything written
 * to this process's stdout/stderr meanwhile (console output of libraries).
 * Not covered: PostgreSQL's own server log (the application never sends a CPR
 * in plain text to the database, which the database scan below confirms for
 * stored data).
 */
/** Contact details the test gives a seeded candidate, to look for them as for the CPRs. */
const CONTACT = { email: 'amina.contact@example.test', phone: '+45 29 47 61 83', phoneDigits: '29476183' };

describe('a seeded CPR never appears in plain text (nor a name or contact detail in the database or the logs)', () => {
  let api: TestApi;
  const logs: string[] = [];
  const responses: string[] = [];
  const seededCprs = DEMO_CANDIDATES.map((candidate) => parseCpr(candidate.cpr)!.digits);
  /** Stored only encrypted (names also as keyed search tokens), logged never; responses to the caseworker do show them. */
  const seededNamesAndContact = [...DEMO_CANDIDATES.map((candidate) => candidate.fullName), CONTACT.email, CONTACT.phoneDigits];
  const bothForms = (digits: string) => [digits, `${digits.slice(0, 6)}-${digits.slice(6)}`];
  const originalWrites = { stdout: process.stdout.write.bind(process.stdout), stderr: process.stderr.write.bind(process.stderr) };

  beforeAll(async () => {
    const destination = new Writable({
      write(chunk, _encoding, done) {
        logs.push(String(chunk));
        done();
      },
    });
    for (const stream of ['stdout', 'stderr'] as const) {
      const original = originalWrites[stream];
      process[stream].write = (chunk: unknown, ...rest: unknown[]) => {
        logs.push(String(chunk));
        return (original as (...args: unknown[]) => boolean)(chunk, ...rest);
      };
    }
    api = await startTestApi(
      { LOG_LEVEL: 'trace', BOOTSTRAP_ADMIN_EMAIL: ADMIN.email, BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password },
      { logDestination: destination },
    );
    expect(await seedDemoData(api.dataSource, api.config)).toMatch(/5 new demo candidates/);
    expect(await seedDemoData(api.dataSource, api.config)).toMatch(/0 new demo users.*0 new demo candidates/); // a restart seeds nothing twice
  });

  afterAll(async () => {
    process.stdout.write = originalWrites.stdout;
    process.stderr.write = originalWrites.stderr;
    await api.close();
  });

  it('exercises every candidate operation, error paths included', async () => {
    const client = new RecordingClient(api.baseUrl, responses);
    const roles = await signInAllRoles(client, api.dataSource, ADMIN);
    const caseworker = await login(client, 'jobcentre@demo.test', DEMO_PASSWORD); // the seeded caseworker of København
    const { candidates } = await caseworker.client.data<{
      candidates: { edges: { node: { id: string; version: number; cprMasked: string } }[] };
    }>(`{ candidates(first: 5) { edges { node { ${CANDIDATE} } } } }`);
    expect(candidates.edges).toHaveLength(DEMO_CANDIDATES.length);
    for (const { node } of candidates.edges) {
      await caseworker.client.data(`query($id: ID!) { candidate(id: $id) { ${CANDIDATE} } }`, { id: node.id });
      const refused = await roles.employer.client.request(`query($id: ID!) { candidate(id: $id) { id fullName } }`, { id: node.id });
      expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const first = candidates.edges[0].node;
    await caseworker.client.data(
      `mutation($id: ID!, $v: Int!, $phone: String, $email: String) { updateCandidate(id: $id, expectedVersion: $v, input: { phone: $phone, email: $email }) { ${CANDIDATE} } }`,
      {
        id: first.id,
        v: first.version,
        phone: CONTACT.phone,
        email: CONTACT.email,
      },
    );
    await caseworker.client.request(`mutation($id: ID!) { updateCandidate(id: $id, expectedVersion: 1, input: { phone: "1" }) { id } }`, {
      id: first.id,
    });

    const create = `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { ${CANDIDATE} } }`;
    const input = {
      fullName: 'Dup Licate',
      municipalityCode: 101,
      residenceBasis: 'REFUGEE',
      arrivedInDenmarkOn: '2025-01-01',
      arrivedInMunicipalityOn: '2025-01-02',
    };
    for (const digits of seededCprs) {
      for (const [index, cpr] of bothForms(digits).entries()) {
        const duplicate = await caseworker.client.request(create, { input: { ...input, cpr } });
        expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CPR_ALREADY_REGISTERED' });
        const elsewhere = await roles.jobcentre.client.request(create, {
          input: { ...input, cpr, idempotencyKey: `k-${digits}-${index}` },
        });
        expect(elsewhere.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      }
    }
    // A CPR typed into the wrong kind of field: GraphQL's own coercion errors would echo it.
    const mistyped = await caseworker.client.request(create, { input: { ...input, cpr: Number(seededCprs[0]) } });
    expect(mistyped.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const wrongPlace = await caseworker.client.request(`query($first: Int) { candidates(first: $first) { totalCount } }`, {
      first: seededCprs[1],
    });
    expect(wrongPlace.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const malformed = await caseworker.client.request(create, { input: { ...input, cpr: `${seededCprs[2]}0` } });
    expect(malformed.errors?.[0]?.extensions?.reason).toBe('CPR_INVALID');

    for (const session of [roles.employer, caseworker, roles.jobcentre]) {
      await session.client.data(
        `{ candidateProfiles(first: 50) { edges { node { id reference age municipality { code } iguEligibility { eligible reasons { message } } } } } }`,
      );
    }
    expect(responses.length).toBeGreaterThan(30);
  });

  it('in no GraphQL response', () => {
    expect(responses.join('\n')).toContain('-XXXX'); // the masked form was returned (control: the recording works)
    expect(responses.join('\n')).toContain(CONTACT.email); // control for the log and database scans: the contact was stored
    const leaks = responses.filter((body) => seededCprs.some((digits) => bothForms(digits).some((form) => body.includes(form))));
    expect(leaks).toEqual([]);
  });

  it('in no log line written at trace level', () => {
    const text = logs.join('');
    expect(text).toContain('"url":"/graphql"'); // control: the API's request log lines were captured
    expect(text.match(/request completed/g)?.length ?? 0).toBeGreaterThan(30);
    for (const digits of seededCprs) for (const form of bothForms(digits)) expect(text).not.toContain(form);
    for (const value of seededNamesAndContact) expect(text).not.toContain(value);
  });

  it('in no column of any table of the database', async () => {
    // Every base table of every application schema (public, and bullmq when present), whole rows cast to
    // text: that covers each text, varchar, char, json(b) and array column at once.
    const tables: { schema: string; name: string }[] = await api.dataSource.query(
      `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
       WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
    );
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['candidate', 'personal_data_access', 'outbox_event', 'idempotency_key']),
    );
    const hits = async (needle: string) => {
      const found: string[] = [];
      for (const { schema, name } of tables) {
        const [{ n }] = await api.dataSource.query(
          `SELECT count(*)::int AS n FROM "${schema}"."${name}" t WHERE t::text LIKE '%' || $1 || '%'`,
          [needle],
        );
        if (n > 0) found.push(`${schema}.${name}`);
      }
      return found;
    };
    const [{ reference }] = await api.dataSource.query('SELECT reference FROM candidate LIMIT 1');
    expect(await hits(reference)).toEqual(['public.candidate']); // control: the scan finds what is there
    for (const digits of seededCprs) for (const form of bothForms(digits)) expect(await hits(form)).toEqual([]);
    for (const value of seededNamesAndContact) expect([value, await hits(value)]).toEqual([value, []]);
  });

  it('the real candidate reads fail, returning no personal data, when their access-log rows cannot be written', async () => {
    const caseworker = await login(api.client, 'jobcentre@demo.test', DEMO_PASSWORD);
    const SINGLE = `query($id: ID!) { candidate(id: $id) { id fullName cprMasked email phone } }`;
    const LIST = `{ candidates(first: 5) { edges { node { id fullName cprMasked } } } }`;
    const { candidates } = await caseworker.client.data<{ candidates: { edges: { node: { id: string } }[] } }>(LIST);
    const { id } = candidates.edges[0].node;
    const logRows = async () => (await api.dataSource.query('SELECT count(*)::int AS n FROM personal_data_access'))[0].n as number;
    // Control: the read works and is logged.
    const before = await logRows();
    const { candidate } = await caseworker.client.data<{ candidate: Record<string, string> }>(SINGLE, { id });
    expect(await logRows()).toBe(before + 1);
    // The contact on the caseworker's own proposals: read and logged beside each other, not in one transaction.
    const { positions } = await caseworker.client.data<{ positions: { edges: { node: { id: string } }[] } }>(
      `{ positions(first: 10) { edges { node { id } } } }`,
    );
    let proposed = false;
    for (const { node } of positions.edges) {
      const proposal = await caseworker.client.request(
        `mutation($input: ProposeCandidateInput!) { proposeCandidate(input: $input) { id } }`,
        {
          input: { candidateId: id, positionId: node.id },
        },
      );
      if ((proposed = !proposal.errors)) break;
    }
    expect(proposed).toBe(true);
    const CONTACTS = `{ proposals(first: 5) { edges { node { id candidateContact { fullName email phone } } } } }`;
    type Contacts = { proposals: { edges: { node: { candidateContact: Record<string, string> | null } }[] } };
    const { proposals } = await caseworker.client.data<Contacts>(CONTACTS);
    const contacts = proposals.edges.map((edge) => edge.node.candidateContact!);
    expect(contacts.length).toBeGreaterThan(0);
    expect(await logRows()).toBeGreaterThan(before + 1);
    const logged = await logRows();
    const personal = [candidate.fullName, candidate.cprMasked, candidate.email, candidate.phone, ...contacts.map((c) => c.fullName)].filter(
      (value): value is string => !!value,
    );

    // The log table refuses every insert, as a full disk or a revoked grant would.
    await api.dataSource.query(`
      CREATE FUNCTION refuse_access_log() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'access log unavailable'; END $$;
      CREATE TRIGGER refuse_access_log BEFORE INSERT ON personal_data_access FOR EACH STATEMENT EXECUTE FUNCTION refuse_access_log();`);
    try {
      for (const [query, field] of [
        [SINGLE, 'candidate'],
        [LIST, 'candidates'],
      ] as const) {
        const failed = await caseworker.client.request(query, { id });
        expect(failed.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
        expect(failed.data?.[field] ?? null).toBeNull();
        for (const value of personal) expect(JSON.stringify(failed)).not.toContain(value);
      }
      const failed = await caseworker.client.request(CONTACTS);
      expect(failed.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      for (const value of personal) expect(JSON.stringify(failed)).not.toContain(value);
    } finally {
      await api.dataSource.query('DROP TRIGGER refuse_access_log ON personal_data_access; DROP FUNCTION refuse_access_log();');
    }
    expect(await logRows()).toBe(logged);
  });
});
