import { queryRows, type SqlRunner } from '@igu/database';

/** A candidate whose first-offer target date or deadline has passed with no offer (a jobcentre reminder). */
export interface FirstOfferReminderRow {
  candidateId: string;
  reference: string;
  jobcentreId: string;
  /** 'TARGET' while the target date has passed but the deadline has not; 'DEADLINE' once the deadline has passed. */
  stage: 'TARGET' | 'DEADLINE';
}

/**
 * For the notifications' daily sweep: candidates without a first offer whose
 * target date (14 days) or deadline (1 month) lies before `today`. Ids,
 * reference and jobcentre only, no personal data; uses the
 * `candidate_first_offer_pending` index.
 */
export function firstOfferRemindersDue(runner: SqlRunner, today: string): Promise<FirstOfferReminderRow[]> {
  return queryRows<FirstOfferReminderRow>(
    runner,
    `SELECT id AS "candidateId", reference, jobcentre_id AS "jobcentreId",
            CASE WHEN first_offer_deadline < $1::date THEN 'DEADLINE' ELSE 'TARGET' END AS stage
     FROM candidate
     WHERE first_offer_at IS NULL AND first_offer_target_date < $1::date AND status <> 'INACTIVE'
     ORDER BY id`,
    [today],
  );
}
