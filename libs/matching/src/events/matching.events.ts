/** Outbox topics of matching (for the notifications feature; see the worker's outbox contract). */
export const MatchingEvent = {
  NEW_MATCHES: 'matching.new-matches',
} as const;

/** The score from which a match is worth a notice (docs/domain.md §10). */
export const STRONG_MATCH_SCORE = 0.7;

/**
 * A position's or a candidate's list gained a match scoring at least
 * STRONG_MATCH_SCORE (aggregate id: the position or candidate). `day` is the
 * Danish calendar day of the change: the consumer sends at most one notice per
 * list and day. Only incremental changes emit; full runs (daily, admin, after
 * an import) emit nothing, so they cannot flood.
 */
export type NewMatchesPayload = { side: 'position' | 'candidate'; day: string };

declare module '@igu/queue' {
  interface OutboxEvents {
    'matching.new-matches': NewMatchesPayload;
  }
}
