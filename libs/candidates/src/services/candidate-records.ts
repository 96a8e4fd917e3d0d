import type { Actor } from '@igu/access';
import type { CalendarDate } from '@igu/calendar';
import { recordPersonalDataRead } from '@igu/personal-data';
import type { EntityManager } from 'typeorm';
import type { CandidateEntity } from '../entities/candidate.entity.js';
import type { CandidateCrypto } from './candidate-crypto.js';
import { CANDIDATE_PERSONAL_FIELDS, type CandidateView, toCandidateView } from './candidate-views.js';

/**
 * The only place a full record (`CandidateView`) is built: one access-log row per
 * candidate, written in the transaction of the read before anything is
 * decrypted. If the log cannot be written, the read fails. (`Proposal.candidateContact`
 * decrypts only the contact fields, and logs them the same way.)
 */
export async function fullRecords(
  manager: EntityManager,
  crypto: CandidateCrypto,
  { actor, operation, rows, today }: { actor: Actor; operation: string; rows: readonly CandidateEntity[]; today: CalendarDate },
): Promise<CandidateView[]> {
  // Every list row is a read of that person: a list of 20 names is 20 log rows.
  await recordPersonalDataRead(manager, {
    actor,
    operation,
    subjectType: 'candidate',
    subjectIds: rows.map((row) => row.id),
    fields: CANDIDATE_PERSONAL_FIELDS,
  });
  return rows.map((row) => toCandidateView(row, crypto.decryptContact(row), today));
}
