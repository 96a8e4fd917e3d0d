import { Injectable } from '@nestjs/common';
import type { EligibilityFacts } from '@igu/eligibility';
import { recordOutboxEvent } from '@igu/queue';
import type { EntityManager } from 'typeorm';
import type { CandidateStatus } from '../candidate-status.js';
import { CandidateEntity } from '../entities/candidate.entity.js';
import { CANDIDATE_AGGREGATE, CandidateEvent } from '../events/candidate.events.js';
import { eligibilityFactsOf } from '../rules/eligibility-facts.js';
import { queryRow } from '@igu/database';

/** A candidate as a proposal needs it. */
export interface CandidateForProposal {
  status: CandidateStatus;
  eligibilityFacts: EligibilityFacts;
  municipalityCode: number;
}

/**
 * Candidate commands other features run inside their own transaction (the
 * `manager` is the caller's): the only writes of the candidate table from
 * outside candidates, each announcing its own change.
 */
@Injectable()
export class CandidateCommands {
  /**
   * The jobcentre's own candidate, or null (another jobcentre's does not exist
   * for it). Not locked: a proposal holds nothing of the candidate, and a
   * programme start locks the candidate before the position (`lock`), so a
   * lock here, taken after the position's, could deadlock with it.
   */
  async readForProposal(manager: EntityManager, jobcentreId: string, id: string): Promise<CandidateForProposal | null> {
    const row = await manager.findOne(CandidateEntity, {
      select: {
        status: true,
        municipalityCode: true,
        dateOfBirth: true,
        residenceBasis: true,
        arrivedInDenmarkOn: true,
        priorIgu: true,
        iguStartedOn: true,
      },
      where: { id, jobcentreId },
    });
    return row ? { status: row.status, municipalityCode: row.municipalityCode, eligibilityFacts: eligibilityFactsOf(row) } : null;
  }

  /**
   * Locks the candidate row for the rest of the caller's transaction and
   * returns its status (null when there is no such candidate): checks against
   * the candidate, then changes to it, see the same row.
   */
  async lock(manager: EntityManager, id: string): Promise<CandidateStatus | null> {
    const row = await queryRow<{ status: CandidateStatus }>(manager, 'SELECT status FROM candidate WHERE id = $1 FOR UPDATE', [id]);
    return row?.status ?? null;
  }

  /** The first offer is set once, by the first acceptance. */
  async recordFirstOffer(manager: EntityManager, id: string, day: string): Promise<void> {
    await manager.query('UPDATE candidate SET first_offer_at = $2 WHERE id = $1 AND first_offer_at IS NULL', [id, day]);
  }

  /** One IGU per person, ever: the first IGU start is recorded on the person. */
  async recordIguStart(manager: EntityManager, id: string, day: string): Promise<void> {
    await manager.query('UPDATE candidate SET igu_started_on = $2 WHERE id = $1 AND igu_started_on IS NULL', [id, day]);
  }

  /** A status set by another feature (a programme starting or ending); announced like an edit. */
  async setStatus(manager: EntityManager, id: string, status: CandidateStatus): Promise<void> {
    const [rows]: [{ jobcentre_id: string }[], number] = await manager.query(
      'UPDATE candidate SET status = $2, version = version + 1, updated_at = now() WHERE id = $1 RETURNING jobcentre_id',
      [id, status],
    );
    const row = rows.at(0);
    if (!row) return;
    await recordOutboxEvent(manager, {
      topic: CandidateEvent.CHANGED,
      aggregateType: CANDIDATE_AGGREGATE,
      aggregateId: id,
      payload: { candidateId: id, jobcentreId: row.jobcentre_id },
    });
  }
}
