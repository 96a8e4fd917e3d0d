import { Injectable } from '@nestjs/common';
import { recordOutboxEvent } from '@igu/queue';
import type { EntityManager } from 'typeorm';
import { POSITION_AGGREGATE, PositionEvent } from '../events/position.events.js';
import type { PositionKind } from '../position.enums.js';
import { queryRow } from '@igu/database';

/** An OPEN position as a proposal needs it. */
export interface OpenPosition {
  id: string;
  kind: PositionKind;
  municipalityCode: number;
  startDate: string | null;
  companyId: string;
}

/** What a programme takes over from its position. */
export interface ProgrammeTerms {
  kind: PositionKind;
  unionId: string | null;
  hourlyWageDkk: number | null;
  collectiveAgreement: string | null;
}

/**
 * Position commands other features run inside their own transaction (the
 * `manager` is the caller's): each reads or writes the position table here
 * and announces its own change.
 */
@Injectable()
export class PositionCommands {
  /**
   * The position if it is OPEN, share-locked: a racing close waits for the
   * caller's transaction (a jobcentre sees OPEN positions only; anything else
   * does not exist for it).
   */
  async lockOpenForProposal(manager: EntityManager, id: string): Promise<OpenPosition | null> {
    const row = await queryRow<OpenPosition>(
      manager,
      `SELECT id, kind, municipality_code AS "municipalityCode", start_date AS "startDate", company_id AS "companyId"
       FROM position WHERE id = $1 AND status = 'OPEN' FOR SHARE`,
      [id],
    );
    return row ?? null;
  }

  /** The terms of a position of the company, or null when it is another company's. */
  async programmeTermsOf(manager: EntityManager, id: string, companyId: string): Promise<ProgrammeTerms | null> {
    const row = await queryRow<Omit<ProgrammeTerms, 'hourlyWageDkk'> & { hourlyWageDkk: string | null }>(
      manager,
      `SELECT kind, union_id AS "unionId", hourly_wage_dkk AS "hourlyWageDkk", collective_agreement AS "collectiveAgreement"
       FROM position WHERE id = $1 AND company_id = $2`,
      [id, companyId],
    );
    return row ? { ...row, hourlyWageDkk: row.hourlyWageDkk === null ? null : Number(row.hourlyWageDkk) } : null;
  }

  async unionOf(manager: EntityManager, id: string): Promise<string | null> {
    const row = await queryRow<{ union_id: string | null }>(manager, 'SELECT union_id FROM position WHERE id = $1', [id]);
    return row?.union_id ?? null;
  }

  /**
   * Fills an OPEN position whose openings are all taken, and announces
   * `position.filled`. The row is locked before `countTaken` (the caller's
   * count of started programmes) runs: two concurrent starts then count one
   * after the other, so the second sees the first and the last opening taken
   * always fills the position. Positions never reads the programme table.
   */
  async fillIfOpeningsTaken(manager: EntityManager, id: string, countTaken: () => Promise<number>): Promise<boolean> {
    await manager.query('SELECT 1 FROM position WHERE id = $1 FOR UPDATE', [id]);
    const taken = await countTaken();
    // TypeORM answers an UPDATE … RETURNING with [rows, affectedCount].
    const [rows]: [{ version: number }[], number] = await manager.query(
      `UPDATE position SET status = 'FILLED', version = version + 1, updated_at = now()
       WHERE id = $1 AND status = 'OPEN' AND openings <= $2 RETURNING version`,
      [id, taken],
    );
    if (rows.length === 0) return false;
    await recordOutboxEvent(manager, {
      topic: PositionEvent.FILLED,
      aggregateType: POSITION_AGGREGATE,
      aggregateId: id,
      payload: { positionId: id, version: rows[0].version },
    });
    return true;
  }
}
