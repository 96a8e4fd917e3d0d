import type { EntityManager } from 'typeorm';
import type { PositionProgrammes } from './position-programmes.port.js';
import { PositionException, PositionExceptionCode } from '../errors/position.exception.js';

/**
 * An OPEN position's union may not change once a programme of it has been
 * submitted (to that union, which may have approved, sent back or refused
 * it): the employer could otherwise swap the approving union for another.
 * Programmes take their union from the position, so this is where the swap
 * would start. Asks programmes (submission is set once, by the first submit)
 * under the position's row lock.
 */
export async function assertUnionChangeAllowed(manager: EntityManager, positionId: string, programmes: PositionProgrammes): Promise<void> {
  await manager.query('SELECT 1 FROM position WHERE id = $1 FOR UPDATE', [positionId]);
  if (await programmes.hasSubmittedProgramme(manager, positionId)) {
    throw new PositionException(
      PositionExceptionCode.UNION_LOCKED,
      'The union cannot change: a programme of this position has been submitted to it',
    );
  }
}
