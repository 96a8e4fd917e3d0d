import { Clock } from '@igu/clock';
import { Inject, Injectable } from '@nestjs/common';
import { type Actor, Role } from '@igu/access';
import {
  type ConnectionShape,
  decodeKeysetCursor,
  emptyConnection,
  isUuid,
  type KeysetOrder,
  keysetKey,
  timestampKeySql,
  toConnection,
} from '@igu/graphql';
import type { ProposalStatus } from '@igu/programme-rules';
import { DataSource, In } from 'typeorm';
import { ProposalEventEntity } from '../entities/proposal-event.entity.js';
import { ProposalEntity } from '../entities/proposal.entity.js';
import { visibleProposals } from './proposal-scope.js';
import { ProposalException, ProposalExceptionCode } from '../errors/proposal.exception.js';
import { queryRow, queryRows } from '@igu/database';

export interface ProposalListFilter {
  statuses?: ProposalStatus[] | null;
  positionId?: string | null;
  candidateId?: string | null;
}

type ProposalRow = ProposalEntity & { createdKey: string };

/** Newest first; the key is `created_at` to the microsecond, so rows sharing a millisecond are neither skipped nor repeated. */
const NEWEST_FIRST: KeysetOrder = { name: 'proposals', kind: 'timestamp' };

const COLUMNS = `p.id, p.version, p.status, p.position_id AS "positionId", p.candidate_id AS "candidateId",
  p.jobcentre_id AS "jobcentreId", p.note, p.cross_municipality AS "crossMunicipality", p.interview_at AS "interviewAt",
  p.interview_mode AS "interviewMode", p.interview_location AS "interviewLocation",
  p.decision_reason AS "decisionReason", p.created_at AS "createdAt", p.updated_at AS "updatedAt",
  ${timestampKeySql('p.created_at')} AS "createdKey"`;

/** Reads of proposals within what the actor may see; `byIdsUnscoped` and `profilesByIds` serve parents the viewer already sees. */
@Injectable()
export class ProposalQueryService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async byId(actor: Actor, id: string): Promise<ProposalEntity> {
    if (!isUuid(id)) throw new ProposalException(ProposalExceptionCode.PROPOSAL_NOT_FOUND, 'Proposal not found');
    const scope = visibleProposals(actor, 2);
    const row = await queryRow<ProposalRow>(
      this.dataSource,
      `SELECT ${COLUMNS} FROM proposal p JOIN position pos ON pos.id = p.position_id WHERE p.id = $1 AND ${scope.sql}`,
      [id, ...scope.params],
    );
    if (!row) throw new ProposalException(ProposalExceptionCode.PROPOSAL_NOT_FOUND, 'Proposal not found');
    return row;
  }

  /**
   * Newest first, keyset-paginated. ADMIN sees counts only (docs/domain.md §5):
   * the total, never the proposals themselves.
   */
  async list(actor: Actor, filter: ProposalListFilter, first: number, after?: string | null): Promise<ConnectionShape<ProposalEntity>> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    const add = (sql: (index: number) => string, value: unknown) => {
      params.push(value);
      conditions.push(sql(params.length));
    };
    if (actor.role !== Role.ADMIN) {
      const scope = visibleProposals(actor, 1);
      params.push(...scope.params);
      conditions.push(scope.sql);
    }
    if (filter.statuses?.length) add((i) => `p.status = ANY($${i}::proposal_status[])`, filter.statuses);
    if (filter.positionId) add((i) => `p.position_id = $${i}`, isUuid(filter.positionId) ? filter.positionId : null);
    if (filter.candidateId) add((i) => `p.candidate_id = $${i}`, isUuid(filter.candidateId) ? filter.candidateId : null);
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const from = 'FROM proposal p JOIN position pos ON pos.id = p.position_id';
    const [{ total }] = await queryRows<{ total: number }>(this.dataSource, `SELECT count(*)::int AS total ${from} ${where}`, params);
    if (actor.role === Role.ADMIN) return emptyConnection(total);
    const pageParams = [...params];
    let keyset = '';
    const cursor = decodeKeysetCursor(NEWEST_FIRST, after);
    if (cursor) {
      pageParams.push(cursor.key, cursor.id);
      keyset = `${where ? ' AND' : 'WHERE'} (p.created_at, p.id) < ($${pageParams.length - 1}::timestamptz, $${pageParams.length}::uuid)`;
    }
    pageParams.push(first + 1);
    const rows: ProposalRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} ${from} ${where}${keyset} ORDER BY p.created_at DESC, p.id DESC LIMIT $${pageParams.length}`,
      pageParams,
    );
    return toConnection(rows, first, total, (row) => keysetKey(NEWEST_FIRST, row.createdKey, row.id));
  }

  /**
   * The first page of proposals of many positions or candidates at once (a
   * page of parents costs two statements, not two per parent), within the
   * actor's scope; cursors as `list`, so a next page continues with `list`.
   */
  async firstPagesOf(
    actor: Actor,
    parent: 'positionId' | 'candidateId',
    parentIds: readonly string[],
    first: number,
  ): Promise<ConnectionShape<ProposalEntity>[]> {
    const scope = visibleProposals(actor, 2);
    const column = parent === 'positionId' ? 'p.position_id' : 'p.candidate_id';
    const rows: (ProposalRow & { parent: string; total: number })[] = await this.dataSource.query(
      `SELECT * FROM (
         SELECT ${COLUMNS}, ${column} AS parent,
                count(*) OVER (PARTITION BY ${column})::int AS total,
                row_number() OVER (PARTITION BY ${column} ORDER BY p.created_at DESC, p.id DESC) AS n
         FROM proposal p JOIN position pos ON pos.id = p.position_id
         WHERE ${column} = ANY($1::uuid[]) AND ${scope.sql}) page
       WHERE n <= $${scope.params.length + 2} ORDER BY parent, n`,
      [parentIds, ...scope.params, first + 1],
    );
    const byParent = new Map<string, (ProposalRow & { total: number })[]>();
    for (const row of rows) byParent.set(row.parent, [...(byParent.get(row.parent) ?? []), row]);
    return parentIds.map((id) => {
      const page = byParent.get(id) ?? [];
      return toConnection(page, first, page[0]?.total ?? 0, (row) => keysetKey(NEWEST_FIRST, row.createdKey, row.id));
    });
  }

  /** Unscoped: only for parents (programmes) the viewer may already see. */
  byIdsUnscoped(ids: readonly string[]): Promise<ProposalEntity[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM proposal p WHERE p.id = ANY($1::uuid[])`, [ids]);
  }

  /** How often the proposal's interview was scheduled (the first time and each reschedule). */
  async interviewSchedulingCount(proposalId: string): Promise<number> {
    const [{ n }] = await queryRows<{ n: number }>(
      this.dataSource,
      'SELECT count(*)::int AS n FROM proposal_event WHERE proposal_id = $1 AND interview_at IS NOT NULL',
      [proposalId],
    );
    return n;
  }

  historyOf(proposalIds: readonly string[]): Promise<ProposalEventEntity[]> {
    return this.dataSource.getRepository(ProposalEventEntity).find({
      where: { proposalId: In([...proposalIds]) },
      order: { at: 'ASC', id: 'ASC' },
    });
  }
}
