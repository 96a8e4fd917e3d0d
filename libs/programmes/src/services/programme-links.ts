import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { type PositionProgrammes, PositionProgrammesPort } from '@igu/positions';
import { type ProposalProgramme, type ProposalProgrammes, ProposalProgrammesPort } from '@igu/proposals';
import { recordOutboxEvent } from '@igu/queue';
import { type EntityManager, IsNull, Not } from 'typeorm';
import { ProgrammeEntity } from '../entities/programme.entity.js';
import { PROGRAMME_AGGREGATE, ProgrammeEvent } from '../events/programme.events.js';
import { queryRow } from '@igu/database';

/**
 * Programmes' answers to the libs below it (proposals, positions), plugged
 * into their ports at start-up: they ask, programmes reads and writes its own
 * table, in the caller's transaction.
 */
@Injectable()
export class ProgrammeLinks implements ProposalProgrammes, PositionProgrammes, OnModuleInit {
  constructor(
    @Inject(ProposalProgrammesPort) private readonly proposals: ProposalProgrammesPort,
    @Inject(PositionProgrammesPort) private readonly positions: PositionProgrammesPort,
  ) {}

  onModuleInit(): void {
    this.proposals.provide(this);
    this.positions.provide(this);
  }

  async lockOfProposal(manager: EntityManager, proposalId: string): Promise<ProposalProgramme | null> {
    // A statement of its own, after the caller's proposal lock: sees a programme committed while it waited.
    const row = await queryRow<ProposalProgramme>(manager, 'SELECT id, status FROM programme WHERE proposal_id = $1 FOR UPDATE', [
      proposalId,
    ]);
    return row ?? null;
  }

  async withdrawWithProposal(manager: EntityManager, programme: ProposalProgramme): Promise<void> {
    await manager.query(
      `UPDATE programme SET status = 'WITHDRAWN', version = version + 1, updated_at = now() WHERE id = $1 AND status = $2`,
      [programme.id, programme.status],
    );
    await recordOutboxEvent(manager, {
      topic: ProgrammeEvent.STATUS_CHANGED,
      aggregateType: PROGRAMME_AGGREGATE,
      aggregateId: programme.id,
      payload: { programmeId: programme.id, status: 'WITHDRAWN' },
    });
  }

  async hasSubmittedProgramme(manager: EntityManager, positionId: string): Promise<boolean> {
    return manager.existsBy(ProgrammeEntity, { positionId, submittedAt: Not(IsNull()) });
  }
}
