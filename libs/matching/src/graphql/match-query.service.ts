import { Clock } from '@igu/clock';
import { Inject, Injectable } from '@nestjs/common';
import { type Actor, Role } from '@igu/access';
import { type ConnectionShape, decodeKeysetCursor, type KeysetOrder, keysetKey, toConnection } from '@igu/graphql';
import { DataSource } from 'typeorm';
import { iguEligibility } from '../persistence/igu-eligibility.js';
import { loadCandidateRecords, loadPositionRecords } from '../persistence/match-data.js';
import { explainMatch } from '../scoring/score-pair.js';
import { ranksBefore } from '../state/match-list.js';
import type { MatchObject } from './match.objects.js';

/** Best first: the stored score, then the other side's id. */
const BEST_FIRST: KeysetOrder = { name: 'matches', kind: 'number' };

const EMPTY = { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };

/** One entry of a stored list: the other side's id and the stored score. */
interface Entry {
  id: string;
  score: number;
  computedAt: Date;
}

/**
 * Stored matches, best first, within what the viewer may see (§5). A list is
 * one row; the page shown is explained with the reference scorer from the
 * current records (components, missing skills, distance). The score and rank
 * are the stored ones (as of `computedAt`, normally milliseconds behind a change).
 */
@Injectable()
export class MatchQueryService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** A position's best candidates: all for the owning employer, only its own candidates for a jobcentre. */
  async ofPosition(actor: Actor, positionId: string, companyId: string, first: number, after: string | null): Promise<ConnectionShape<MatchObject>> {
    let jobcentreId: string | null;
    if (actor.role === Role.EMPLOYER && actor.companyId === companyId) jobcentreId = null;
    else if (actor.role === Role.JOBCENTRE) jobcentreId = actor.jobcentreId;
    else return EMPTY;
    const entries: Entry[] = await this.dataSource.query(
      `SELECT e.id, e.score, l.computed_at AS "computedAt"
       FROM position_match_list l CROSS JOIN LATERAL unnest(l.candidate_ids, l.scores) WITH ORDINALITY AS e(id, score, rank)
       WHERE l.position_id = $1
         AND ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM candidate c WHERE c.id = e.id AND c.jobcentre_id = $2))
       ORDER BY e.rank`,
      [positionId, jobcentreId],
    );
    return this.page(entries, first, after, (page) => this.explain([positionId], page.map((entry) => entry.id), (id) => [positionId, id]));
  }

  /** A candidate's best positions; the Candidate itself is visible only to its own jobcentre. */
  async ofCandidate(candidateId: string, first: number, after: string | null): Promise<ConnectionShape<MatchObject>> {
    const entries: Entry[] = await this.dataSource.query(
      `SELECT e.id, e.score, l.computed_at AS "computedAt"
       FROM candidate_match_list l CROSS JOIN LATERAL unnest(l.position_ids, l.scores) WITH ORDINALITY AS e(id, score, rank)
       WHERE l.candidate_id = $1 ORDER BY e.rank`,
      [candidateId],
    );
    return this.page(entries, first, after, (page) => this.explain(page.map((entry) => entry.id), [candidateId], (id) => [id, candidateId]));
  }

  /** Keyset paging over a best-first list: the cursor is (score, other id). */
  private async page(
    entries: Entry[],
    first: number,
    after: string | null,
    explain: (page: Entry[]) => Promise<(entry: Entry) => MatchObject>,
  ): Promise<ConnectionShape<MatchObject>> {
    let from = 0;
    const cursor = decodeKeysetCursor(BEST_FIRST, after);
    if (cursor) {
      const [score, id] = [cursor.key as number, cursor.id];
      while (from < entries.length && !ranksBefore(score, id, entries[from]!.score, entries[from]!.id)) from++;
    }
    const rows = entries.slice(from, from + first + 1);
    const toMatch = await explain(rows.slice(0, first));
    return toConnection(rows, first, entries.length, (entry) => keysetKey(BEST_FIRST, entry.score, entry.id), toMatch);
  }

  /** Explains the pairs of a page from the current records, in two queries whatever the page size. */
  private async explain(positionIds: string[], candidateIds: string[], pairOf: (id: string) => [string, string]) {
    const manager = this.dataSource.manager;
    const positions = new Map((await loadPositionRecords(manager, positionIds)).map((record) => [record.id, record]));
    const candidates = new Map((await loadCandidateRecords(manager, candidateIds)).map((record) => [record.id, record]));
    const today = this.clock.today();
    return (entry: Entry): MatchObject => {
      const [positionId, candidateId] = pairOf(entry.id);
      const explained = explainMatch(positions.get(positionId)!, candidates.get(candidateId)!, today, iguEligibility);
      return {
        positionId,
        candidateId,
        score: entry.score,
        breakdown: explained.breakdown,
        distanceKm: explained.distanceKm,
        crossMunicipality: explained.crossMunicipality,
        computedAt: entry.computedAt,
      };
    };
  }
}
