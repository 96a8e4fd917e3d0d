import { Injectable } from '@nestjs/common';
import type { ProposalStatus } from '@igu/programme-rules';
import type { EntityManager } from 'typeorm';
import { queryRow } from '@igu/database';

/** A proposal as a programme being created needs it. */
export interface ProposalForProgramme {
  id: string;
  status: ProposalStatus;
  candidateId: string;
  positionId: string;
}

/**
 * SQL condition owned by proposals, for another feature's query: whether a
 * proposal (in any status) pairs the candidate with the position. The
 * arguments are column expressions of the caller's query.
 */
export function proposedPairSql(candidateColumn: string, positionColumn: string): string {
  return `EXISTS (SELECT 1 FROM proposal pr WHERE pr.candidate_id = ${candidateColumn} AND pr.position_id = ${positionColumn})`;
}

/** Proposal reads other features run inside their own transaction (the `manager` is the caller's). */
@Injectable()
export class ProposalCommands {
  /**
   * The proposal, locked for the rest of the caller's transaction: a racing
   * withdrawal waits, then sees the programme created meanwhile. The caller
   * checks that the proposal is its own (through its position).
   */
  async lockForProgramme(manager: EntityManager, id: string): Promise<ProposalForProgramme | null> {
    const row = await queryRow<ProposalForProgramme>(
      manager,
      `SELECT id, status, candidate_id AS "candidateId", position_id AS "positionId" FROM proposal WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row ?? null;
  }
}
