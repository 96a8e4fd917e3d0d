import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  GraphqlClient,
  LOGIN_MUTATION,
  login,
  referenceIds,
  type SignedIn,
  signInAllRoles,
  TEST_PASSWORD,
  TEST_SECRETS,
} from '@igu/testing';
import { startTestApi, type TestApi } from './support/test-api.js';
import { SignJWT } from 'jose';

const ADMIN = { email: 'Admin@Test.Example', password: 'bootstrap-admin-password' };
const ME = '{ me { id email role displayName company { cvr municipality { code } } jobcentre { name } union { code } } }';
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email role } }`;
const REGISTER = `mutation($input: RegisterEmployerInput!) {
  registerEmployer(input: $input) { accessToken expiresAt user { id email role company { id cvr name publicEmployer employeeCount } } }
}`;

const registration = (overrides: Record<string, unknown> = {}) => ({
  input: {
    cvr: '10403782',
    companyName: 'Odense Rengøring A/S',
    municipalityCode: 461,
    employeeCount: 12,
    email: 'owner@odense.example',
    password: TEST_PASSWORD,
    displayName: 'Olga Owner',
    ...overrides,
  },
});

describe('identity and access over HTTP', () => {
  let api: TestApi;
  let roles: Awaited<ReturnType<typeof signInAllRoles>>;
  let anonymous: GraphqlClient;

  beforeAll(async () => {
    // Every registration here comes from 127.0.0.1; the per-IP limit has its own tests below.
    api = await startTestApi({ BOOTSTRAP_ADMIN_EMAIL: ADMIN.email, BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password, REGISTER_MAX_PER_IP: '100' });
    anonymous = api.client;
    roles = await signInAllRoles(anonymous, api.dataSource, ADMIN);
  });

  afterAll(async () => {
    await api.close();
  });

  const count = async (table: string) => (await api.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  describe('accounts', () => {
    it('bootstraps one admin from configuration, with a lower-cased e-mail', async () => {
      const { me } = await roles.admin.client.data<{ me: { email: string; role: string } }>(ME);
      expect(me).toMatchObject({ email: 'admin@test.example', role: 'ADMIN' });
      expect(await api.dataSource.query(`SELECT count(*)::int AS n FROM app_user WHERE role = 'ADMIN'`)).toEqual([{ n: 1 }]);
    });

    it('logs in case-insensitively and returns a token with its expiry and the user', async () => {
      const result = await anonymous.data<{ login: { accessToken: string; expiresAt: string; user: { role: string } } }>(LOGIN_MUTATION, {
        email: 'CASEWORKER@test.example',
        password: TEST_PASSWORD,
      });
      expect(result.login.user.role).toBe('JOBCENTRE');
      const ttl = (Date.parse(result.login.expiresAt) - Date.now()) / 1000;
      expect(ttl).toBeGreaterThan(800);
      expect(ttl).toBeLessThanOrEqual(900);
      expect(result.login.accessToken.split('.')).toHaveLength(3);
    });

    it('me shows each role with its organisation', async () => {
      const me = async (session: SignedIn) => (await session.client.data<{ me: Record<string, unknown> }>(ME)).me;
      expect(await me(roles.employer)).toMatchObject({ role: 'EMPLOYER', company: { cvr: '13748136', municipality: { code: 751 } } });
      expect(await me(roles.jobcentre)).toMatchObject({ role: 'JOBCENTRE', jobcentre: { name: 'Jobcenter København' }, company: null });
      expect(await me(roles.union)).toMatchObject({ role: 'UNION_REP', union: { code: '3f' }, jobcentre: null });
    });

    it('stores passwords as argon2id hashes only', async () => {
      const rows: { password_hash: string }[] = await api.dataSource.query('SELECT password_hash FROM app_user');
      expect(rows.length).toBeGreaterThanOrEqual(4);
      for (const row of rows) {
        expect(row.password_hash).toMatch(/^\$argon2id\$/);
        expect(row.password_hash).not.toContain(TEST_PASSWORD);
      }
    });
  });

  describe('registerEmployer', () => {
    it('refuses an invalid CVR (13748137) and creates nothing', async () => {
      const before = [await count('company'), await count('app_user')];
      const result = await anonymous.request(REGISTER, registration({ cvr: '13748137' }));
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CVR_INVALID', field: 'input.cvr' });
      expect([await count('company'), await count('app_user')]).toEqual(before);
    });

    it('accepts a valid CVR (13748136 was used above) and signs the new employer in', async () => {
      const { registerEmployer } = await anonymous.data<{
        registerEmployer: { accessToken: string; user: { role: string; company: { cvr: string; name: string } } };
      }>(REGISTER, registration());
      expect(registerEmployer.user).toMatchObject({ role: 'EMPLOYER', company: { cvr: '10403782', name: 'Odense Rengøring A/S' } });
      const { me } = await anonymous.withToken(registerEmployer.accessToken).data<{ me: { email: string } }>(ME);
      expect(me.email).toBe('owner@odense.example');
    });

    it('refuses a CVR that is already registered, and a taken e-mail, without half a registration', async () => {
      const duplicateCvr = await anonymous.request(REGISTER, registration({ email: 'someone-else@odense.example' }));
      expect(duplicateCvr.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CVR_TAKEN' });
      const companies = await count('company');
      const takenEmail = await anonymous.request(REGISTER, registration({ cvr: '25313763', email: 'OWNER@odense.example' }));
      expect(takenEmail.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'EMAIL_TAKEN' });
      expect(await count('company')).toBe(companies); // the company insert was rolled back
    });

    it.each([
      [{ password: 'short-pass' }, 'PASSWORD_TOO_SHORT', 'input.password'],
      [{ email: 'not-an-email' }, 'EMAIL_INVALID', 'input.email'],
      [{ municipalityCode: 999 }, 'UNKNOWN_MUNICIPALITY', 'input.municipalityCode'],
      [{ employeeCount: -1 }, 'EMPLOYEE_COUNT_INVALID', 'input.employeeCount'],
    ])('refuses %j with %s', async (overrides, reason, field) => {
      const result = await anonymous.request(REGISTER, registration({ cvr: '25313763', email: 'new@x.example', ...overrides }));
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason, field });
    });
  });

  describe('createUser (ADMIN)', () => {
    it('ties each role to exactly its organisation', async () => {
      const ids = await referenceIds(api.dataSource);
      const create = (input: Record<string, unknown>) =>
        roles.admin.client.request(CREATE_USER, { input: { password: TEST_PASSWORD, displayName: 'New User', ...input } });
      expect((await create({ email: 'jc751@test.example', role: 'JOBCENTRE', jobcentreId: ids.jobcentre751 })).errors).toBeUndefined();
      expect((await create({ email: 'emp2@test.example', role: 'EMPLOYER', companyId: roles.companyId })).errors).toBeUndefined();
      const missing = await create({ email: 'x1@test.example', role: 'UNION_REP' });
      expect(missing.errors?.[0]?.extensions).toMatchObject({ reason: 'ORGANISATION_REQUIRED', field: 'input.unionId' });
      const wrong = await create({ email: 'x2@test.example', role: 'ADMIN', unionId: ids.union3f });
      expect(wrong.errors?.[0]?.extensions).toMatchObject({ reason: 'ORGANISATION_NOT_ALLOWED', field: 'input.unionId' });
      const unknown = await create({ email: 'x3@test.example', role: 'JOBCENTRE', jobcentreId: roles.companyId });
      expect(unknown.errors?.[0]?.extensions).toMatchObject({ reason: 'UNKNOWN_ORGANISATION' });
      const duplicate = await create({ email: 'JC751@TEST.example', role: 'JOBCENTRE', jobcentreId: ids.jobcentre751 });
      expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'EMAIL_TAKEN' });
      await login(anonymous, 'jc751@test.example');
    });
  });

  describe('users (ADMIN)', () => {
    const USERS = `query($role: Role, $first: Int, $after: String) { users(role: $role, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id email role company { id } jobcentre { id } union { id } } } } }`;
    interface UserPage {
      users: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: { id: string; email: string; role: string; company: { id: string } | null } }[];
      };
    }

    it('lists every account newest first, page by page, with its organisation', async () => {
      const [{ n }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM app_user`);
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const { users }: UserPage = await roles.admin.client.data<UserPage>(USERS, { first: 2, after });
        expect(users.totalCount).toBe(n);
        seen.push(...users.edges.map((edge) => edge.node.id));
        after = users.pageInfo.hasNextPage ? users.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toHaveLength(n);
      expect(new Set(seen).size).toBe(n);
      const newestFirst = await api.dataSource.query(`SELECT id FROM app_user ORDER BY created_at DESC, id DESC`);
      expect(seen).toEqual(newestFirst.map((row: { id: string }) => row.id));
    });

    it('filters by role', async () => {
      const { users } = await roles.admin.client.data<UserPage>(USERS, { role: 'EMPLOYER', first: 100 });
      expect(users.edges.length).toBeGreaterThan(0);
      expect(users.edges.every((edge) => edge.node.role === 'EMPLOYER' && edge.node.company)).toBe(true);
      const [{ n }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM app_user WHERE role = 'EMPLOYER'`);
      expect(users.totalCount).toBe(n);
    });

    it('refuses a page over 100 and a foreign cursor', async () => {
      const tooMany = await roles.admin.client.request(USERS, { first: 101 });
      expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAGE_SIZE_OUT_OF_RANGE' });
      const foreign = Buffer.from(JSON.stringify(['proposals', '2026-01-01T00:00:00Z', '00000000-0000-4000-8000-000000000000'])).toString(
        'base64url',
      );
      const refused = await roles.admin.client.request(USERS, { after: foreign });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });
    });
  });

  describe('role × operation matrix', () => {
    type Outcome = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN';
    const operations: Record<string, { query: string; variables?: () => Record<string, unknown> }> = {
      me: { query: '{ me { id } }' },
      createUser: {
        query: CREATE_USER,
        variables: () => ({
          input: { email: `m${Math.random().toString(36).slice(2)}@x.example`, password: TEST_PASSWORD, displayName: 'M', role: 'ADMIN' },
        }),
      },
      users: { query: '{ users(first: 1) { totalCount } }' },
      municipalities: { query: '{ municipalities { code } }' },
      occupations: { query: '{ occupations(search: "91") { code } }' },
      login: { query: LOGIN_MUTATION, variables: () => ({ email: 'rep@test.example', password: TEST_PASSWORD }) },
    };
    const expected: Record<string, Record<string, Outcome>> = {
      anonymous: {
        me: 'UNAUTHENTICATED',
        createUser: 'UNAUTHENTICATED',
        users: 'UNAUTHENTICATED',
        municipalities: 'OK',
        occupations: 'OK',
        login: 'OK',
      },
      employer: { me: 'OK', createUser: 'FORBIDDEN', users: 'FORBIDDEN', municipalities: 'OK', occupations: 'OK', login: 'OK' },
      jobcentre: { me: 'OK', createUser: 'FORBIDDEN', users: 'FORBIDDEN', municipalities: 'OK', occupations: 'OK', login: 'OK' },
      union: { me: 'OK', createUser: 'FORBIDDEN', users: 'FORBIDDEN', municipalities: 'OK', occupations: 'OK', login: 'OK' },
      admin: { me: 'OK', createUser: 'OK', users: 'OK', municipalities: 'OK', occupations: 'OK', login: 'OK' },
    };

    it.each(Object.keys(expected))('%s', async (who) => {
      const client = who === 'anonymous' ? anonymous : (roles[who as keyof typeof roles] as SignedIn);
      const actual: Record<string, Outcome> = {};
      for (const [name, operation] of Object.entries(operations)) {
        const c = 'client' in client ? client.client : client;
        const result = await c.request(operation.query, operation.variables?.());
        actual[name] = result.errors ? (result.errors[0].extensions!.code as Outcome) : 'OK';
      }
      expect(actual).toEqual(expected[who]);
    });
  });

  describe('tokens', () => {
    const key = new TextEncoder().encode(TEST_SECRETS.JWT_SECRET);
    const sign = (claims: Record<string, unknown>, options: { exp?: number; aud?: string; alg?: string } = {}) =>
      new SignJWT({ role: 'ADMIN', ...claims })
        .setProtectedHeader({ alg: options.alg ?? 'HS256' })
        .setSubject(roles.admin.userId)
        .setIssuer('igu-match')
        .setAudience(options.aud ?? 'igu-match-api')
        .setIssuedAt()
        .setExpirationTime(options.exp ?? Math.floor(Date.now() / 1000) + 60)
        .sign(key);
    const meWith = (token: string) => anonymous.withToken(token).request('{ me { id } }');

    it('accepts a well-formed token signed with the server key (control)', async () => {
      expect((await meWith(await sign({}))).errors).toBeUndefined();
    });

    it('rejects an expired token', async () => {
      const expired = await sign({}, { exp: Math.floor(Date.now() / 1000) - 60 });
      expect((await meWith(expired)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('rejects a token whose payload was changed (an employer claiming ADMIN)', async () => {
      const [header, payload, signature] = roles.employer.token.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      const forged = Buffer.from(JSON.stringify({ ...claims, role: 'ADMIN' })).toString('base64url');
      const result = await anonymous.withToken(`${header}.${forged}.${signature}`).request(CREATE_USER, {
        input: { email: 'forged@x.example', password: TEST_PASSWORD, displayName: 'F', role: 'ADMIN' },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('rejects an unsigned (alg: none) token, another audience, and a foreign key', async () => {
      const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
      const payload = roles.admin.token.split('.')[1];
      expect((await meWith(`${header}.${payload}.`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await meWith(await sign({}, { aud: 'another-api' }))).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const foreign = await new SignJWT({ role: 'ADMIN' })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(roles.admin.userId)
        .setIssuer('igu-match')
        .setAudience('igu-match-api')
        .setIssuedAt()
        .setExpirationTime('1m')
        .sign(new TextEncoder().encode('another-secret-of-sufficient-length-1234567'));
      expect((await meWith(foreign)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });
});

/**
 * Windows are long (no test can outlast them, however slow the machine); a
 * window's end is simulated by expiring the counters in the table, so the
 * counters stay in PostgreSQL whatever the run's profile (the same limits on
 * Redis: auth.integration-spec.ts, rate-limit-store.integration-spec.ts).
 */
describe('brute-force protection', () => {
  let api: TestApi;
  const USERS = ['victim', 'bystander', 'racer', 'target'].map((name) => `${name}@x.example`);

  beforeAll(async () => {
    api = await startTestApi({
      BOOTSTRAP_ADMIN_EMAIL: ADMIN.email,
      BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
      TRUST_PROXY: 'true',
      LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_IP: '10',
      LOGIN_MAX_FAILURES_PER_IP: '15',
      LOGIN_FAILURE_WINDOW_SECONDS: '600',
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '25',
      LOGIN_ACCOUNT_WINDOW_SECONDS: '3600',
      REGISTER_MAX_PER_IP: '3',
      REGISTER_WINDOW_SECONDS: '3600',
      REDIS_URL: '',
    });
    const admin = await login(api.client, ADMIN.email, ADMIN.password);
    const ids = await referenceIds(api.dataSource);
    for (const email of USERS) {
      await admin.client.data(CREATE_USER, {
        input: { email, password: TEST_PASSWORD, displayName: 'U', role: 'JOBCENTRE', jobcentreId: ids.jobcentre101 },
      });
    }
  });

  afterAll(async () => {
    await api.close();
  });

  const attempt = (email: string, password: string, ip = '203.0.113.7') =>
    api.client.request(LOGIN_MUTATION, { email, password }, { 'x-forwarded-for': ip });
  type Answer = Awaited<ReturnType<GraphqlClient['request']>>;
  const codeOf = (result: Answer) => (result.errors?.[0]?.extensions?.code as string | undefined) ?? 'OK';
  /** How many of the (parallel) requests got each answer code. */
  const codes = async (requests: Promise<Answer>[]) => {
    const tally: Partial<Record<string, number>> = {};
    for (const code of (await Promise.all(requests)).map(codeOf)) tally[code] = (tally[code] ?? 0) + 1;
    return tally;
  };
  /** The end of a window, without waiting for it: counters whose key starts with `prefix` expire now. */
  const expire = (prefix: string) => api.dataSource.query(`UPDATE login_rate_limit SET expire = 0 WHERE key LIKE $1`, [`${prefix}:%`]);
  const expectRateLimited = (result: Answer, maxSeconds: number) => {
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    const seconds = result.errors![0].extensions!.retryAfterSeconds as number;
    expect(Number.isInteger(seconds) && seconds >= 1 && seconds <= maxSeconds).toBe(true);
    expect(result.headers.get('retry-after')).toBe(String(seconds));
    expect(result.data ?? null).toBeNull();
  };

  it('locks an account for the failing IP only, even for the right password, until the window passes', async () => {
    for (let i = 0; i < 10; i += 1) {
      expect(codeOf(await attempt('victim@x.example', `wrong-password-${i}`))).toBe('UNAUTHENTICATED');
    }
    expectRateLimited(await attempt('victim@x.example', TEST_PASSWORD), 600);
    // The real user, from anywhere else, still gets in: the attacker cannot lock them out.
    expect((await attempt('victim@x.example', TEST_PASSWORD, '198.51.100.1')).errors).toBeUndefined();
    // Another account from the attacking address is unaffected.
    expect((await attempt('bystander@x.example', TEST_PASSWORD)).errors).toBeUndefined();
    await expire('pair');
    expect((await attempt('victim@x.example', TEST_PASSWORD)).errors).toBeUndefined();
  });

  it('forgives a user their own failures from an IP once they log in from it', async () => {
    for (let i = 0; i < 9; i += 1) await attempt('bystander@x.example', 'typo', '198.51.100.2');
    expect((await attempt('bystander@x.example', TEST_PASSWORD, '198.51.100.2')).errors).toBeUndefined();
    expect(codeOf(await attempt('bystander@x.example', 'typo', '198.51.100.2'))).toBe('UNAUTHENTICATED');
  });

  it('counts attempts before verifying, so parallel wrong passwords cannot exceed the limit', async () => {
    const tally = await codes(Array.from({ length: 15 }, (_, i) => attempt('racer@x.example', `wrong-${i}`, '203.0.113.50')));
    expect((tally.UNAUTHENTICATED ?? 0) + (tally.RATE_LIMITED ?? 0)).toBe(15);
    expect(tally.UNAUTHENTICATED ?? 0).toBeLessThanOrEqual(10);
    expect(tally.RATE_LIMITED ?? 0).toBeGreaterThanOrEqual(5);
    expect(codeOf(await attempt('racer@x.example', TEST_PASSWORD, '203.0.113.50'))).toBe('RATE_LIMITED');
    // Refused attempts count against no other limit: the IP's counter holds the verified failures only.
    const [ipCounter] = await api.dataSource.query(`SELECT points FROM login_rate_limit WHERE key = 'ip:203.0.113.50'`);
    expect(ipCounter.points).toBe(tally.UNAUTHENTICATED);
  });

  it('bounds guessing spread over many IPs with a per-account limit', async () => {
    // 3 IPs × 10 parallel failures: the account-wide limit (25) stops the rest before verification.
    const ips = ['192.0.2.1', '192.0.2.2', '192.0.2.3'];
    const tally = await codes(ips.flatMap((ip) => Array.from({ length: 10 }, (_, i) => attempt('target@x.example', `guess-${i}`, ip))));
    expect(tally.UNAUTHENTICATED ?? 0).toBeLessThanOrEqual(25);
    expect((tally.UNAUTHENTICATED ?? 0) + (tally.RATE_LIMITED ?? 0)).toBe(30);
    // The points refused attempts had taken from their IPs were given back.
    const [ipCounters] = await api.dataSource.query(
      `SELECT sum(points)::int AS n FROM login_rate_limit WHERE key IN ('ip:192.0.2.1', 'ip:192.0.2.2', 'ip:192.0.2.3')`,
    );
    expect(ipCounters.n).toBe(tally.UNAUTHENTICATED);
    expectRateLimited(await attempt('target@x.example', TEST_PASSWORD, '192.0.2.200'), 3600);
    await expire('acct');
    expect((await attempt('target@x.example', TEST_PASSWORD, '192.0.2.200')).errors).toBeUndefined();
  });

  it('limits failures per client IP across accounts', async () => {
    const tally = await codes(Array.from({ length: 15 }, (_, i) => attempt(`nobody${i}@x.example`, 'wrong-password', '192.0.2.99')));
    expect(tally).toEqual({ UNAUTHENTICATED: 15 });
    expectRateLimited(await attempt('bystander@x.example', TEST_PASSWORD, '192.0.2.99'), 600);
    expect((await attempt('bystander@x.example', TEST_PASSWORD, '192.0.2.100')).errors).toBeUndefined();
    await expire('ip');
    expect((await attempt('bystander@x.example', TEST_PASSWORD, '192.0.2.99')).errors).toBeUndefined();
  });

  it('limits registerEmployer per IP, counting every attempt before any work', async () => {
    const register = (ip: string, overrides: Record<string, unknown> = {}) =>
      api.client.request(REGISTER, registration({ email: `reg-${ip}@x.example`, ...overrides }), { 'x-forwarded-for': ip });
    const tally = await codes(Array.from({ length: 6 }, () => register('198.51.100.77', { cvr: '13748137' })));
    expect(tally).toEqual({ BAD_USER_INPUT: 3, RATE_LIMITED: 3 });
    expectRateLimited(await register('198.51.100.77'), 3600);
    expect(await api.dataSource.query(`SELECT count(*)::int AS n FROM company WHERE cvr = '10403782'`)).toEqual([{ n: 0 }]);
    expect((await register('198.51.100.78')).errors).toBeUndefined();
    await expire('reg');
    expect(codeOf(await register('198.51.100.77', { cvr: '13748137' }))).toBe('BAD_USER_INPUT');
  });

  it('answers an unknown e-mail exactly like a wrong password, in about the same time', async () => {
    const time = async (email: string, ip: string) => {
      const started = performance.now();
      const result = await attempt(email, 'definitely-wrong-password', ip);
      return { ms: performance.now() - started, error: result.errors?.[0] };
    };
    const unknown: number[] = [];
    const wrong: number[] = [];
    // 9 interleaved pairs, alternating which path goes first, each attempt from an IP of its own.
    for (let i = 0; i < 9; i += 1) {
      const ghost = () => time(`ghost${i}@x.example`, `10.9.${i}.1`);
      const known = () => time('victim@x.example', `10.9.${i}.2`);
      const first = i % 2 === 0 ? await ghost() : await known();
      const second = i % 2 === 0 ? await known() : await ghost();
      const [a, b] = i % 2 === 0 ? [first, second] : [second, first];
      expect({ message: a.error?.message, code: a.error?.extensions?.code }).toEqual({
        message: b.error?.message,
        code: b.error?.extensions?.code,
      });
      unknown.push(a.ms);
      wrong.push(b.ms);
    }
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
    // Both paths verify an argon2id hash; a missing hash check would make one path ~10× faster.
    // The bounds are generous on purpose: only that order of magnitude is being detected.
    const ratio = median(unknown) / median(wrong);
    expect(ratio).toBeGreaterThan(0.33);
    expect(ratio).toBeLessThan(3);
  });
});

describe('node(id)', () => {
  let api: TestApi;
  let roles: Awaited<ReturnType<typeof signInAllRoles>>;

  beforeAll(async () => {
    api = await startTestApi({ BOOTSTRAP_ADMIN_EMAIL: ADMIN.email, BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password });
    roles = await signInAllRoles(api.client, api.dataSource, ADMIN);
  });

  afterAll(async () => {
    await api.close();
  });

  const node = (session: SignedIn, id: string) =>
    session.client.data<{ node: { __typename: string; id: string; name?: string; email?: string } | null }>(
      `query($id: ID!) { node(id: $id) { __typename id ... on Union { name } ... on Company { name } ... on User { email } } }`,
      { id },
    );

  it('resolves reference data, companies and users by id, with their own visibility', async () => {
    const ids = await referenceIds(api.dataSource);
    expect((await node(roles.employer, ids.union3f)).node).toMatchObject({ __typename: 'Union', id: ids.union3f });
    expect((await node(roles.jobcentre, roles.companyId)).node).toMatchObject({ __typename: 'Company', name: 'Aarhus Byg ApS' });
    expect((await node(roles.jobcentre, roles.jobcentre.userId)).node).toMatchObject({ __typename: 'User' });
    expect((await node(roles.admin, roles.jobcentre.userId)).node).toMatchObject({ email: 'caseworker@test.example' });
    expect((await node(roles.employer, roles.jobcentre.userId)).node).toBeNull(); // another user's account
    expect((await node(roles.employer, '00000000-0000-4000-8000-000000000000')).node).toBeNull();
    expect((await node(roles.employer, 'not-a-uuid')).node).toBeNull();
  });

  it('needs a signed-in user', async () => {
    const result = await api.client.request('{ node(id: "00000000-0000-4000-8000-000000000000") { id } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
