import type { Role } from '@igu/access';
import type { EntityManager } from 'typeorm';
import { PersonalDataAccessEntity } from '../entities/personal-data-access.entity.js';

export interface PersonalDataRead {
  /** Who read, in which role. */
  actor: { userId: string; role: Role };
  /** The API operation that read (`candidate`, `candidates`, `export`, …): names only, never an argument's value. */
  operation: string;
  subjectType: string;
  subjectIds: readonly string[];
  fields: readonly string[];
}

/**
 * Writes one access-log row per subject read, in one statement. Callers await it
 * before returning data: if the log cannot be written, the read fails.
 */
export async function recordPersonalDataRead(manager: EntityManager, read: PersonalDataRead): Promise<void> {
  const subjectIds = [...new Set(read.subjectIds)];
  if (subjectIds.length === 0) return;
  await manager
    .createQueryBuilder()
    .insert()
    .into(PersonalDataAccessEntity)
    .values(
      subjectIds.map((subjectId) => ({
        actorUserId: read.actor.userId,
        actorRole: read.actor.role,
        operation: read.operation,
        subjectType: read.subjectType,
        subjectId,
        fields: [...read.fields],
      })),
    )
    .execute();
}

/**
 * A read of personal data and its access-log rows as one statement: the rows
 * are inserted by a data-modifying WITH, so the read returns nothing unless
 * they are written, in one round trip. `select` is the read; it numbers its
 * own parameters (`params`) from $7. Returns the statement and its parameters.
 */
export function withAccessLog(read: PersonalDataRead, select: string, params: readonly unknown[]): [string, unknown[]] {
  const sql = `WITH access_logged AS (
      INSERT INTO personal_data_access (actor_user_id, actor_role, operation, subject_type, subject_id, fields)
      SELECT $1::uuid, $2::user_role, $3::text, $4::text, subject, $6::text[] FROM unnest($5::uuid[]) AS subject)
    ${select}`;
  const subjectIds = [...new Set(read.subjectIds)];
  return [sql, [read.actor.userId, read.actor.role, read.operation, read.subjectType, subjectIds, [...read.fields], ...params]];
}
