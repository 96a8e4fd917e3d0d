import { Clock } from '@igu/clock';
import { Inject, Injectable } from '@nestjs/common';
import { type Actor, Role } from '@igu/access';
import { type ConnectionShape, decodeKeysetCursor, emptyConnection, type KeysetOrder, keysetKey, toConnection } from '@igu/graphql';
import { DataSource } from 'typeorm';
import { iguEligibility } from '../persistence/igu-eligibility.js';
import { loadCandidateRecords, loadPositionRecords } from '../persistence/match-data.js';
import { explainMatch } from '../scoring/score-pair.js';
import { ranksBefore } from '../state/match-list.js';
import type { MatchObject } from './match.objects.js';
import { PROPOSED_PAIR_SQL, type ProposedPairSql } from './match-visibility.js';

/** Best first: the stored score, then the other side's id. */
const BEST_FIRST: KeysetOrder = { name: 'matches', kind: 'number' };

/** One entry of a stored list: its owner, the other side's id and the stored score. */
interface Entry {
  ownerId: string;
  id: string;
  score: number;
  computedAt: Date;
}

/** One parent's `matches(first, after)`; many are answered together (DataLoader batches). */
export interface MatchPage {
  ownerId: string;
  first: number;
  after: string | null;
}

export interface PositionMatchPage extends MatchPage {
  /** The position's company: only its employer sees the position's matches. */
  companyId: string;
}

/** The lists' entries (best first) of several owners in one statement; `$1` is the owners' ids. */
const POSITION_ENTRIES = (visible: string) => `
  SELECT l.position_id AS "ownerId", e.id, e.score, l.computed_at AS "computedAt"
  FROM position_match_list l CROSS JOIN LATERAL unnest(l.candidate_ids, l.scores) WITH ORDINALITY AS e(id, score, rank)
  WHERE l.position_id = ANY($1::uuid[]) AND EXISTS (SELECT 1 FROM candidate c WHERE c.id = e.id AND ${visible})
  ORDER BY l.position_id, e.rank`;

/**
 * docs/domain.md §5.1: an employer sees only the candidates whose profile it may see: shared
 * with employers, or proposed to that very position (the proposals feature's condition).
 * The others are neither listed nor counted.
 */
const EMPLOYER_VISIBLE = (proposed: ProposedPairSql) => `(c.share_profile_with_employers OR ${proposed('c.id', 'l.position_id')})`;

/** A jobcentre sees its own candidates only. */
const JOBCENTRE_VISIBLE = 'c.jobcentre_id = $2';

const CANDIDATE_ENTRIES = `
  SELECT l.candidate_id AS "ownerId", e.id, e.score, l.computed_at AS "computedAt"
  FROM candidate_match_list l CROSS JOIN LATERAL unnest(l.position_ids, l.scores) WITH ORDINALITY AS e(id, score, rank)
  WHERE l.candidate_id = ANY($1::uuid[])
  ORDER BY l.candidate_id, e.rank`;

const EMPTY: ConnectionShape<MatchObject> = emptyConnection(0);

/**
 * Stored matches, best first, within what the viewer may see (docs/domain.md §5). A list is
 * one row; the page shown is explained with the reference scorer from the
 * current records (components, missing skills, distance). The score and rank
 * are the stored ones (as of `computedAt`, normally milliseconds behind a change).
 * Pages of many parents are answered together in three statements (entries,
 * positions, candidates), whatever their number.
 */
