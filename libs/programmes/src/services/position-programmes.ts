import type { EntityManager } from 'typeorm';

/**
 * Whether any programme of the position has been submitted (is past DRAFT, or
 * ended after a submission: withdrawn, rejected, …). An open IGU position's
 * union must not change then: a union that saw (and perhaps refused or sent
 * back) a programme would otherwise be swapped for another. For libs/positions,
 * inside its own transaction (pass its manager; the position row should be locked).
 */
export async function hasProgrammesPastDraft(manager: EntityManager, positionId: string): Promise<boolean> {
  const [row] = await manager.query(
    'SELECT EXISTS (SELECT 1 FROM programme WHERE position_id = $1 AND submitted_at IS NOT NULL) AS past',
    [positionId],
  );
  return row.past === true;
}
