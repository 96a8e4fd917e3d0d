// One changed row against the packed other side, for the jobs that follow
// every change of a candidate or a position. The caller merges the row into
// the stored top-k lists; the scores equal those of a full run.
import type { MatchCandidate, MatchPosition, PairScore } from '../match.types.js';
import { pointsToScore } from '../scoring/score-components.js';
import { packCandidates, type PackedCandidates } from './pack-candidates.js';
import { packPositions, type PackedPositions } from './pack-positions.js';
import { explainPair, type ScoringContext } from './match-run.js';
import type { RunArrays } from './packed-arrays.js';
import { prepareRun, type ScoringOptions } from './prepare-run.js';
import { boundedBuffers, scorePositionRowBounded, type BoundedBuffers, type RowFloors } from './bounded-row.js';
import { rowBuffers, scoreCandidateRow, scorePositionRow, type RowBuffers } from './score-kernel.js';
import { heapSet, keyRank, offerTopK, rankKey, sortRowsBestFirst } from './top-k.js';

/**
 * Every pair of one row that passed the hard filters. `others[i]` is a packed
 * index into the other side and `scores[i]` its score, in scan order (no
 * sorting unless asked: a caller updating the other side's stored lists needs
 * every pair, a caller storing this row's matches only the top k).
 */
export class ScoredRow {
  readonly scores: Float64Array;

  constructor(
    readonly others: Int32Array,
    private readonly points: Int32Array,
    private readonly tieBreak: TieBreak,
    private readonly explainOther: (other: number) => PairScore,
  ) {
    // A plain loop: Float64Array.from with a mapper is several times slower on rows of thousands.
    this.scores = new Float64Array(points.length);
    for (let i = 0; i < points.length; i++) this.scores[i] = pointsToScore(points[i]);
  }

  get size(): number {
    return this.others.length;
  }

  /** Breakdown of the i-th pair (scan order). */
  explain(i: number): PairScore {
    return this.explainOther(this.others[i]);
  }

  /** The best `k` pairs with breakdowns, best first, ties by the other side's id. */
  top(k: number): PairScore[] {
    if (k < 1 || this.size === 0) return [];
    const { rankOf, otherOfRank } = this.tieBreak;
    const best = heapSet(1, k);
    for (let i = 0; i < this.size; i++) offerTopK(best, 0, k, rankKey(this.points[i], rankOf(this.others[i])));
    sortRowsBestFirst(best, k);
    return Array.from(best.keys.subarray(0, best.counts[0]), (key) => this.explainOther(otherOfRank(keyRank(key))));
  }

  /** Every pair, best first. */
  ranked(): PairScore[] {
    return this.top(this.size);
  }
}

/** The other side's id order: rank of a packed index, and back. */
interface TieBreak {
  readonly rankOf: (other: number) => number;
  readonly otherOfRank: (rank: number) => number;
}

/** Positions are packed in id order: the index is the rank. */
const POSITION_ORDER: TieBreak = { rankOf: (p) => p, otherOfRank: (rank) => rank };

/**
 * The pairs of one row in a reused work area: `others[i]` (packed index of
 * the other side) and `points[i]` (score in ten-thousandths) for i < n, in
 * scan order. Valid until the next row is scored against the same pack.
 */
export interface RowView {
  n: number;
  /** Pairs that passed the hard filters, when fewer (n) were scored. */
  total?: number;
  others: Int32Array;
  points: Int32Array;
}

/** A new or changed candidate against all open positions (empty unless AVAILABLE). */
export function scoreCandidateAgainstPositions(candidate: MatchCandidate, positions: PackedPositions, options: ScoringOptions): ScoredRow {
  const view = candidateRowView(candidate, positions, options);
  if (!view.context) return emptyRow();
  const { context } = view;
  return collectRow(view, POSITION_ORDER, (p) => explainPair(context, p, 0));
}

/** The same row without copies (the worker's kept state merges it straight away). */
export function candidateRowView(
  candidate: MatchCandidate,
  positions: PackedPositions,
  options: ScoringOptions,
): RowView & { context?: ScoringContext } {
  // Packed over the positions' skill dictionary, so no remapping is needed.
  const alone = packedAlone(candidate, positions);
  const single = alone.packed;
  if (single.arrays.count === 0) return EMPTY_VIEW;
  let run = alone.runs.get(positions);
  if (run?.options !== options) alone.runs.set(positions, (run = { options, arrays: prepareRun(positions, single, options) }));
  const context: ScoringContext = { positions, candidates: single, run: run.arrays };
  const centre = candidate.municipalityCentre;
  const buffers = reusableBuffers(positions, positions.arrays.count);
  const distances = positions.distancesTo(centre.latitude, centre.longitude);
  const n = scoreCandidateRow(0, single.arrays, positions.arrays, context.run, distances, buffers);
  return { n, others: buffers.others, points: buffers.points, context };
}

