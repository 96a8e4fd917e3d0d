// One changed row against the packed other side, for the jobs that follow
// every change of a candidate or a position. The caller merges the row into
// the stored top-k lists; the scores equal those of a full run.
import type { MatchCandidate, MatchPosition, PairScore } from '../match.types.js';
import { packCandidates, type PackedCandidates } from './pack-candidates.js';
import { packPositions, type PackedPositions } from './pack-positions.js';
import { explainPair, type ScoringContext } from './match-run.js';
import { prepareRun, type ScoringOptions } from './prepare-run.js';
import { rowBuffers, scoreCandidateRow, scorePositionRow, type RowBuffers } from './score-kernel.js';
import { keyPoints, keyRank, rankKey } from './top-k.js';
import { pointsToScore } from '../scoring/score-components.js';

/**
 * Every pair of one row that passed the hard filters, best first (ties by the
 * other side's id). `others[i]` is a packed index into the other side.
 */
export class ScoredRow {
  constructor(
    readonly others: Int32Array,
    readonly scores: Float64Array,
    private readonly explainEntry: (other: number) => PairScore,
  ) {}

  get size(): number {
    return this.others.length;
  }

  /** Breakdown of the i-th entry. */
  explain(i: number): PairScore {
    return this.explainEntry(this.others[i]);
  }

  /** The best `k` entries with breakdowns: what the caller stores. */
  top(k: number): PairScore[] {
    return Array.from({ length: Math.min(k, this.size) }, (_, i) => this.explain(i));
  }
}

/** A new or changed candidate against all open positions (empty unless AVAILABLE). */
export function scoreCandidateAgainstPositions(
  candidate: MatchCandidate,
  positions: PackedPositions,
  options: ScoringOptions,
): ScoredRow {
  // Packed over the positions' skill dictionary, so no remapping is needed.
  const single = packCandidates([candidate], { skills: positions.skills });
  if (single.arrays.count === 0) return emptyRow();
  const context: ScoringContext = { positions, candidates: single, run: prepareRun(positions, single, options) };
  const centre = candidate.municipalityCentre;
  const buffers = rowBuffers(positions.arrays.count);
  const n = scoreCandidateRow(
    0,
    single.arrays,
    positions.arrays,
    context.run,
    positions.distancesTo(centre.latitude, centre.longitude),
    buffers,
  );
  // Positions are packed in id order: the index is the tie-break rank.
  return sortedRow(buffers, n, (p) => p, (rank) => rank, (p) => explainPair(context, p, 0));
}

/** A new or changed position against all available candidates (empty unless OPEN). */
export function scorePositionAgainstCandidates(
  position: MatchPosition,
  candidates: PackedCandidates,
  options: ScoringOptions,
): ScoredRow {
  const single = packPositions([position], { skills: candidates.skills });
  if (single.arrays.count === 0) return emptyRow();
  const context: ScoringContext = { positions: single, candidates, run: prepareRun(single, candidates, options) };
  const buffers = rowBuffers(candidates.arrays.count);
  const n = scorePositionRow(0, single.arrays, candidates.arrays, context.run, buffers);
  const { idRank, byRank } = candidates.arrays;
  return sortedRow(
    buffers,
    n,
    (c) => idRank[c],
    (rank) => byRank[rank],
    (c) => explainPair(context, 0, c),
  );
}

function sortedRow(
  buffers: RowBuffers,
  n: number,
  rankOf: (other: number) => number,
  otherOf: (rank: number) => number,
  explain: (other: number) => PairScore,
): ScoredRow {
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = rankKey(buffers.points[i], rankOf(buffers.others[i]));
  keys.sort().reverse();
  const others = new Int32Array(n);
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    others[i] = otherOf(keyRank(keys[i]));
    scores[i] = pointsToScore(keyPoints(keys[i]));
  }
  return new ScoredRow(others, scores, explain);
}

function emptyRow(): ScoredRow {
  return new ScoredRow(new Int32Array(0), new Float64Array(0), () => {
    throw new RangeError('Empty row');
  });
}
