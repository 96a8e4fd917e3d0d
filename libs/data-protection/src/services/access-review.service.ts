import { type Actor, Role, scopeOf } from '@igu/access';
import { CandidateSubjects } from '@igu/candidates';
import { isUuid, type ConnectionShape } from '@igu/graphql';
import { accessLogPage, accessRanking, type AccessLogEntry, type AccessRankingEntry, recordPersonalDataRead } from '@igu/personal-data';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DataProtectionException, DataProtectionExceptionCode } from '../errors/data-protection.exception.js';

/** The field name a read of the access log itself is logged under. */
const ACCESS_LOG_FIELDS = ['accessLog'];
const MAX_RANKING = 100;

/**
 * "Who looked at this person?": a candidate's access log for its jobcentre,
 * and system-wide reads and a ranking of readers for ADMIN. Reading the log is
 * itself a logged read of each person whose log rows are shown.
 */
@Injectable()
export class AccessReviewService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** The candidate's jobcentre only: NOT_FOUND for anyone else. */
  candidateLog(actor: Actor, candidateId: string, first: number, after: string | null): Promise<ConnectionShape<AccessLogEntry>> {
    const scope = scopeOf(actor);
    if (scope.kind !== 'jobcentre')
      throw new DataProtectionException(DataProtectionExceptionCode.CANDIDATE_NOT_FOUND, 'Candidate not found');
    return this.dataSource.transaction(async (manager) => {
      const subject = await CandidateSubjects.own(manager, scope.jobcentreId, candidateId);
      if (!subject) throw new DataProtectionException(DataProtectionExceptionCode.CANDIDATE_NOT_FOUND, 'Candidate not found');
      await recordPersonalDataRead(manager, {
        actor,
        operation: 'accessLog',
        subjectType: 'candidate',
        subjectIds: [subject.id],
        fields: ACCESS_LOG_FIELDS,
      });
      return accessLogPage(manager, { subject: { type: 'candidate', id: subject.id } }, first, after);
    });
  }

  /** ADMIN: reads across the system, newest first; the people whose rows are shown get a logged read each. */
  accesses(
    actor: Actor,
    filter: { userId?: string | null; from?: Date | null; to?: Date | null },
    first: number,
    after: string | null,
  ): Promise<ConnectionShape<AccessLogEntry>> {
    requireAdmin(actor);
    assertPeriod(filter.from, filter.to);
    return this.dataSource.transaction(async (manager) => {
      // An unknown or malformed user id simply reads nothing.
      const actorUserId = filter.userId ? (isUuid(filter.userId) ? filter.userId : '00000000-0000-0000-0000-000000000000') : null;
      const page = await accessLogPage(manager, { actorUserId, from: filter.from, to: filter.to }, first, after);
      await recordPersonalDataRead(manager, {
        actor,
        operation: 'personalDataAccesses',
        subjectType: 'candidate',
        subjectIds: page.edges.map((edge) => edge.node.subjectId),
        fields: ACCESS_LOG_FIELDS,
      });
      return page;
    });
  }

  /** ADMIN: users by the number of distinct candidates they read in [from, to), most first. Counts only: nothing to log per person. */
  ranking(actor: Actor, from: Date, to: Date, first: number): Promise<AccessRankingEntry[]> {
    requireAdmin(actor);
    assertPeriod(from, to);
    if (!Number.isInteger(first) || first < 1 || first > MAX_RANKING) {
      throw new DataProtectionException(DataProtectionExceptionCode.PERIOD_INVALID, `first must be between 1 and ${MAX_RANKING}`, 'first');
    }
    return accessRanking(this.dataSource, 'candidate', from, to, first);
  }
}

function requireAdmin(actor: Actor): void {
  if (actor.role !== Role.ADMIN)
    throw new DataProtectionException(DataProtectionExceptionCode.ROLE_NOT_ALLOWED, 'Your role may not perform this operation');
}

function assertPeriod(from: Date | null | undefined, to: Date | null | undefined): void {
  if (from && to && from.getTime() > to.getTime()) {
    throw new DataProtectionException(DataProtectionExceptionCode.PERIOD_INVALID, '`from` must not be after `to`', 'from');
  }
}
