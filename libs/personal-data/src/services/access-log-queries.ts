import type { Role } from '@igu/access';
import { queryRows, type SqlRunner } from '@igu/database';
import { AppError, assertPageSize, type ConnectionShape, decodeCursor, timestampKeySql, toConnection } from '@igu/graphql';

/** One access-log row as the API shows it: who, when, through what, which fields (never whose: the caller knows). */
export interface AccessLogEntry {
  id: string;
  subjectId: string;
  actorUserId: string;
  actorRole: Role;
  operation: string;
  fields: string[];
  at: Date;
}

export interface AccessLogFilter {
  /** One subject's reads (a candidate's log). */
  subject?: { type: string; id: string };
  actorUserId?: string | null;
  from?: Date | null;
  /** Exclusive. */
  to?: Date | null;
}

/** A user and how many distinct subjects they read in a period. */
export interface AccessRankingEntry {
  userId: string;
  role: Role;
  subjects: number;
  reads: number;
}

type Row = AccessLogEntry & { atKey: string };

const ORDER_NAME = 'accessLog';
const TIMESTAMP_KEY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

const COLUMNS = `a.id::text AS id, a.subject_id AS "subjectId", a.actor_user_id AS "actorUserId", a.actor_role AS "actorRole",
  a.operation, a.fields, a.accessed_at AS at, ${timestampKeySql('a.accessed_at')} AS "atKey"`;

/**
 * Newest first, keyset-paged on (accessed_at, id): the key is the timestamp to the
 * microsecond and the row's bigint id as the tiebreak (not a uuid, so the cursor
 * is decoded here rather than by `decodeKeysetCursor`).
 */
export async function accessLogPage(
  runner: SqlRunner,
  filter: AccessLogFilter,
  first: number,
  after: string | null | undefined,
): Promise<ConnectionShape<AccessLogEntry>> {
  assertPageSize(first);
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (sql: (index: number) => string, value: unknown) => {
    params.push(value);
    conditions.push(sql(params.length));
  };
  if (filter.subject) {
    add((i) => `a.subject_type = $${i}`, filter.subject.type);
    add((i) => `a.subject_id = $${i}`, filter.subject.id);
  }
  if (filter.actorUserId) add((i) => `a.actor_user_id = $${i}`, filter.actorUserId);
  if (filter.from) add((i) => `a.accessed_at >= $${i}`, filter.from);
  if (filter.to) add((i) => `a.accessed_at < $${i}`, filter.to);
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const [{ total }] = await queryRows<{ total: number }>(
    runner,
    `SELECT count(*)::int AS total FROM personal_data_access a ${where}`,
    params,
  );
  const position = decodePosition(after);
  if (position) {
    params.push(position.key, position.id);
    conditions.push(`(a.accessed_at, a.id) < (CAST($${params.length - 1} AS timestamptz), CAST($${params.length} AS bigint))`);
  }
  params.push(first + 1);
  const rows = await queryRows<Row>(
    runner,
    `SELECT ${COLUMNS} FROM personal_data_access a ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
     ORDER BY a.accessed_at DESC, a.id DESC LIMIT $${params.length}`,
    params,
  );
  return toConnection(
    rows,
    first,
    total,
    (row) => [ORDER_NAME, row.atKey, row.id],
    (row) => ({
      id: row.id,
      subjectId: row.subjectId,
      actorUserId: row.actorUserId,
      actorRole: row.actorRole,
      operation: row.operation,
      fields: row.fields,
      at: row.at,
    }),
  );
}

function decodePosition(after: string | null | undefined): { key: string; id: string } | null {
  if (!after) return null;
  const [name, key, id] = decodeCursor(after, 3);
  if (name !== ORDER_NAME || typeof key !== 'string' || !TIMESTAMP_KEY.test(key) || typeof id !== 'string' || !/^[1-9]\d{0,18}$/.test(id)) {
    throw AppError.badInput('INVALID_CURSOR', 'The cursor is not valid for this list', 'after');
  }
  return { key, id };
}

/** An access-log row with who read by name and organisation, for the person's own export. */
export type NamedAccessLogEntry = AccessLogEntry & { actorName: string | null; organisation: string | null };

/** Every read of one subject, oldest first, with the reader's name and organisation (the subject access export). */
export function accessLogOfSubject(runner: SqlRunner, subjectType: string, subjectId: string): Promise<NamedAccessLogEntry[]> {
  return queryRows<NamedAccessLogEntry>(
    runner,
    `SELECT a.id::text AS id, a.subject_id AS "subjectId", a.actor_user_id AS "actorUserId", a.actor_role AS "actorRole",
       a.operation, a.fields, a.accessed_at AS at, u.display_name AS "actorName",
       coalesce(co.name, j.name, t.name) AS organisation
     FROM personal_data_access a
       LEFT JOIN app_user u ON u.id = a.actor_user_id
       LEFT JOIN company co ON co.id = u.company_id
       LEFT JOIN jobcentre j ON j.id = u.jobcentre_id
       LEFT JOIN trade_union t ON t.id = u.union_id
     WHERE a.subject_type = $1 AND a.subject_id = $2 ORDER BY a.accessed_at, a.id`,
    [subjectType, subjectId],
  );
}

/**
 * Users ranked by the number of distinct subjects they read in [from, to):
 * the user who reads far more people than their work needs stands out at the top.
 */
export function accessRanking(runner: SqlRunner, subjectType: string, from: Date, to: Date, limit: number): Promise<AccessRankingEntry[]> {
  return queryRows<AccessRankingEntry>(
    runner,
    `SELECT a.actor_user_id AS "userId", min(a.actor_role::text) AS role,
       count(DISTINCT a.subject_id)::int AS subjects, count(*)::int AS reads
     FROM personal_data_access a
     WHERE a.subject_type = $1 AND a.accessed_at >= $2 AND a.accessed_at < $3
     GROUP BY a.actor_user_id ORDER BY subjects DESC, reads DESC, a.actor_user_id LIMIT $4`,
    [subjectType, from, to, limit],
  );
}

/**
 * Deletes the log rows older than `cutoff` (retention). The append-only trigger
 * lets exactly these through: the cutoff is declared for this transaction only.
 * Must run inside a transaction (`runner` is its manager). Returns the number deleted.
 */
export async function deleteAccessLogBefore(runner: SqlRunner, cutoff: Date): Promise<number> {
  await runner.query(`SELECT set_config('igu.access_log_retention_cutoff', $1, true)`, [cutoff.toISOString()]);
  const [, deleted] = await runner.query<[unknown[], number]>('DELETE FROM personal_data_access WHERE accessed_at < $1', [cutoff]);
  await runner.query(`SELECT set_config('igu.access_log_retention_cutoff', '', true)`);
  return deleted;
}

/** How many log rows are older than `cutoff` (the retention dry run). */
export async function countAccessLogBefore(runner: SqlRunner, cutoff: Date): Promise<number> {
  const [{ n }] = await queryRows<{ n: number }>(runner, 'SELECT count(*)::int AS n FROM personal_data_access WHERE accessed_at < $1', [
    cutoff,
  ]);
  return n;
}
