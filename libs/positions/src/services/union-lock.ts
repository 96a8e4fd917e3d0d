import { AppError } from '@igu/graphql';
import type { EntityManager } from 'typeorm';

/**
 * An OPEN position's union may not change once a programme of it has been
 * submitted (to that union, which may have approved, sent back or refused
 * it): the employer could otherwise swap the approving union for another.
 * Programmes take their union from the position, so this is where the swap
 * would start. Reads the programme table's `submitted_at` (set once by the
 * programme's first submission) under the position's row lock.
 */
export async function assertUnionChangeAllowed(manager: EntityManager, positionId: string): Promise<void> {
  await manager.query('SELECT 1 FROM position WHERE id = $1 FOR UPDATE', [positionId]);
  const [row] = await manager.query(
    'SELECT EXISTS (SELECT 1 FROM programme WHERE position_id = $1 AND submitted_at IS NOT NULL) AS submitted',
    [positionId],
  );
  if (row.submitted === true) {
    throw AppError.conflict(
      'UNION_LOCKED',
      'The union cannot change: a programme of this position has been submitted to it',
    );
  }
}
