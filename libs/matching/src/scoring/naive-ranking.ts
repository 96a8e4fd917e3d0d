// The obvious loop over every pair with the reference scorer: the yardstick
// the fast engine is tested and benchmarked against. Quadratic and allocating
// on purpose; never use it on the national size.
import type { EligibilityCheck, MatchCandidate, MatchPosition, PairScore } from '../match.types.js';
import { compareRankedPairs, scorePair } from './score-pair.js';
import { DEFAULT_SCORING_WEIGHTS, type ScoringWeights } from './scoring-weights.js';

export interface NaiveRankingOptions {
  today: string;
  isEligible: EligibilityCheck;
  weights?: ScoringWeights;
  /** Entries kept per position and per candidate; default 50. */
  k?: number;
}

export interface NaiveRanking {
  /** Best first, by position id; only rows with at least one match. */
  perPosition: Map<string, PairScore[]>;
  perCandidate: Map<string, PairScore[]>;
}

export function rankPairsNaively(
  positions: readonly MatchPosition[],
  candidates: readonly MatchCandidate[],
  options: NaiveRankingOptions,
): NaiveRanking {
  const { today, isEligible, weights = DEFAULT_SCORING_WEIGHTS, k = 50 } = options;
  const perPosition = new Map<string, PairScore[]>();
  const perCandidate = new Map<string, PairScore[]>();
  for (const position of positions) {
    for (const candidate of candidates) {
      const pair = scorePair(position, candidate, today, isEligible, weights);
      if (!pair) continue;
      append(perPosition, pair.positionId, pair);
      append(perCandidate, pair.candidateId, pair);
    }
  }
  return { perPosition: keepBest(perPosition, k), perCandidate: keepBest(perCandidate, k) };
}

function append(rows: Map<string, PairScore[]>, key: string, pair: PairScore): void {
  const row = rows.get(key);
  if (row) row.push(pair);
  else rows.set(key, [pair]);
}

function keepBest(rows: Map<string, PairScore[]>, k: number): Map<string, PairScore[]> {
  for (const [key, row] of rows) rows.set(key, row.sort(compareRankedPairs).slice(0, k));
  return rows;
}
