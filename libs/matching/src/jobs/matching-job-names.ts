export const MatchingJob = {
  FULL_RECOMPUTE: 'full-recompute',
  CANDIDATE_CHANGED: 'candidate-changed',
  POSITION_CHANGED: 'position-changed',
} as const;
