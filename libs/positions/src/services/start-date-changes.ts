import type { EntityManager } from 'typeorm';
import { PositionStartDateChangeEntity } from '../entities/position-start-date-change.entity.js';
import { PositionException, PositionExceptionCode } from '../errors/position.exception.js';

/**
 * At most this many start-date changes a Danish calendar day per OPEN
 * position: the employer sees its candidates' IGU eligibility at the start
 * date, so unlimited moves would let it bisect a birthday.
 */
export const START_DATE_CHANGES_PER_DAY = 3;

export interface StartDateChange {
  positionId: string;
  changedBy: string;
  /** Today in Denmark. */
  changedOn: string;
  oldStartDate: string | null;
  newStartDate: string | null;
}

/**
 * Counts today's changes under the position's row lock (so racing edits are
 * counted one after the other) and refuses one more than the limit.
 */
export async function assertStartDateChangeAllowed(manager: EntityManager, positionId: string, today: string): Promise<void> {
  await manager.query('SELECT 1 FROM position WHERE id = $1 FOR UPDATE', [positionId]);
  const done = await manager.countBy(PositionStartDateChangeEntity, { positionId, changedOn: today });
  if (done >= START_DATE_CHANGES_PER_DAY) {
    throw new PositionException(
      PositionExceptionCode.START_DATE_CHANGE_LIMIT,
      `An open position's start date can be changed at most ${START_DATE_CHANGES_PER_DAY} times a day; try again tomorrow`,
    );
  }
}

/** The audit row, in the transaction of the change. */
export async function recordStartDateChange(manager: EntityManager, change: StartDateChange): Promise<void> {
  await manager.insert(PositionStartDateChangeEntity, change);
}
