import { Clock } from '@igu/clock';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '@igu/access';
import { createIdempotently, IdempotencyKeyError, isUniqueViolation } from '@igu/database';
import { isUuid } from '@igu/graphql';
import { recordOutboxEvent } from '@igu/queue';
import { CANDIDATE_AGGREGATE, CandidateEvent } from '../events/candidate.events.js';
import { DataSource } from 'typeorm';
import { CandidateEntity } from '../entities/candidate.entity.js';
import { CandidateCrypto } from './candidate-crypto.js';
import { CandidateQueryService } from './candidate-query.service.js';
import { fullRecords } from './candidate-records.js';
import type { CandidateView } from './candidate-views.js';
import { type CandidateChanges, candidateChangeValues, insertCandidate, type NewCandidate } from './candidate-writer.js';
import { recordConsentChange } from './candidate-consent.js';
import { requireJobcentre } from './jobcentre-scope.js';
import { CandidateException, CandidateExceptionCode } from '../errors/candidate.exception.js';

const REFERENCE_ATTEMPTS = 5;

/** Registration and edits of candidates by their jobcentre. */
@Injectable()
export class CandidateService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CandidateCrypto) private readonly crypto: CandidateCrypto,
    @Inject(CandidateQueryService) private readonly queries: CandidateQueryService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async create(actor: Actor, input: NewCandidate & { idempotencyKey?: string | null }): Promise<CandidateView> {
    const scope = requireJobcentre(actor);
    const { idempotencyKey, ...candidate } = input;
    const today = this.clock.today();
    // The idempotency record keeps a hash of the request; personal fields enter it only as a keyed digest.
    const { fullName, cpr, email, phone, ...rest } = candidate;
    const request = { ...rest, personal: this.crypto.fingerprint([fullName, cpr, email, phone]) };
    for (let attempt = 1; ; attempt += 1) {
      try {
        const id = await createIdempotently(
          this.dataSource,
          { userId: actor.userId, operation: 'createCandidate', key: idempotencyKey, request },
          (manager) =>
            insertCandidate(manager, this.crypto, {
              jobcentreId: scope.jobcentreId,
              input: candidate,
              today,
              recordedByUserId: actor.userId,
            }),
        );
        return await this.queries.byId(actor, id, 'createCandidate');
      } catch (error) {
        if (error instanceof IdempotencyKeyError) {
          throw new CandidateException(error.reason, error.message, 'input.idempotencyKey');
        }
        // Same message wherever the CPR is registered: which jobcentre holds it is not revealed.
        if (isUniqueViolation(error, 'candidate_cpr_index_unique')) {
          throw new CandidateException(
            CandidateExceptionCode.CPR_ALREADY_REGISTERED,
            'A candidate with this CPR number is already registered',
          );
        }
        if (isUniqueViolation(error, 'candidate_reference_unique') && attempt < REFERENCE_ATTEMPTS) continue;
        throw error;
      }
    }
  }

  /**
   * A conditional UPDATE on the version: a stale `expectedVersion` changes
   * nothing and is CONFLICT, also when two edits race (the second waits for
   * the first's row lock, then finds the version moved).
   */
  async update(actor: Actor, id: string, expectedVersion: number, changes: CandidateChanges): Promise<CandidateView> {
    const scope = requireJobcentre(actor);
    if (!isUuid(id)) throw new CandidateException(CandidateExceptionCode.CANDIDATE_NOT_FOUND, 'Candidate not found');
    const today = this.clock.today();
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOneBy(CandidateEntity, { id, jobcentreId: scope.jobcentreId });
      if (!current) throw new CandidateException(CandidateExceptionCode.CANDIDATE_NOT_FOUND, 'Candidate not found');
      if (current.pseudonymisedAt)
        throw new CandidateException(CandidateExceptionCode.CANDIDATE_PSEUDONYMISED, 'The personal data of this candidate was erased');
      if (current.version !== expectedVersion) throw versionMismatch();
      const values = await candidateChangeValues(manager, this.crypto, current, changes, today);
      const result = await manager
        .createQueryBuilder()
        .update(CandidateEntity)
        .set({ ...values, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id AND version = :expectedVersion AND jobcentre_id = :jobcentreId', {
          id,
          expectedVersion,
          jobcentreId: scope.jobcentreId,
        })
        .execute();
      if (result.affected !== 1) throw versionMismatch();
      if (values.shareProfileWithEmployers !== undefined && values.shareProfileWithEmployers !== current.shareProfileWithEmployers) {
        await recordConsentChange(manager, { candidateId: id, shared: values.shareProfileWithEmployers, byUserId: actor.userId });
      }
      await recordOutboxEvent(manager, {
        topic: CandidateEvent.CHANGED,
        aggregateType: CANDIDATE_AGGREGATE,
        aggregateId: id,
        payload: { candidateId: id, jobcentreId: scope.jobcentreId },
      });
      const updated = await manager.findOneByOrFail(CandidateEntity, { id });
      const [view] = await fullRecords(manager, this.crypto, { actor, operation: 'updateCandidate', rows: [updated], today });
      return view;
    });
  }
}

function versionMismatch(): CandidateException {
  return new CandidateException(CandidateExceptionCode.VERSION_MISMATCH, 'The candidate was changed by someone else; reload and try again');
}
