import { type Actor, scopeOf } from '@igu/access';
import { CandidateSubjects } from '@igu/candidates';
import { ErasureKind, erasureGroundOf, recordErasure } from '@igu/personal-data';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DataProtectionException, DataProtectionExceptionCode } from '../errors/data-protection.exception.js';
import { PersonalDataContributors } from './personal-data-contributors.js';

const MAX_REASON_LENGTH = 500;

/**
 * Erasure on request (GDPR art. 17): the candidate's jobcentre pseudonymises
 * the person at once, every feature its own tables, in one transaction. Not
 * while a programme is being carried out (its data is needed until it ends,
 * art. 17(3)(b)). Idempotent: erasing again changes nothing and answers true.
 */
@Injectable()
export class CandidateErasureService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(PersonalDataContributors) private readonly contributors: PersonalDataContributors,
  ) {}

  async erase(actor: Actor, candidateId: string, reason: string): Promise<boolean> {
    const scope = scopeOf(actor);
    if (scope.kind !== 'jobcentre') {
      throw new DataProtectionException(DataProtectionExceptionCode.ROLE_NOT_ALLOWED, 'Your role may not perform this operation');
    }
    const trimmed = reason.trim();
    if (!trimmed) throw new DataProtectionException(DataProtectionExceptionCode.REASON_REQUIRED, 'Give a reason for the erasure', 'reason');
    if (trimmed.length > MAX_REASON_LENGTH) {
      throw new DataProtectionException(DataProtectionExceptionCode.REASON_TOO_LONG, `At most ${MAX_REASON_LENGTH} characters`, 'reason');
    }
    return this.dataSource.transaction(async (manager) => {
      // The row lock serialises the erasure with edits and with a programme starting for the person.
      const subject = await CandidateSubjects.lockOwn(manager, scope.jobcentreId, candidateId);
      if (!subject) throw new DataProtectionException(DataProtectionExceptionCode.CANDIDATE_NOT_FOUND, 'Candidate not found');
      await this.contributors.assertErasable(manager, subject.id);
      await this.contributors.pseudonymise(manager, subject.id);
      // The free-text reason is not stored (it is a note about the person); its art. 17(1) ground code is.
      await recordErasure(manager, {
        subjectType: 'candidate',
        subjectId: subject.id,
        kind: ErasureKind.REQUEST,
        ground: erasureGroundOf(trimmed),
        erasedByUserId: actor.userId,
      });
      return true;
    });
  }
}
