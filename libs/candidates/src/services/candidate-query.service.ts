import { Clock } from '@igu/clock';
import { Inject, Injectable } from '@nestjs/common';
import { type Actor, scopeOf } from '@igu/access';
import { assertPageSize, type ConnectionShape, isUuid, toConnection } from '@igu/graphql';
import { DataSource } from 'typeorm';
import { CandidateEntity } from '../entities/candidate.entity.js';
import { CandidateCrypto } from './candidate-crypto.js';
import { type CandidateListFilter, ownCandidatesQuery } from './candidate-list.query.js';
import { fullRecords } from './candidate-records.js';
import type { CandidateView } from './candidate-views.js';
import { requireJobcentre } from './jobcentre-scope.js';
import { applyKeyset, cursorKey } from './keyset.js';
import { CandidateException, CandidateExceptionCode } from '../errors/candidate.exception.js';

/** Full-record reads for the candidate's own jobcentre; every one is in the access log. */
@Injectable()
export class CandidateQueryService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CandidateCrypto) private readonly crypto: CandidateCrypto,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** NOT_FOUND for anyone but the candidate's own jobcentre: whether it exists is not theirs to know. */
  async byId(actor: Actor, id: string, operation = 'candidate'): Promise<CandidateView> {
    const scope = scopeOf(actor);
    if (scope.kind !== 'jobcentre' || !isUuid(id))
      throw new CandidateException(CandidateExceptionCode.CANDIDATE_NOT_FOUND, 'Candidate not found');
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.findOneBy(CandidateEntity, { id, jobcentreId: scope.jobcentreId });
      if (!row) throw new CandidateException(CandidateExceptionCode.CANDIDATE_NOT_FOUND, 'Candidate not found');
      const [view] = await fullRecords(manager, this.crypto, { actor, operation, rows: [row], today: this.clock.today() });
      return view;
    });
  }

  async list(actor: Actor, filter: CandidateListFilter, first: number, after?: string | null): Promise<ConnectionShape<CandidateView>> {
    const scope = requireJobcentre(actor);
    assertPageSize(first);
    const today = this.clock.today();
    return this.dataSource.transaction(async (manager) => {
      const { query, order } = ownCandidatesQuery(manager, scope, filter, { crypto: this.crypto, today });
      const totalCount = await query.clone().getCount();
      applyKeyset(query, 'c', order, after);
      const rows = await query.limit(first + 1).getMany();
      const page = rows.slice(0, first);
      const views = await fullRecords(manager, this.crypto, { actor, operation: 'candidates', rows: page, today });
      const byId = new Map(views.map((view) => [view.id, view]));
      return toConnection(
        rows,
        first,
        totalCount,
        (row) => cursorKey(order, row),
        (row) => byId.get(row.id)!,
      );
    });
  }
}
