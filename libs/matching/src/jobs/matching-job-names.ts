export const MatchingJob = {
  FULL_RECOMPUTE: 'full-recompute',
  CANDIDATE_CHANGED: 'candidate-changed',
  CANDIDATES_IMPORTED: 'candidates-imported',
  POSITION_CHANGED: 'position-changed',
} as const;
