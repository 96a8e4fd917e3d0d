/** Weights of the five components (docs/domain.md §6): a parameter of the scorer and the engine; every caller uses the defaults. */
export interface ScoringWeights {
  occupation: number;
  skills: number;
  language: number;
  distance: number;
  availability: number;
}

export const DEFAULT_SCORING_WEIGHTS: Readonly<ScoringWeights> = Object.freeze({
  occupation: 0.35,
  skills: 0.25,
  language: 0.15,
  distance: 0.15,
  availability: 0.1,
});

/** Non-negative weights summing to 1 keep every score in [0, 1], as the contract says. */
export function assertValidWeights(weights: ScoringWeights): ScoringWeights {
  const values = [weights.occupation, weights.skills, weights.language, weights.distance, weights.availability];
  if (values.some((value) => !Number.isFinite(value) || value < 0)) {
    throw new RangeError('Scoring weights must be finite and non-negative');
  }
  const sum = values.reduce((total, value) => total + value, 0);
  if (Math.abs(sum - 1) > 1e-9) throw new RangeError(`Scoring weights must sum to 1, not ${sum}`);
  return weights;
}
