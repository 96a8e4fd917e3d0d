import { Clock } from '@igu/clock';
import { Inject, Injectable } from '@nestjs/common';
import { type Actor, Role } from '@igu/access';
import { isUniqueViolation } from '@igu/database';
import { AppError, ErrorCode, isUuid } from '@igu/graphql';
import { POSITION_AGGREGATE, PositionTopic } from '@igu/positions';
import {
  canEditProgramme,
  candidateStatusAfterProgramme,
  type CandidateStatusValue,
  compareDates,
  iguEndDate,
  nextProgrammeStatus,
  PROGRAMME_ACTION_ROLE,
  type ProgrammeAction,
  programmeKindForPosition,
  type ProgrammeStatus,
  type SchoolPeriodDraft,
} from '@igu/programme-rules';
import { recordOutboxEvent } from '@igu/queue';
import { DataSource, type EntityManager } from 'typeorm';
import { ProgrammeApprovalEntity } from '../entities/programme-approval.entity.js';
import { ProgrammeEntity } from '../entities/programme.entity.js';
import { ruleViolationsOf } from './programme-rules-context.js';

export const PROGRAMME_STATUS_CHANGED = 'programme.status-changed';

export interface ProgrammeFields {
  startDate?: string | null;
  endDate?: string | null;
  weeklyWorkHours?: number | null;
  hourlyWageDkk?: number | null;
  collectiveAgreement?: string | null;
  unionId?: string | null;
  schoolPeriods?: SchoolPeriodDraft[] | null;
  employeeRepresentativeStatement?: string | null;
  noOrdinaryEmploymentLast3Months?: boolean | null;
}

export interface NewProgramme extends ProgrammeFields {
  proposalId: string;
  startDate: string;
  weeklyWorkHours: number;
}

type Employer = Extract<Actor, { role: Role.EMPLOYER }>;

/**
 * Programmes: created by the employer from an ACCEPTED proposal, edited while
 * DRAFT or CHANGES_REQUESTED, submitted when no rule is broken, decided by the
 * union, then started, completed or terminated. Every change is a conditional
 * UPDATE on the status read (and version), in one transaction with its outbox event.
 */
