import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { type Actor, Role } from '@igu/access';
import { CompanyService } from '@igu/companies';
import type { AppConfig } from '@igu/config';
import { AppError, ErrorCode } from '@igu/graphql';
import { storeProfiles, testConfig, useTestDataSource } from '@igu/testing';
import { SignJWT } from 'jose';
import { AuthException } from './errors/auth.exception.js';
import { authExceptionToAppError } from './graphql/auth-exception.mapper.js';
import { AuthService } from './services/auth.service.js';
import { LoginThrottleService } from './services/login-throttle.service.js';
import { PasswordHasher } from './services/password-hasher.js';
import { RateLimitStore } from './services/rate-limit-store.js';
import { RegistrationThrottleService } from './services/registration-throttle.service.js';
import { TokenService } from './services/token.service.js';
import { actorOf, UserService } from './services/user.service.js';

const PASSWORD = 'a-long-enough-test-password';
const PAIR_LIMIT = 3;
const IP_LIMIT = 6;

/** The rejection's code and reason, for comparing errors by what the API reports. */
async function failure(promise: Promise<unknown>): Promise<{ code: ErrorCode; reason?: string }> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  // Domain code throws AuthException (mapped to the client's error at the API's edge), shared checks AppError.
  const appError = error instanceof AuthException ? authExceptionToAppError(error) : error;
  if (!(appError instanceof AppError)) throw new Error(`expected an AuthException or AppError, got ${String(error)}`);
  return { code: appError.code, ...(appError.info.reason ? { reason: appError.info.reason } : {}) };
}

