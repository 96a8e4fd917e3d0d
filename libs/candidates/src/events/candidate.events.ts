/** Outbox topics of candidates (consumed by matching). */
export const CandidateEvent = {
  CREATED: 'candidate.created',
  CHANGED: 'candidate.changed',
  /** A batch of a handover import: the candidates it created or filled in, in one event. */
  IMPORTED: 'candidate.imported',
} as const;

export const CANDIDATE_AGGREGATE = 'candidate';

/** Ids only: the candidate and its jobcentre. */
export type CandidateEventPayload = { candidateId: string; jobcentreId: string };

/** Ids only: the jobcentre and the candidates' ids, comma-separated (an outbox payload holds scalars). */
export type CandidatesImportedPayload = { jobcentreId: string; candidateIds: string };

declare module '@igu/queue' {
  interface OutboxEvents {
    'candidate.created': CandidateEventPayload;
    'candidate.changed': CandidateEventPayload;
    'candidate.imported': CandidatesImportedPayload;
  }
}
