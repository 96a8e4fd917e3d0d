import type { EntityManager } from 'typeorm';
import { PersonalDataAccessEntity } from '../entities/personal-data-access.entity.js';

export interface PersonalDataRead {
  actorUserId: string;
  subjectType: string;
  subjectIds: readonly string[];
  fields: readonly string[];
}

/**
 * Writes one access-log row per subject read, in one statement. Callers await it
 * before returning data: if the log cannot be written, the read fails.
 */
export async function recordPersonalDataRead(manager: EntityManager, read: PersonalDataRead): Promise<void> {
  if (read.subjectIds.length === 0) return;
  await manager
    .createQueryBuilder()
    .insert()
    .into(PersonalDataAccessEntity)
    .values(
      read.subjectIds.map((subjectId) => ({
        actorUserId: read.actorUserId,
        subjectType: read.subjectType,
        subjectId,
        fields: [...read.fields],
      })),
    )
    .execute();
}
