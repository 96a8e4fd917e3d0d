import { Inject, Injectable } from '@nestjs/common';
import { type Actor, Role } from '@igu/access';
import { type ConnectionShape, decodeCursor, toConnection } from '@igu/graphql';
import { DataSource } from 'typeorm';
import type { MatchObject } from './match.objects.js';

const EMPTY = { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };

interface MatchRow {
  position_id: string;
  candidate_id: string;
  score: number;
  occupation: number;
  skills: number;
  language: number;
  distance: number;
  availability: number;
  igu_eligible: boolean | null;
  missing_required_skills: string[];
  distance_km: number;
  cross_municipality: boolean;
  computed_at: Date;
}

function toMatch(row: MatchRow): MatchObject {
  return {
    positionId: row.position_id,
    candidateId: row.candidate_id,
    score: row.score,
    breakdown: {
      occupation: row.occupation,
      skills: row.skills,
      language: row.language,
      distance: row.distance,
      availability: row.availability,
      iguEligible: row.igu_eligible,
      missingRequiredSkills: row.missing_required_skills,
    },
    distanceKm: row.distance_km,
    crossMunicipality: row.cross_municipality,
    computedAt: row.computed_at,
  };
}

/** Stored matches, best first, within what the viewer may see (§5). */
@Injectable()
export class MatchQueryService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** A position's best candidates: all for the owning employer, only its own candidates for a jobcentre. */
  async ofPosition(actor: Actor, positionId: string, companyId: string, first: number, after: string | null): Promise<ConnectionShape<MatchObject>> {
    const list = 'm.position_id = $1 AND m.in_position_top';
    if (actor.role === Role.EMPLOYER && actor.companyId === companyId) {
      return this.page(list, [positionId], 'candidate_id', first, after);
    }
    if (actor.role === Role.JOBCENTRE) {
      const own = `${list} AND m.candidate_id IN (SELECT id FROM candidate WHERE jobcentre_id = $2)`;
      return this.page(own, [positionId, actor.jobcentreId], 'candidate_id', first, after);
    }
    return EMPTY;
  }

  /** A candidate's best positions; the Candidate itself is visible only to its own jobcentre. */
  ofCandidate(candidateId: string, first: number, after: string | null): Promise<ConnectionShape<MatchObject>> {
    return this.page('m.candidate_id = $1 AND m.in_candidate_top', [candidateId], 'position_id', first, after);
  }

  private async page(
    where: string,
    params: unknown[],
    other: 'candidate_id' | 'position_id',
    first: number,
    after: string | null,
  ): Promise<ConnectionShape<MatchObject>> {
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM match m WHERE ${where}`, params);
    const pageParams = [...params];
    let keyset = '';
    if (after) {
      const [score, id] = decodeCursor(after, 2) as [number, string];
      pageParams.push(score, id);
      const [s, o] = [pageParams.length - 1, pageParams.length];
      keyset = ` AND (m.score < $${s} OR (m.score = $${s} AND m.${other} > $${o}::uuid))`;
    }
    pageParams.push(first + 1);
    const rows: MatchRow[] = await this.dataSource.query(
      `SELECT m.* FROM match m WHERE ${where}${keyset} ORDER BY m.score DESC, m.${other} ASC LIMIT $${pageParams.length}`,
      pageParams,
    );
    return toConnection(rows, first, total, (row) => [row.score, row[other]], toMatch);
  }
}