@Injectable()
export class ProgrammeService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async create(actor: Employer, input: NewProgramme): Promise<string> {
    if (!isUuid(input.proposalId)) throw AppError.notFound('Proposal');
    try {
      return await this.dataSource.transaction(async (manager) => {
        const [proposal] = await manager.query(
          `SELECT p.id, p.status, p.candidate_id, p.position_id, pos.kind, pos.union_id, pos.company_id,
                  pos.hourly_wage_dkk, pos.collective_agreement
           FROM proposal p JOIN position pos ON pos.id = p.position_id WHERE p.id = $1 AND pos.company_id = $2
           FOR UPDATE OF p`, // a racing withdrawProposal waits, then sees the programme
          [input.proposalId, actor.companyId],
        );
        if (!proposal) throw AppError.notFound('Proposal');
        if (proposal.status !== 'ACCEPTED') {
          throw AppError.conflict('PROPOSAL_NOT_ACCEPTED', 'A programme can only be created from an ACCEPTED proposal');
        }
        if ((await manager.query('SELECT 1 FROM programme WHERE proposal_id = $1', [proposal.id])).length > 0) {
          throw AppError.conflict('PROGRAMME_EXISTS', 'A programme already exists for this proposal');
        }
        const kind = programmeKindForPosition(proposal.kind);
        if (!kind) throw AppError.badInput('NO_PROGRAMME_FOR_JOB', 'Ordinary jobs (JOB positions) have no programme', 'input.proposalId');
        const fields = await this.validated(manager, input);
        const programme = await manager.save(
          manager.create(ProgrammeEntity, {
            kind,
            proposalId: proposal.id,
            positionId: proposal.position_id,
            candidateId: proposal.candidate_id,
            companyId: proposal.company_id,
            unionId: input.unionId ?? proposal.union_id,
            startDate: input.startDate,
            endDate: kind === 'IGU' ? iguEndDate(input.startDate) : (input.endDate ?? null),
            weeklyWorkHours: input.weeklyWorkHours,
            hourlyWageDkk: input.hourlyWageDkk ?? (proposal.hourly_wage_dkk === null ? null : Number(proposal.hourly_wage_dkk)),
            collectiveAgreement: input.collectiveAgreement ?? proposal.collective_agreement,
            schoolPeriods: fields.schoolPeriods ?? [],
            employeeRepresentativeStatement: input.employeeRepresentativeStatement ?? null,
            noOrdinaryEmploymentLast3Months: input.noOrdinaryEmploymentLast3Months ?? false,
            terminatedOn: null,
            terminationReason: null,
          }),
        );
        await this.announce(manager, programme.id, 'DRAFT');
        return programme.id;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'programme_one_per_proposal')) {
        throw AppError.conflict('PROGRAMME_EXISTS', 'A programme already exists for this proposal');
      }
      if (isUniqueViolation(error, 'programme_one_igu_per_candidate')) {
        throw AppError.conflict('PRIOR_IGU', 'The candidate already has an IGU programme: one IGU per person');
      }
      throw error;
    }
  }

  async update(actor: Employer, id: string, expectedVersion: number, input: ProgrammeFields): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.ownedBy(manager, actor, id);
      if (!canEditProgramme(current.status)) {
        throw AppError.conflict('PROGRAMME_NOT_EDITABLE', `A programme in status ${current.status} cannot be edited`);
      }
      const fields = await this.validated(manager, input);
      const startDate = input.startDate ?? current.startDate;
      const changes = {
        ...definedOnly({
          startDate: input.startDate,
          weeklyWorkHours: input.weeklyWorkHours,
          hourlyWageDkk: input.hourlyWageDkk,
          collectiveAgreement: input.collectiveAgreement,
          unionId: input.unionId,
          schoolPeriods: fields.schoolPeriods,
          employeeRepresentativeStatement: input.employeeRepresentativeStatement,
          noOrdinaryEmploymentLast3Months: input.noOrdinaryEmploymentLast3Months,
        }),
        endDate: current.kind === 'IGU' ? iguEndDate(startDate) : input.endDate !== undefined ? input.endDate : current.endDate,
      } as Partial<ProgrammeEntity>;
      const result = await manager
        .createQueryBuilder()
        .update(ProgrammeEntity)
        .set({ ...changes, version: () => 'version + 1' })
        .where('id = :id AND version = :expectedVersion AND status IN (:...editable)', {
          id,
          expectedVersion,
          editable: ['DRAFT', 'CHANGES_REQUESTED'],
        })
        .execute();
      if (result.affected === 0) {
        throw AppError.conflict('VERSION_MISMATCH', 'The programme was changed by someone else; reload it');
      }
      return id;
    });
  }

  async transition(
    actor: Actor,
    id: string,
    action: ProgrammeAction,
    options: { comment?: string | null; on?: string; reason?: string; expectedVersion?: number | null } = {},
  ): Promise<string> {
    if (actor.role !== PROGRAMME_ACTION_ROLE[action]) throw AppError.forbidden();
    return this.dataSource.transaction(async (manager) => {
      const current =
        actor.role === Role.UNION_REP ? await this.decidableBy(manager, actor, id) : await this.ownedBy(manager, actor as Employer, id);
      const today = this.clock.today();
      const next = nextProgrammeStatus(current.status, action, {
        hasUnion: current.unionId !== null,
        endDate: current.endDate ?? current.startDate,
        today,
      });
      if (!next.ok) throw AppError.conflict(next.refusal.reason, next.refusal.message);
      if (options.expectedVersion != null && options.expectedVersion !== current.version) {
        throw AppError.conflict('VERSION_MISMATCH', 'The programme was changed by someone else; reload it');
      }
      if (action === 'SUBMIT') {
        const violations = await ruleViolationsOf(manager, current);
        if (violations.length > 0) {
          throw new AppError(ErrorCode.BAD_USER_INPUT, 'The programme breaks rules; see violations', {
            reason: 'RULE_VIOLATIONS',
            details: { violations },
          });
        }
      }
      const extra: Record<string, unknown> = {};
      if (action === 'TERMINATE') {
        const reason = options.reason?.trim();
        if (!reason) throw AppError.badInput('REASON_REQUIRED', 'Terminating a programme requires a reason', 'reason');
        const on = options.on!;
        if (compareDates(on, current.startDate) < 0 || (current.endDate && compareDates(on, current.endDate) > 0)) {
          throw AppError.badInput('TERMINATION_DATE_OUTSIDE_PROGRAMME', 'The termination date must fall within the programme', 'on');
        }
        Object.assign(extra, { terminatedOn: on, terminationReason: reason });
      }
      const result = await manager
        .createQueryBuilder()
        .update(ProgrammeEntity)
        .set({ status: next.status, version: () => 'version + 1', ...extra })
        .where('id = :id AND status = :status AND version = :version', { id, status: current.status, version: current.version })
        .execute();
      if (result.affected === 0) throw AppError.conflict('CONCURRENT_CHANGE', 'The programme was changed at the same time; reload it');
      if (actor.role === Role.UNION_REP) {
        await manager.insert(ProgrammeApprovalEntity, {
          programmeId: id,
          decision: action as 'APPROVE' | 'REQUEST_CHANGES' | 'REJECT',
          comment: options.comment?.trim() || null,
          decidedByUserId: actor.userId,
        });
      }
      await this.followCandidateAndPosition(manager, current, next.status);
      await this.announce(manager, id, next.status);
      return id;
    });
  }

  /** §4: the candidate's status follows the programme, and the position fills when its openings are taken. */
  private async followCandidateAndPosition(manager: EntityManager, programme: ProgrammeEntity, status: ProgrammeStatus): Promise<void> {
    const [candidate] = await manager.query('SELECT status FROM candidate WHERE id = $1 FOR UPDATE', [programme.candidateId]);
    if (status === 'ACTIVE' && candidate.status !== 'AVAILABLE') {
      throw AppError.conflict('CANDIDATE_NOT_AVAILABLE', `The candidate is ${candidate.status}, not AVAILABLE`);
    }
    const candidateStatus = candidateStatusAfterProgramme(status, candidate.status as CandidateStatusValue);
    if (candidateStatus) {
      await manager.query('UPDATE candidate SET status = $2, version = version + 1, updated_at = now() WHERE id = $1', [
        programme.candidateId,
        candidateStatus,
      ]);
      await recordOutboxEvent(manager, {
        topic: 'candidate.changed',
        aggregateType: 'candidate',
        aggregateId: programme.candidateId,
        payload: { candidateId: programme.candidateId },
      });
    }
    if (status === 'ACTIVE') {
      const [, filled]: [unknown[], number] = await manager.query(
        `UPDATE position SET status = 'FILLED', version = version + 1, updated_at = now()
         WHERE id = $1 AND status = 'OPEN'
           AND openings <= (SELECT count(*) FROM programme WHERE position_id = $1 AND status = 'ACTIVE')`,
        [programme.positionId],
      );
      if (filled > 0) {
        await recordOutboxEvent(manager, {
          topic: PositionTopic.CLOSED,
          aggregateType: POSITION_AGGREGATE,
          aggregateId: programme.positionId,
          payload: { positionId: programme.positionId },
        });
      }
    }
  }

  private announce(manager: EntityManager, id: string, status: ProgrammeStatus): Promise<void> {
    return recordOutboxEvent(manager, {
      topic: PROGRAMME_STATUS_CHANGED,
      aggregateType: 'programme',
      aggregateId: id,
      payload: { programmeId: id, status },
    });
  }

  private async ownedBy(manager: EntityManager, actor: Employer, id: string): Promise<ProgrammeEntity> {
    const programme = isUuid(id) ? await manager.findOneBy(ProgrammeEntity, { id, companyId: actor.companyId }) : null;
    if (!programme) throw AppError.notFound('Programme');
    return programme;
  }

  /** A union representative sees their union's programmes once submitted. */
  private async decidableBy(manager: EntityManager, actor: Extract<Actor, { role: Role.UNION_REP }>, id: string): Promise<ProgrammeEntity> {
    const programme = isUuid(id) ? await manager.findOneBy(ProgrammeEntity, { id, unionId: actor.unionId }) : null;
    if (!programme || programme.status === 'DRAFT') throw AppError.notFound('Programme');
    return programme;
  }

  /** Input shapes only; rule violations are not input errors (they show in `ruleViolations`). */
  private async validated(manager: EntityManager, input: ProgrammeFields): Promise<{ schoolPeriods?: SchoolPeriodDraft[] }> {
    if (input.weeklyWorkHours != null && !(input.weeklyWorkHours > 0 && input.weeklyWorkHours <= 80)) {
      throw AppError.badInput('WEEKLY_HOURS_INVALID', 'weeklyWorkHours must be between 0 and 80', 'input.weeklyWorkHours');
    }
    if (input.hourlyWageDkk != null && !(input.hourlyWageDkk >= 0 && input.hourlyWageDkk < 10_000)) {
      throw AppError.badInput('WAGE_INVALID', 'hourlyWageDkk must be a positive amount', 'input.hourlyWageDkk');
    }
    if (input.unionId) {
      const known = isUuid(input.unionId) && (await manager.query('SELECT 1 FROM trade_union WHERE id = $1', [input.unionId])).length > 0;
      if (!known) throw AppError.badInput('UNKNOWN_UNION', 'No union has that id', 'input.unionId');
    }
    if (input.schoolPeriods && input.schoolPeriods.length > 20) {
      throw AppError.badInput('TOO_MANY_SCHOOL_PERIODS', 'At most 20 school periods', 'input.schoolPeriods');
    }
    return {
      schoolPeriods: input.schoolPeriods?.map((period) => ({
        startDate: period.startDate,
        endDate: period.endDate,
        description: period.description?.trim() || null,
      })),
    };
  }
}

function definedOnly<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as Partial<T>;
}
