import { queryRows } from '@igu/database';
import { type PersonalDataContributor, PersonalDataContributorOf } from '@igu/personal-data';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { advanceMatchingState, lockMatchingState } from './match-list-store.js';

/**
 * The matches computed for the person: their own list (positions and scores),
 * which is what the person was shown to jobcentres as. Pseudonymising removes
 * the person from every stored list under the matching state lock and bumps its
 * generation, like any matching write, so a worker holding the lists in memory
 * reloads them; a pseudonymised candidate is never loaded for matching again.
 */
@Injectable()
@PersonalDataContributorOf('matches')
export class MatchingPersonalData implements PersonalDataContributor {
  readonly section = 'matches';
  readonly fields = ['matches'] as const;

  async exportFor(manager: EntityManager, candidateId: string): Promise<unknown> {
    return queryRows<{ positionId: string; positionTitle: string; score: number; computedAt: Date }>(
      manager,
      `SELECT e.id AS "positionId", p.title AS "positionTitle", e.score, l.computed_at AS "computedAt"
       FROM candidate_match_list l CROSS JOIN LATERAL unnest(l.position_ids, l.scores) WITH ORDINALITY AS e(id, score, rank)
       JOIN position p ON p.id = e.id
       WHERE l.candidate_id = $1 ORDER BY e.rank`,
      [candidateId],
    );
  }

  async pseudonymise(manager: EntityManager, candidateId: string): Promise<void> {
    // The state lock first, as every list writer takes it: a full run holds it while it swaps the
    // list tables in (DROP waits for every transaction that has read them), so reading the lists
    // before waiting for this lock would deadlock with a run.
    await lockMatchingState(manager);
    const [{ listed }] = await queryRows<{ listed: boolean }>(
      manager,
      `SELECT EXISTS (SELECT 1 FROM candidate_match_list WHERE candidate_id = $1)
           OR EXISTS (SELECT 1 FROM position_match_list WHERE $1 = ANY(candidate_ids)) AS listed`,
      [candidateId],
    );
    if (!listed) return;
    await manager.query('DELETE FROM candidate_match_list WHERE candidate_id = $1', [candidateId]);
    // Both arrays from the row's old values, so ids and scores stay aligned.
    await manager.query(
      `UPDATE position_match_list l SET
         candidate_ids = ARRAY(SELECT e.id FROM unnest(l.candidate_ids, l.scores) WITH ORDINALITY AS e(id, score, rank)
                               WHERE e.id <> $1 ORDER BY e.rank),
         scores = ARRAY(SELECT e.score FROM unnest(l.candidate_ids, l.scores) WITH ORDINALITY AS e(id, score, rank)
                        WHERE e.id <> $1 ORDER BY e.rank)
       WHERE $1 = ANY(l.candidate_ids)`,
      [candidateId],
    );
    await advanceMatchingState(manager);
  }
}
