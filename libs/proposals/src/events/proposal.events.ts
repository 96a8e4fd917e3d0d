import type { ProposalStatus } from '@igu/programme-rules';

/** Outbox topics of proposals (for the notifications feature; see the worker's outbox contract). */
export const ProposalEvent = {
  CREATED: 'proposal.created',
  STATUS_CHANGED: 'proposal.status-changed',
} as const;

export const PROPOSAL_AGGREGATE = 'proposal';

export type ProposalCreatedPayload = { proposalId: string; positionId: string; candidateId: string };
export type ProposalStatusChangedPayload = { proposalId: string; status: ProposalStatus };

declare module '@igu/queue' {
  interface OutboxEvents {
    'proposal.created': ProposalCreatedPayload;
    'proposal.status-changed': ProposalStatusChangedPayload;
  }
}