@Injectable()
export class MatchQueryService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(PROPOSED_PAIR_SQL) private readonly proposedPair: ProposedPairSql,
  ) {}

  /** A position's best candidates: the shared or proposed ones for the owning employer, its own for a jobcentre. */
  async ofPosition(
    actor: Actor,
    positionId: string,
    companyId: string,
    first: number,
    after: string | null,
  ): Promise<ConnectionShape<MatchObject>> {
    const [connection] = await this.ofPositions(actor, [{ ownerId: positionId, companyId, first, after }]);
    return connection;
  }

  /** `ofPosition` for several positions at once. */
  async ofPositions(actor: Actor, pages: readonly PositionMatchPage[]): Promise<ConnectionShape<MatchObject>[]> {
    let sql: string;
    let params: unknown[];
    let visible: readonly PositionMatchPage[];
    if (actor.role === Role.EMPLOYER) {
      visible = pages.filter((page) => page.companyId === actor.companyId);
      [sql, params] = [POSITION_ENTRIES(EMPLOYER_VISIBLE(this.proposedPair)), []];
    } else if (actor.role === Role.JOBCENTRE) {
      visible = pages;
      [sql, params] = [POSITION_ENTRIES(JOBCENTRE_VISIBLE), [actor.jobcentreId]];
    } else {
      return pages.map(() => EMPTY);
    }
    const owners = unique(visible.map((page) => page.ownerId));
    const entries: Entry[] = owners.length === 0 ? [] : await this.dataSource.query(sql, [owners, ...params]);
    const shown = new Set(visible);
    return this.answer(
      pages,
      entries,
      (page) => shown.has(page as PositionMatchPage),
      (entry) => [entry.ownerId, entry.id],
    );
  }

  /** A candidate's best positions; the Candidate itself is visible only to its own jobcentre. */
  async ofCandidate(candidateId: string, first: number, after: string | null): Promise<ConnectionShape<MatchObject>> {
    const [connection] = await this.ofCandidates([{ ownerId: candidateId, first, after }]);
    return connection;
  }

  /** `ofCandidate` for several candidates at once. */
  async ofCandidates(pages: readonly MatchPage[]): Promise<ConnectionShape<MatchObject>[]> {
    const owners = unique(pages.map((page) => page.ownerId));
    const entries: Entry[] = owners.length === 0 ? [] : await this.dataSource.query(CANDIDATE_ENTRIES, [owners]);
    return this.answer(
      pages,
      entries,
      () => true,
      (entry) => [entry.id, entry.ownerId],
    );
  }

  /** Pages every parent's entries, then explains all pages together. */
  private async answer(
    pages: readonly MatchPage[],
    entries: readonly Entry[],
    isShown: (page: MatchPage) => boolean,
    pairOf: (entry: Entry) => [positionId: string, candidateId: string],
  ): Promise<ConnectionShape<MatchObject>[]> {
    const byOwner = new Map<string, Entry[]>();
    for (const entry of entries) {
      const list = byOwner.get(entry.ownerId);
      if (list) list.push(entry);
      else byOwner.set(entry.ownerId, [entry]);
    }
    const sliced = pages.map((page) => {
      const list = isShown(page) ? (byOwner.get(page.ownerId) ?? []) : [];
      return { page, list, rows: pageOf(list, page.first, page.after) };
    });
    const explain = await this.explainer(sliced.flatMap(({ page, rows }) => rows.slice(0, page.first).map(pairOf)));
    return sliced.map(({ page, list, rows }) =>
      toConnection(
        rows,
        page.first,
        list.length,
        (entry) => keysetKey(BEST_FIRST, entry.score, entry.id),
        (entry) => explain(entry, pairOf(entry)),
      ),
    );
  }

  /** Explains the given pairs from the current records, in two statements whatever their number. */
  private async explainer(pairs: [string, string][]) {
    const manager = this.dataSource.manager;
    const positionIds = unique(pairs.map(([positionId]) => positionId));
    const candidateIds = unique(pairs.map(([, candidateId]) => candidateId));
    const positions = new Map(
      (positionIds.length ? await loadPositionRecords(manager, positionIds) : []).map((record) => [record.id, record]),
    );
    const candidates = new Map(
      (candidateIds.length ? await loadCandidateRecords(manager, candidateIds) : []).map((record) => [record.id, record]),
    );
    const today = this.clock.today();
    return (entry: Entry, [positionId, candidateId]: [string, string]): MatchObject => {
      const position = positions.get(positionId)!;
      const explained = explainMatch(position, candidates.get(candidateId)!, today, iguEligibility);
      return {
        positionId,
        candidateId,
        positionStartDate: position.startDate,
        score: entry.score,
        breakdown: explained.breakdown,
        distanceKm: explained.distanceKm,
        crossMunicipality: explained.crossMunicipality,
        computedAt: entry.computedAt,
      };
    };
  }
}

/** Keyset paging over a best-first list: the cursor is (score, other id). Returns up to `first + 1` entries. */
function pageOf(entries: readonly Entry[], first: number, after: string | null): Entry[] {
  let from = 0;
  const cursor = decodeKeysetCursor(BEST_FIRST, after);
  if (cursor) {
    const [score, id] = [cursor.key as number, cursor.id];
    while (from < entries.length && !ranksBefore(score, id, entries[from].score, entries[from].id)) from++;
  }
  return entries.slice(from, from + first + 1);
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
