import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { CandidateEvent } from '@igu/candidates';
import { HandoverEvent } from '@igu/handover';
import { PositionEvent } from '@igu/positions';
import { ProgrammeEvent } from '@igu/programmes';
import { ProposalEvent } from '@igu/proposals';
import { OutboxRoutes } from '@igu/queue';

/** Every topic a feature writes to the outbox (each feature's `events/<feature>.events.ts`). */
export const OUTBOX_TOPICS: readonly string[] = [
  ...Object.values(CandidateEvent),
  ...Object.values(PositionEvent),
  ...Object.values(ProposalEvent),
  ...Object.values(ProgrammeEvent),
  ...Object.values(HandoverEvent),
];

const NOTIFICATIONS_NEXT = 'the notifications feature, next, consumes it; its rows wait in the outbox until then';

/**
 * The worker's side of the outbox: every topic must have a destination before
 * the relay starts. Consumers (the `-jobs` modules) route theirs; the topics
 * nobody consumes yet are listed here with the reason.
 */
export function registerOutboxContract(routes: OutboxRoutes): void {
  routes.expect(OUTBOX_TOPICS);
  for (const topic of [...Object.values(ProposalEvent), ...Object.values(ProgrammeEvent)]) routes.noConsumerYet(topic, NOTIFICATIONS_NEXT);
  // One event per finished import (never one per person), for the notification to the uploading jobcentre.
  routes.noConsumerYet(HandoverEvent.IMPORT_FINISHED, NOTIFICATIONS_NEXT);
}

@Injectable()
export class OutboxContract implements OnModuleInit {
  constructor(@Inject(OutboxRoutes) private readonly routes: OutboxRoutes) {}

  onModuleInit(): void {
    registerOutboxContract(this.routes);
  }
}
