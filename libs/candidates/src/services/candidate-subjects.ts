import type { CalendarDate } from '@igu/calendar';
import { queryRow, queryRows, type SqlRunner } from '@igu/database';
import { isUuid } from '@igu/graphql';

export interface CandidateSubject {
  id: string;
  reference: string;
  jobcentreId: string;
  pseudonymisedAt: Date | null;
}

const COLUMNS = `id, reference, jobcentre_id AS "jobcentreId", pseudonymised_at AS "pseudonymisedAt"`;

/**
 * Candidates as data subjects, for the data-protection feature: which
 * jobcentre answers for them (the controller's caseworkers), and which are
 * candidates for retention. Reads only; the record's writes stay in this library.
 */
export const CandidateSubjects = {
  /** The candidate of `jobcentreId`, locked for the caller's transaction; null for anyone else's or an unknown id. */
  async lockOwn(runner: SqlRunner, jobcentreId: string, id: string): Promise<CandidateSubject | null> {
    if (!isUuid(id)) return null;
    return (
      (await queryRow<CandidateSubject>(runner, `SELECT ${COLUMNS} FROM candidate WHERE id = $1 AND jobcentre_id = $2 FOR UPDATE`, [
        id,
        jobcentreId,
      ])) ?? null
    );
  },

  /** The candidate of `jobcentreId`, or null. */
  async own(runner: SqlRunner, jobcentreId: string, id: string): Promise<CandidateSubject | null> {
    if (!isUuid(id)) return null;
    return (
      (await queryRow<CandidateSubject>(runner, `SELECT ${COLUMNS} FROM candidate WHERE id = $1 AND jobcentre_id = $2`, [
        id,
        jobcentreId,
      ])) ?? null
    );
  },

  /**
   * Not yet pseudonymised candidates whose own record was last updated on or
   * before `lastDay` (Danish days), after `afterId` in id order: the
   * candidates for retention, before their other features' activity is checked.
   */
  retentionCandidates(runner: SqlRunner, lastDay: CalendarDate, afterId: string | null, limit: number): Promise<CandidateSubject[]> {
    return queryRows<CandidateSubject>(
      runner,
      `SELECT ${COLUMNS} FROM candidate
       WHERE pseudonymised_at IS NULL AND (updated_at AT TIME ZONE 'Europe/Copenhagen')::date <= $1::date
         AND ($2::uuid IS NULL OR id > $2::uuid)
       ORDER BY id LIMIT $3`,
      [lastDay, afterId, limit],
    );
  },
};
