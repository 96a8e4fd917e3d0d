import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** What positions must know of programmes, a lib above it, answered in the caller's transaction. */
export interface PositionProgrammes {
  /** Whether a programme of the position has ever been submitted (to its union). */
  hasSubmittedProgramme(manager: EntityManager, positionId: string): Promise<boolean>;
}

/**
 * The port through which positions asks programmes. Nest cannot inject from a
 * module that imports this one, so the programmes module plugs its answer in at
 * start-up (as job handlers and outbox routes are registered); a process
 * without programmes fails loudly on first use instead of guessing.
 */
@Injectable()
export class PositionProgrammesPort implements PositionProgrammes {
  private provider?: PositionProgrammes;

  provide(provider: PositionProgrammes): void {
    this.provider = provider;
  }

  hasSubmittedProgramme(manager: EntityManager, positionId: string): Promise<boolean> {
    if (!this.provider) throw new Error('No programmes module is loaded to answer for positions');
    return this.provider.hasSubmittedProgramme(manager, positionId);
  }
}
