/** Outbox topics of candidates (consumed by matching). */
export const CandidateEvent = {
  CREATED: 'candidate.created',
  CHANGED: 'candidate.changed',
} as const;

export const CANDIDATE_AGGREGATE = 'candidate';

/** Ids only: the candidate and its jobcentre. */
export type CandidateEventPayload = { candidateId: string; jobcentreId: string };

declare module '@igu/queue' {
  interface OutboxEvents {
    'candidate.created': CandidateEventPayload;
    'candidate.changed': CandidateEventPayload;
  }
}
