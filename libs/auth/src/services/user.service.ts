import { Inject, Injectable } from '@nestjs/common';
import { isUniqueViolation, queryRow } from '@igu/database';
import { type ConnectionShape, decodeKeysetCursor, isUuid, type KeysetOrder, keysetKey, timestampKeySql, toConnection } from '@igu/graphql';
import { DataSource, type EntityManager, In } from 'typeorm';
import { type Actor, Role } from '@igu/access';
import { UserEntity } from '../entities/user.entity.js';
import { assertPasswordAcceptable, normaliseDisplayName, normaliseEmail } from './account-rules.js';
import { PasswordHasher } from './password-hasher.js';
import { actorFrom } from './token.service.js';
import { AuthException, AuthExceptionCode } from '../errors/auth.exception.js';

export interface NewUser {
  email: string;
  password: string;
  displayName: string;
  role: Role;
  companyId?: string | null;
  jobcentreId?: string | null;
  unionId?: string | null;
}

/** Newest first; the key is `created_at` to the microsecond, so no user is skipped or repeated between pages. */
const NEWEST_FIRST: KeysetOrder = { name: 'users', kind: 'timestamp' };

const LIST_COLUMNS = `u.id, u.email, u.display_name AS "displayName", u.role, u.company_id AS "companyId",
  u.jobcentre_id AS "jobcentreId", u.union_id AS "unionId", u.created_at AS "createdAt",
  ${timestampKeySql('u.created_at')} AS "createdKey"`;

/** The organisation column each role needs, and the table it points into. */
const ORGANISATION = {
  [Role.EMPLOYER]: { field: 'companyId', table: 'company' },
  [Role.JOBCENTRE]: { field: 'jobcentreId', table: 'jobcentre' },
  [Role.UNION_REP]: { field: 'unionId', table: 'trade_union' },
} as const;

@Injectable()
export class UserService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(PasswordHasher) private readonly hasher: PasswordHasher,
  ) {}

  createInTransaction(input: NewUser): Promise<UserEntity> {
    return this.dataSource.transaction((manager) => this.create(manager, input));
  }

  /** Validates, hashes and inserts within the caller's transaction. */
  async create(manager: EntityManager, input: NewUser): Promise<UserEntity> {
    const email = normaliseEmail(input.email);
    assertPasswordAcceptable(input.password);
    const displayName = normaliseDisplayName(input.displayName);
    const organisation = await this.organisationFor(manager, input);
    try {
      return await manager.save(
        manager.create(UserEntity, {
          email,
          displayName,
          role: input.role,
          passwordHash: await this.hasher.hash(input.password),
          companyId: null,
          jobcentreId: null,
          unionId: null,
          ...organisation,
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error, 'app_user_email_unique')) {
        throw new AuthException(AuthExceptionCode.EMAIL_TAKEN, 'An account with this e-mail already exists');
      }
      throw error;
    }
  }

  /** Exactly the organisation of the role must be given, and it must exist. */
  private async organisationFor(manager: EntityManager, input: NewUser): Promise<Partial<Record<string, string>>> {
    const own = input.role === Role.ADMIN ? undefined : ORGANISATION[input.role].field;
    for (const { field } of Object.values(ORGANISATION)) {
      if (field !== own && input[field]) {
        throw new AuthException(
          AuthExceptionCode.ORGANISATION_NOT_ALLOWED,
          `${field} does not apply to role ${input.role}`,
          `input.${field}`,
        );
      }
    }
    if (input.role === Role.ADMIN) return {};
    const { field, table } = ORGANISATION[input.role];
    const id = input[field];
    if (!id)
      throw new AuthException(AuthExceptionCode.ORGANISATION_REQUIRED, `${field} is required for role ${input.role}`, `input.${field}`);
    const exists = isUuid(id) && (await queryRow(manager, `SELECT 1 FROM ${table} WHERE id = $1`, [id])) !== undefined;
    if (!exists)
      throw new AuthException(AuthExceptionCode.UNKNOWN_ORGANISATION, `No ${table.replace('_', ' ')} has that id`, `input.${field}`);
    return { [field]: id };
  }

  /** Every account, newest first, keyset-paginated; for administrators (the resolver checks the role). */
  async list(role: Role | null, first: number, after?: string | null): Promise<ConnectionShape<UserEntity>> {
    const params: unknown[] = [];
    const conditions: string[] = [];
    if (role) {
      params.push(role);
      conditions.push(`u.role = $${params.length}::user_role`);
    }
    const where = (extra: string[] = []) => ([...conditions, ...extra].length ? `WHERE ${[...conditions, ...extra].join(' AND ')}` : '');
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM app_user u ${where()}`,
      params,
    );
    const pageParams = [...params];
    const keyset: string[] = [];
    const cursor = decodeKeysetCursor(NEWEST_FIRST, after);
    if (cursor) {
      pageParams.push(cursor.key, cursor.id);
      keyset.push(`(u.created_at, u.id) < ($${pageParams.length - 1}::timestamptz, $${pageParams.length}::uuid)`);
    }
    pageParams.push(first + 1);
    const rows: (UserEntity & { createdKey: string })[] = await this.dataSource.query(
      `SELECT ${LIST_COLUMNS} FROM app_user u ${where(keyset)} ORDER BY u.created_at DESC, u.id DESC LIMIT $${pageParams.length}`,
      pageParams,
    );
    return toConnection(rows, first, total, (row) => keysetKey(NEWEST_FIRST, row.createdKey, row.id));
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ email: email.trim().toLowerCase() });
  }

  byIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.dataSource.getRepository(UserEntity).findBy({ id: In([...ids]) });
  }

  /** The accounts of one company, jobcentre or union (who an organisation's notices go to). */
  async memberIds(organisation: { companyId: string } | { jobcentreId: string } | { unionId: string }): Promise<string[]> {
    const users = await this.dataSource.getRepository(UserEntity).find({ select: { id: true }, where: organisation, order: { id: 'ASC' } });
    return users.map((user) => user.id);
  }

  async me(actor: Actor): Promise<UserEntity> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: actor.userId });
    if (!user) throw new AuthException(AuthExceptionCode.ACCOUNT_GONE, 'The account no longer exists');
    return user;
  }

  /** Creates the first ADMIN from configuration when there is none yet; concurrent starts create one. */
  async ensureBootstrapAdmin(email: string, password: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      // One starting instance at a time decides whether an admin exists.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('igu:bootstrap-admin'))`);
      const existing = await queryRow(manager, `SELECT 1 FROM app_user WHERE role = 'ADMIN' LIMIT 1`);
      if (existing) return false;
      await this.create(manager, { email, password, displayName: 'Administrator', role: Role.ADMIN });
      return true;
    });
  }
}

export function actorOf(user: UserEntity): Actor {
  const actor = actorFrom(user.id, user.role, user.companyId ?? user.jobcentreId ?? user.unionId);
  if (!actor) throw new Error(`User ${user.id} has no organisation for role ${user.role}`);
  return actor;
}
