import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { CandidateEvent } from '@igu/candidates';
import { HandoverEvent } from '@igu/handover';
import { MatchingEvent } from '@igu/matching';
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
  ...Object.values(MatchingEvent),
  ...Object.values(HandoverEvent),
];

/**
 * The worker's side of the outbox: every topic must have a destination before
 * the relay starts. Consumers (the `-jobs` modules) route theirs; a topic
 * nobody consumes yet would be listed here with the reason (none today).
 */
export function registerOutboxContract(routes: OutboxRoutes): void {
  routes.expect(OUTBOX_TOPICS);
}

@Injectable()
export class OutboxContract implements OnModuleInit {
  constructor(@Inject(OutboxRoutes) private readonly routes: OutboxRoutes) {}

  onModuleInit(): void {
    registerOutboxContract(this.routes);
  }
}
