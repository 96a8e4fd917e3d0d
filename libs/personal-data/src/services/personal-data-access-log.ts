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
