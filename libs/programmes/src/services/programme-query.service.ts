import { Inject, Injectable } from '@nestjs/common';
import { type Actor, Role } from '@igu/access';
import { type ConnectionShape, decodeKeysetCursor, isUuid, type KeysetOrder, keysetKey, timestampKeySql, toConnection } from '@igu/graphql';
import type { ProgrammeKind, ProgrammeStatus, RuleViolation } from '@igu/programme-rules';
import { DataSource, In } from 'typeorm';
import { ProgrammeApprovalEntity } from '../entities/programme-approval.entity.js';
import { ProgrammeEntity } from '../entities/programme.entity.js';
import { ruleViolationsOfMany } from './programme-rules-context.js';
import { ProgrammeException, ProgrammeExceptionCode } from '../errors/programme.exception.js';

/**
 * Newest first. `created_at` has microseconds: the cursor key is its exact text
 * from PostgreSQL (a JS Date would cut it to milliseconds and skip rows).
 */
const NEWEST_FIRST: KeysetOrder = { name: 'programmes', kind: 'timestamp' };

export interface ProgrammeListFilter {
  statuses?: ProgrammeStatus[] | null;
  kinds?: ProgrammeKind[] | null;
}

/**
 * Who sees a programme (docs/domain.md §5): the employer of its company, the jobcentre of its
 * candidate, the representatives of its union once submitted to it, ADMIN all.
 */
function visibility(actor: Actor, qb: import('typeorm').SelectQueryBuilder<ProgrammeEntity>): void {
  switch (actor.role) {
    case Role.EMPLOYER:
      qb.andWhere('g.company_id = :scope', { scope: actor.companyId });
      break;
    case Role.JOBCENTRE:
      qb.andWhere('g.candidate_id IN (SELECT id FROM candidate WHERE jobcentre_id = :scope)', { scope: actor.jobcentreId });
      break;
    case Role.UNION_REP:
      // From the first submission on: not while the employer drafts, whichever union it names.
      qb.andWhere('g.union_id = :scope AND g.submitted_at IS NOT NULL', { scope: actor.unionId });
      break;
    case Role.ADMIN:
      break;
  }
}

@Injectable()
export class ProgrammeQueryService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async byId(actor: Actor, id: string): Promise<ProgrammeEntity> {
    if (!isUuid(id)) throw new ProgrammeException(ProgrammeExceptionCode.PROGRAMME_NOT_FOUND, 'Programme not found');
    const qb = this.dataSource.getRepository(ProgrammeEntity).createQueryBuilder('g').where('g.id = :id', { id });
    visibility(actor, qb);
    const programme = await qb.getOne();
    if (!programme) throw new ProgrammeException(ProgrammeExceptionCode.PROGRAMME_NOT_FOUND, 'Programme not found');
    return programme;
  }

  async list(actor: Actor, filter: ProgrammeListFilter, first: number, after?: string | null): Promise<ConnectionShape<ProgrammeEntity>> {
    const qb = this.dataSource.getRepository(ProgrammeEntity).createQueryBuilder('g').where('true');
    visibility(actor, qb);
    if (filter.statuses?.length) qb.andWhere('g.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.kinds?.length) qb.andWhere('g.kind IN (:...kinds)', { kinds: filter.kinds });
    const totalCount = await qb.clone().getCount();
    const cursor = decodeKeysetCursor(NEWEST_FIRST, after);
    if (cursor)
      qb.andWhere('(g.created_at, g.id) < (CAST(:afterKey AS timestamptz), CAST(:afterId AS uuid))', {
        afterKey: cursor.key,
        afterId: cursor.id,
      });
    const { entities: rows, raw } = await qb
      .addSelect(timestampKeySql('g.created_at'), 'created_key')
      .orderBy('g.created_at', 'DESC')
      .addOrderBy('g.id', 'DESC')
      .limit(first + 1)
      .getRawAndEntities<{ g_id: string; created_key: string }>();
    const keys = new Map(raw.map((row) => [row.g_id, row.created_key]));
    return toConnection(rows, first, totalCount, (row) => keysetKey(NEWEST_FIRST, keys.get(row.id)!, row.id));
  }

  approvalsOf(programmeIds: readonly string[]): Promise<ProgrammeApprovalEntity[]> {
    return this.dataSource.getRepository(ProgrammeApprovalEntity).find({
      where: { programmeId: In([...programmeIds]) },
      order: { decidedAt: 'ASC', id: 'ASC' },
    });
  }

  byProposalIds(proposalIds: readonly string[]): Promise<ProgrammeEntity[]> {
    return this.dataSource.getRepository(ProgrammeEntity).findBy({ proposalId: In([...proposalIds]) });
  }

  /** One statement for all the programmes (a page's worth). */
  ruleViolationsOfMany(programmes: readonly ProgrammeEntity[]): Promise<RuleViolation[][]> {
    return ruleViolationsOfMany(this.dataSource.manager, programmes);
  }
}