/** A new or changed position against all available candidates (empty unless OPEN). */
export function scorePositionAgainstCandidates(position: MatchPosition, candidates: PackedCandidates, options: ScoringOptions): ScoredRow {
  const view = positionRowView(position, candidates, options);
  if (!view.context) return emptyRow();
  const { context } = view;
  const { idRank, byRank } = candidates.arrays;
  const candidateOrder: TieBreak = { rankOf: (c) => idRank[c], otherOfRank: (rank) => byRank[rank] };
  return collectRow(view, candidateOrder, (c) => explainPair(context, 0, c));
}

/**
 * The same row without copies. With `floors` (the kept state's), only the
 * pairs that can matter are scored (bounded-row.ts), and `total` says how
 * many pairs the row has in all.
 */
export function positionRowView(
  position: MatchPosition,
  candidates: PackedCandidates,
  options: ScoringOptions,
  floors?: RowFloors,
): RowView & { context?: ScoringContext } {
  const single = packPositions([position], { skills: candidates.skills });
  if (single.arrays.count === 0) return EMPTY_VIEW;
  const context: ScoringContext = { positions: single, candidates, run: prepareRun(single, candidates, options) };
  if (floors) {
    const buffers = reusableBoundedBuffers(candidates, candidates.arrays.count);
    const { kept, total } = scorePositionRowBounded(0, single.arrays, candidates.arrays, context.run, floors, buffers);
    return { n: kept, total, others: buffers.out.others, points: buffers.out.points, context };
  }
  const buffers = reusableBuffers(candidates, candidates.arrays.count);
  const n = scorePositionRow(0, single.arrays, candidates.arrays, context.run, buffers);
  return { n, others: buffers.others, points: buffers.points, context };
}

const EMPTY_VIEW: RowView = { n: 0, others: new Int32Array(0), points: new Int32Array(0) };

/**
 * A candidate packed alone over a positions pack's dictionary, kept for the
 * last few candidates: the worker scores a changed candidate's old record
 * right after it scored it as the new one (and ranks the same lists again),
 * so the pack and its eligibility per day are reused.
 */
interface PackedAlone {
  skills: object;
  packed: PackedCandidates;
  /** Its run arrays against each positions pack it was scored with. */
  runs: WeakMap<PackedPositions, { options: ScoringOptions; arrays: RunArrays }>;
}

/** Per candidate, one entry per positions dictionary it was packed over (the worker's pool has a few packs). */
const recentlyPacked = new Map<MatchCandidate, PackedAlone[]>();
const RECENTLY_PACKED = 64;

function packedAlone(candidate: MatchCandidate, positions: PackedPositions): PackedAlone {
  const entries = recentlyPacked.get(candidate) ?? [];
  const known = entries.find((entry) => entry.skills === positions.skills);
  if (known) return known;
  const alone: PackedAlone = {
    skills: positions.skills,
    packed: packCandidates([candidate], { skills: positions.skills }),
    runs: new WeakMap(),
  };
  recentlyPacked.delete(candidate);
  recentlyPacked.set(candidate, [alone, ...entries.slice(0, 3)]);
  if (recentlyPacked.size > RECENTLY_PACKED) recentlyPacked.delete(recentlyPacked.keys().next().value!);
  return alone;
}

/** One work area per packed side, reused by every row scored against it (these functions are synchronous). */
const buffersBySide = new WeakMap<object, RowBuffers>();

function reusableBuffers(side: object, capacity: number): RowBuffers {
  let buffers = buffersBySide.get(side);
  if (!buffers || buffers.others.length < capacity) buffersBySide.set(side, (buffers = rowBuffers(capacity)));
  return buffers;
}

const boundedBySide = new WeakMap<object, BoundedBuffers>();

function reusableBoundedBuffers(side: object, capacity: number): BoundedBuffers {
  let buffers = boundedBySide.get(side);
  if (!buffers || buffers.bounds.length < capacity) boundedBySide.set(side, (buffers = boundedBuffers(capacity)));
  return buffers;
}

/** Copies the pairs out of the reused buffers. */
function collectRow(view: RowView, tieBreak: TieBreak, explain: (other: number) => PairScore): ScoredRow {
  return new ScoredRow(view.others.slice(0, view.n), view.points.slice(0, view.n), tieBreak, explain);
}

function emptyRow(): ScoredRow {
  return new ScoredRow(new Int32Array(0), new Int32Array(0), POSITION_ORDER, () => {
    throw new RangeError('Empty row');
  });
}
