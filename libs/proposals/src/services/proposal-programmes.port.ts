import { Injectable } from '@nestjs/common';
import type { ProgrammeStatus } from '@igu/programme-rules';
import type { EntityManager } from 'typeorm';

/** A proposal's programme, as far as the proposal's own state machine needs it. */
export interface ProposalProgramme {
  id: string;
  status: ProgrammeStatus;
}

/** What proposals must know of, and ask of, programmes (a lib above it), in the caller's transaction. */
export interface ProposalProgrammes {
  /** The programme of the proposal, if any, locked: a racing start waits for the caller or is seen as started. */
  lockOfProposal(manager: EntityManager, proposalId: string): Promise<ProposalProgramme | null>;
  /** Withdraws a programme that has not started, because its proposal was withdrawn; programmes announces it. */
  withdrawWithProposal(manager: EntityManager, programme: ProposalProgramme): Promise<void>;
}

/**
 * The port through which proposals asks programmes. Nest cannot inject from a
 * module that imports this one, so the programmes module plugs its answer in
 * at start-up (as job handlers and outbox routes are registered); a process
 * without programmes fails loudly on first use instead of guessing.
 */
@Injectable()
export class ProposalProgrammesPort implements ProposalProgrammes {
  private provider?: ProposalProgrammes;

  provide(provider: ProposalProgrammes): void {
    this.provider = provider;
  }

  lockOfProposal(manager: EntityManager, proposalId: string): Promise<ProposalProgramme | null> {
    return this.required().lockOfProposal(manager, proposalId);
  }

  withdrawWithProposal(manager: EntityManager, programme: ProposalProgramme): Promise<void> {
    return this.required().withdrawWithProposal(manager, programme);
  }

  private required(): ProposalProgrammes {
    if (!this.provider) throw new Error('No programmes module is loaded to answer for proposals');
    return this.provider;
  }
}
