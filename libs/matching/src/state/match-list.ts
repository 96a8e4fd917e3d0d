import { compareIds } from '../scoring/score-pair.js';

/** A ranked list, best first: higher score, then smaller id (§6). */
export interface MatchList {
  readonly ids: readonly string[];
  readonly scores: readonly number[];
}

/**
 * What the worker keeps per position or candidate: the exact best pairs down
 * to some depth (at least the k that are stored, up to a reserve below them),
 * and whether that is every pair there is.
 */
export interface DeepList extends MatchList {
  readonly complete: boolean;
}

export const EMPTY_LIST: DeepList = { ids: [], scores: [], complete: true };

/**
 * All pairs of one row that passed the hard filters, in the order of the
 * other side's pool (`slots` ascending), so two rows against the same pool
 * can be walked side by side.
 */
export interface ScoredPairs {
  ids: string[];
  scores: number[];
  slots: number[];
}

/** Is (score a, id a) ranked before (score b, id b)? */
export function ranksBefore(scoreA: number, idA: string, scoreB: number, idB: string): boolean {
  return scoreA > scoreB || (scoreA === scoreB && compareIds(idA, idB) < 0);
}

/**
 * The k best pairs. A sorted buffer of at most k entries: nearly every pair
 * loses against the current last entry with one comparison.
 */
export function selectTop(pairs: ScoredPairs, k: number): DeepList {
  const ids: string[] = [];
  const scores: number[] = [];
  for (let i = 0; i < pairs.ids.length; i++) {
    const id = pairs.ids[i]!;
    const score = pairs.scores[i]!;
    if (ids.length === k && !ranksBefore(score, id, scores[k - 1]!, ids[k - 1]!)) continue;
    insertRanked(ids, scores, id, score);
    if (ids.length > k) {
      ids.pop();
      scores.pop();
    }
  }
  return { ids, scores, complete: pairs.ids.length <= k };
}

/** The first k entries. */
export function head(list: MatchList, k: number): MatchList {
  return { ids: list.ids.slice(0, k), scores: list.scores.slice(0, k) };
}

/** Where (score, id) stands or would stand in best-first arrays. */
function rankIndex(ids: readonly string[], scores: readonly number[], score: number, id: string): number {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ranksBefore(scores[middle]!, ids[middle]!, score, id)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Inserts into best-first arrays at the rank the pair belongs. */
export function insertRanked(ids: string[], scores: number[], id: string, score: number): void {
  const at = rankIndex(ids, scores, score, id);
  ids.splice(at, 0, id);
  scores.splice(at, 0, score);
}

/** Do the first k entries of both lists agree? */
export function sameHead(a: MatchList, b: MatchList, k: number): boolean {
  const length = Math.min(k, a.ids.length);
  if (length !== Math.min(k, b.ids.length)) return false;
  for (let i = 0; i < length; i++) if (a.ids[i] !== b.ids[i] || a.scores[i] !== b.scores[i]) return false;
  return true;
}

/**
 * A list after the pair with `id` changed from score `before` to `after`
 * (null: no pair). The list is exact down to its last entry and knows nothing
 * below it, so it holds the pair exactly when the pair ranked at or above its
 * last entry (no search needed). The pair goes in when it now ranks at or
 * above the old last entry (or the list is complete); otherwise it sinks into
 * the unknown part and the list gets shorter. When fewer than the k stored
 * entries would be known, the answer is RANK_ANEW. Returns the same object
 * when nothing changed: the common case, decided in a comparison or two.
 */
export function nextList(list: DeepList, id: string, before: number | null, after: number | null, k: number, depth: number): DeepList | typeof RANK_ANEW {
  const held = before !== null && (list.complete || atOrAboveLast(list, before, id));
  const enters = after !== null && (list.complete || atOrAboveLast(list, after, id));
  if (!held && !enters) return list;
  if (held && enters && before === after) return list;
  const ids = [...list.ids];
  const scores = [...list.scores];
  if (held) {
    const at = rankIndex(ids, scores, before, id);
    if (ids[at] !== id) return RANK_ANEW; // cannot happen while lists agree with the records; heal if it does
    ids.splice(at, 1);
    scores.splice(at, 1);
  }
  if (enters) insertRanked(ids, scores, id, after);
  let complete = list.complete;
  if (ids.length > depth) {
    ids.length = depth;
    scores.length = depth;
    complete = false;
  }
  if (!complete && ids.length < k) return RANK_ANEW;
  return { ids, scores, complete };
}

export const RANK_ANEW = Symbol('rank anew');

function atOrAboveLast(list: DeepList, score: number, id: string): boolean {
  const last = list.ids.length - 1;
  return last >= 0 && !ranksBefore(list.scores[last]!, list.ids[last]!, score, id);
}
