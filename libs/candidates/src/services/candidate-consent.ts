import type { EntityManager } from 'typeorm';
import { queryRows, type SqlRunner } from '@igu/database';
import { CandidateConsentChangeEntity } from '../entities/candidate-consent-change.entity.js';

/** Records that consent to share the profile with employers was given or withdrawn, in the caller's transaction. */
export async function recordConsentChange(
  manager: EntityManager,
  change: { candidateId: string; shared: boolean; byUserId: string | null },
): Promise<void> {
  await manager.insert(CandidateConsentChangeEntity, {
    candidateId: change.candidateId,
    shared: change.shared,
    changedByUserId: change.byUserId,
  });
}

export interface ConsentChange {
  candidateId: string;
  shared: boolean;
  at: Date;
  byUserId: string | null;
}

/** The consent history of several candidates, each oldest first. */
export function consentHistories(runner: SqlRunner, candidateIds: readonly string[]): Promise<ConsentChange[]> {
  return queryRows<ConsentChange>(
    runner,
    `SELECT candidate_id AS "candidateId", shared, changed_at AS at, changed_by_user_id AS "byUserId"
     FROM candidate_consent_change WHERE candidate_id = ANY($1::uuid[]) ORDER BY candidate_id, changed_at, id`,
    [[...candidateIds]],
  );
}