/** Accounts, login throttling and tokens on a real database, wired by hand as the AuthModule wires them. */
describe('auth services on PostgreSQL', () => {
  const db = useTestDataSource('auth-test', { poolSize: 4 });
  let config: AppConfig;
  let users: UserService;
  let tokens: TokenService;
  let hasher: PasswordHasher;
  let jobcentreId: string;

  beforeAll(async () => {
    config = testConfig(db.database.url);
    hasher = new PasswordHasher();
    users = new UserService(db.dataSource, hasher);
    tokens = new TokenService(config);
    [{ id: jobcentreId }] = await db.dataSource.query('SELECT jobcentre_id AS id FROM municipality WHERE code = 101');
  });

  const caseworker = (email: string) =>
    users.createInTransaction({ email, password: PASSWORD, displayName: 'Sagsbehandler', role: Role.JOBCENTRE, jobcentreId });

  describe('UserService', () => {
    it('stores a normalised e-mail and an argon2 hash, and finds the account by e-mail in any case', async () => {
      const user = await caseworker('  Case.Worker@Jobcenter.Example ');
      expect(user.email).toBe('case.worker@jobcenter.example');
      const [row] = await db.dataSource.query('SELECT password_hash FROM app_user WHERE id = $1', [user.id]);
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
      expect((await users.findByEmail('CASE.WORKER@jobcenter.example'))?.id).toBe(user.id);
      expect(actorOf(user)).toEqual({ userId: user.id, role: Role.JOBCENTRE, jobcentreId });
    });

    it('refuses a second account with the same e-mail, whatever its case', async () => {
      await caseworker('taken@jobcenter.example');
      expect(await failure(caseworker('TAKEN@jobcenter.example'))).toEqual({ code: ErrorCode.CONFLICT, reason: 'EMAIL_TAKEN' });
    });

    it("requires exactly the role's organisation, and one that exists", async () => {
      const base = { password: PASSWORD, displayName: 'Someone' };
      expect(await failure(users.createInTransaction({ ...base, email: 'a@x.example', role: Role.JOBCENTRE }))).toEqual({
        code: ErrorCode.BAD_USER_INPUT,
        reason: 'ORGANISATION_REQUIRED',
      });
      expect(
        await failure(users.createInTransaction({ ...base, email: 'b@x.example', role: Role.EMPLOYER, companyId: jobcentreId })),
      ).toEqual({ code: ErrorCode.BAD_USER_INPUT, reason: 'UNKNOWN_ORGANISATION' });
      expect(await failure(users.createInTransaction({ ...base, email: 'c@x.example', role: Role.ADMIN, jobcentreId }))).toEqual({
        code: ErrorCode.BAD_USER_INPUT,
        reason: 'ORGANISATION_NOT_ALLOWED',
      });
      expect(await db.dataSource.query(`SELECT email FROM app_user WHERE email LIKE '%@x.example'`)).toEqual([]);
    });

    it('creates one bootstrap admin when several instances start at once', async () => {
      const created = await Promise.all([1, 2, 3].map(() => users.ensureBootstrapAdmin('admin@auth.example', PASSWORD)));
      expect(created.filter(Boolean)).toHaveLength(1);
      expect(await db.dataSource.query(`SELECT email FROM app_user WHERE role = 'ADMIN'`)).toEqual([{ email: 'admin@auth.example' }]);
      expect(await users.ensureBootstrapAdmin('other-admin@auth.example', PASSWORD)).toBe(false);
    });
  });

  describe.each(storeProfiles())('login throttling, counters in $name', ({ name, env }) => {
    const silent = { info: () => undefined, warn: () => undefined };
    /** Accounts of their own per store (e-mails are unique). */
    const email = (local: string) => `${local}-${name.toLowerCase()}@jobcenter.example`;
    let store: RateLimitStore;
    let auth: AuthService;

    beforeAll(async () => {
      const limits = testConfig(db.database.url, {
        LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_IP: String(PAIR_LIMIT),
        LOGIN_MAX_FAILURES_PER_IP: String(IP_LIMIT),
        LOGIN_MAX_FAILURES_PER_ACCOUNT: String(IP_LIMIT + 1),
        ...env,
      });
      store = new RateLimitStore(db.dataSource, limits, silent);
      await store.connect();
      auth = new AuthService(
        db.dataSource,
        users,
        new CompanyService(db.dataSource),
        hasher,
        tokens,
        new LoginThrottleService(store, limits),
        new RegistrationThrottleService(store, limits),
      );
    });

    afterAll(async () => {
      await store.close();
    });

    it('is the store the configuration names', () => {
      expect(store.kind).toBe(name === 'Redis' ? 'redis' : 'postgres');
    });

    it('signs in with a token whose actor is the account, however the e-mail is written', async () => {
      const user = await caseworker(email('login'));
      const result = await auth.login(` ${email('LOGIN')}`, PASSWORD, '192.0.2.1');
      expect(result.user.id).toBe(user.id);
      expect(await tokens.verify(result.accessToken)).toEqual(actorOf(user));
    });

    it('counts parallel wrong passwords atomically: exactly the limit is checked, the rest are refused', async () => {
      await caseworker(email('parallel'));
      const outcomes = await Promise.all(
        Array.from({ length: PAIR_LIMIT + 4 }, () => failure(auth.login(email('parallel'), 'wrong-password-123', '192.0.2.2'))),
      );
      expect(outcomes.filter((outcome) => outcome.code === ErrorCode.UNAUTHENTICATED)).toHaveLength(PAIR_LIMIT);
      expect(outcomes.filter((outcome) => outcome.code === ErrorCode.RATE_LIMITED)).toHaveLength(4);
      // Now even the right password is refused from that address, but not from another one.
      expect((await failure(auth.login(email('parallel'), PASSWORD, '192.0.2.2'))).code).toBe(ErrorCode.RATE_LIMITED);
      await expect(auth.login(email('parallel'), PASSWORD, '192.0.2.3')).resolves.toBeDefined();
    });

    it("forgives a user's own typos once they sign in", async () => {
      await caseworker(email('typos'));
      for (let attempt = 1; attempt < PAIR_LIMIT; attempt++) {
        expect((await failure(auth.login(email('typos'), 'wrong-password-123', '192.0.2.4'))).code).toBe(ErrorCode.UNAUTHENTICATED);
      }
      await auth.login(email('typos'), PASSWORD, '192.0.2.4');
      for (let attempt = 1; attempt < PAIR_LIMIT; attempt++) {
        expect((await failure(auth.login(email('typos'), 'wrong-password-123', '192.0.2.4'))).code).toBe(ErrorCode.UNAUTHENTICATED);
      }
    });

    it('limits one address guessing across many accounts, unknown ones included', async () => {
      const outcomes: string[] = [];
      for (let account = 0; account <= IP_LIMIT; account++) {
        outcomes.push((await failure(auth.login(email(`nobody-${account}`), 'wrong-password-123', '192.0.2.5'))).code);
      }
      expect(outcomes).toEqual([...Array<string>(IP_LIMIT).fill(ErrorCode.UNAUTHENTICATED), ErrorCode.RATE_LIMITED]);
    });
  });

  describe('TokenService', () => {
    const admin: Actor = { userId: '00000000-0000-4000-8000-000000000001', role: Role.ADMIN };

    it('verifies its own tokens and nothing signed otherwise', async () => {
      const { accessToken, expiresAt } = await tokens.issue(admin);
      expect(await tokens.verify(accessToken)).toEqual(admin);
      expect(expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(config.JWT_TTL_SECONDS * 1000);
      const [header, payload, signature] = accessToken.split('.');
      const tampered = `${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
      expect(await tokens.verify(`${header}.${payload}.${tampered}`)).toBeNull();
      const otherKey = new TextEncoder().encode('another-secret-that-is-long-enough-0123456789');
      const forged = await new SignJWT({ role: Role.ADMIN })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(admin.userId)
        .setIssuer(config.JWT_ISSUER)
        .setAudience(config.JWT_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(otherKey);
      expect(await tokens.verify(forged)).toBeNull();
    });

    it('refuses an expired token and one for another audience', async () => {
      const key = new TextEncoder().encode(config.JWT_SECRET);
      const signed = (audience: string, expiresAt: number) =>
        new SignJWT({ role: Role.ADMIN })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject(admin.userId)
          .setIssuer(config.JWT_ISSUER)
          .setAudience(audience)
          .setIssuedAt(expiresAt - 60)
          .setExpirationTime(expiresAt)
          .sign(key);
      const now = Math.floor(Date.now() / 1000);
      expect(await tokens.verify(await signed(config.JWT_AUDIENCE, now + 60))).toEqual(admin);
      expect(await tokens.verify(await signed(config.JWT_AUDIENCE, now - 60))).toBeNull();
      expect(await tokens.verify(await signed('another-api', now + 60))).toBeNull();
    });

    it('remembers a token that verified, until it expires', async () => {
      const { accessToken } = await tokens.issue(admin);
      const verified = await tokens.verifyToken(accessToken);
      expect(verified).toMatchObject({ actor: admin });
      expect(Object.isFrozen(verified) && Object.isFrozen(verified!.actor)).toBe(true); // shared by the token's requests
      expect(await tokens.verifyToken(accessToken)).toBe(verified); // from memory, not checked again
      const now = jest.spyOn(Date, 'now');
      try {
        // jose's rule, 5 s of clock tolerance: still good just before, refused from then on.
        now.mockReturnValue(verified!.expiresAt + 4_999);
        expect(await tokens.verify(accessToken)).toEqual(admin);
        now.mockReturnValue(verified!.expiresAt + 5_000);
        expect(await tokens.verify(accessToken)).toBeNull();
      } finally {
        now.mockRestore();
      }
    });
  });
});
