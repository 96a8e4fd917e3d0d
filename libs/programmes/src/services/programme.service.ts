import { compareDates } from '@igu/calendar';
import { Clock } from '@igu/clock';
import { Inject, Injectable } from '@nestjs/common';
import { type Actor, Role } from '@igu/access';
import { isUniqueViolation, queryRow } from '@igu/database';
import { isUuid } from '@igu/graphql';
import { CandidateCommands, CandidateStatus } from '@igu/candidates';
import { PositionCommands } from '@igu/positions';
import {
  canEditProgramme,
  candidateStatusAfterProgramme,
  iguEndDate,
  isStartOverdue,
  nextProgrammeStatus,
  PROGRAMME_ACTION_ROLE,
  type ProgrammeAction,
  programmeKindForPosition,
  type ProgrammeStatus,
  RATIO_COUNTED_KINDS,
  TEXT_LIMITS,
} from '@igu/programme-rules';
import { assertTextLimits, ProposalCommands } from '@igu/proposals';
import { recordOutboxEvent } from '@igu/queue';
import { DataSource, type EntityManager } from 'typeorm';
import { ProgrammeApprovalEntity } from '../entities/programme-approval.entity.js';
import { PROGRAMME_AGGREGATE, ProgrammeEvent } from '../events/programme.events.js';
import { ProgrammeEntity } from '../entities/programme.entity.js';
import { checkProgrammeInput, normalisedSchoolPeriods, type ProgrammeFields, resolveUnion } from './programme-input.js';
import { ruleViolationsOf } from './programme-rules-context.js';
import { ProgrammeException, ProgrammeExceptionCode } from '../errors/programme.exception.js';

export type { ProgrammeFields } from './programme-input.js';

export interface NewProgramme extends ProgrammeFields {
  proposalId: string;
  startDate: string;
  weeklyWorkHours: number;
}

type Employer = Extract<Actor, { role: Role.EMPLOYER }>;

/** Actions after which the rules are checked again: submit, the union's approval, and the start itself. */
const RULE_CHECKED_ACTIONS: readonly ProgrammeAction[] = ['SUBMIT', 'APPROVE', 'START'];

/**
 * Programmes: created by the employer from an ACCEPTED proposal, edited while
 * DRAFT or CHANGES_REQUESTED, submitted when no rule is broken, decided by the
 * union, then started, completed or terminated, or withdrawn before they start.
 * Every change is a conditional UPDATE on the status read (and version), in one
 * transaction with its outbox event.
 */
@Injectable()
export class ProgrammeService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(CandidateCommands) private readonly candidates: CandidateCommands,
    @Inject(PositionCommands) private readonly positions: PositionCommands,
    @Inject(ProposalCommands) private readonly proposals: ProposalCommands,
  ) {}

  async create(actor: Employer, input: NewProgramme): Promise<string> {
    if (!isUuid(input.proposalId)) throw new ProgrammeException(ProgrammeExceptionCode.PROPOSAL_NOT_FOUND, 'Proposal not found');
    try {
      return await this.dataSource.transaction(async (manager) => {
        const proposal = await this.proposals.lockForProgramme(manager, input.proposalId); // a racing withdrawProposal waits, then sees the programme
        // Another company's proposal does not exist for this employer.
        const terms = proposal && (await this.positions.programmeTermsOf(manager, proposal.positionId, actor.companyId));
        if (!proposal || !terms) throw new ProgrammeException(ProgrammeExceptionCode.PROPOSAL_NOT_FOUND, 'Proposal not found');
        if (proposal.status !== 'ACCEPTED') {
          throw new ProgrammeException(
            ProgrammeExceptionCode.PROPOSAL_NOT_ACCEPTED,
            'A programme can only be created from an ACCEPTED proposal',
          );
        }
        if (await queryRow(manager, 'SELECT 1 FROM programme WHERE proposal_id = $1', [proposal.id])) {
          throw new ProgrammeException(ProgrammeExceptionCode.PROGRAMME_EXISTS, 'A programme already exists for this proposal');
        }
        const kind = programmeKindForPosition(terms.kind);
        if (!kind)
          throw new ProgrammeException(
            ProgrammeExceptionCode.NO_PROGRAMME_FOR_JOB,
            'Ordinary jobs (JOB positions) have no programme',
            'input.proposalId',
          );
        await checkProgrammeInput(manager, input, this.clock.today());
        const programme = await manager.save(
          manager.create(ProgrammeEntity, {
            kind,
            proposalId: proposal.id,
            positionId: proposal.positionId,
            candidateId: proposal.candidateId,
            companyId: actor.companyId,
            unionId: resolveUnion({ positionUnionId: terms.unionId, requested: input.unionId ?? undefined }),
            startDate: input.startDate,
            endDate: kind === 'IGU' ? iguEndDate(input.startDate) : (input.endDate ?? null),
            weeklyWorkHours: input.weeklyWorkHours,
            hourlyWageDkk: input.hourlyWageDkk ?? terms.hourlyWageDkk,
            collectiveAgreement: input.collectiveAgreement ?? terms.collectiveAgreement,
            schoolPeriods: normalisedSchoolPeriods(input.schoolPeriods ?? []),
            employeeRepresentativeStatement: input.employeeRepresentativeStatement ?? null,
            noOrdinaryEmploymentLast3Months: input.noOrdinaryEmploymentLast3Months ?? false,
            submittedAt: null,
            withdrawalReason: null,
            terminatedOn: null,
            terminationReason: null,
          }),
        );
        await this.announce(manager, programme.id, 'DRAFT');
        return programme.id;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'programme_one_per_proposal')) {
        throw new ProgrammeException(ProgrammeExceptionCode.PROGRAMME_EXISTS, 'A programme already exists for this proposal');
      }
      if (isUniqueViolation(error, 'programme_one_igu_in_progress')) {
        // Says only that one is in progress: not where, not whose.
        throw new ProgrammeException(
          ProgrammeExceptionCode.IGU_PROGRAMME_IN_PROGRESS,
          'The candidate already has an IGU programme in progress',
        );
      }
      throw error;
    }
  }

  /**
   * Edits in DRAFT or CHANGES_REQUESTED (and an APPROVED programme whose start is
   * overdue, which goes back to DRAFT for a new date). An absent field is kept,
   * an explicit null clears an optional one.
   */
  async update(actor: Employer, id: string, expectedVersion: number, input: ProgrammeFields): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.ownedBy(manager, actor, id);
      const today = this.clock.today();
      const overdue = current.status === 'APPROVED' && isStartOverdue(current.startDate, today);
      if (!canEditProgramme(current.status) && !overdue) {
        throw new ProgrammeException(
          ProgrammeExceptionCode.PROGRAMME_NOT_EDITABLE,
          `A programme in status ${current.status} cannot be edited`,
        );
      }
      if (input.startDate === null)
        throw new ProgrammeException(ProgrammeExceptionCode.REQUIRED, 'startDate cannot be cleared', 'input.startDate');
      if (input.weeklyWorkHours === null)
        throw new ProgrammeException(ProgrammeExceptionCode.REQUIRED, 'weeklyWorkHours cannot be cleared', 'input.weeklyWorkHours');
      await checkProgrammeInput(manager, input, today);
      const positionUnionId = await this.positions.unionOf(manager, current.positionId);
      const startDate = input.startDate ?? current.startDate;
      const changes: Partial<ProgrammeEntity> = {
        ...keptUnlessGiven({
          startDate: input.startDate,
          weeklyWorkHours: input.weeklyWorkHours,
          hourlyWageDkk: input.hourlyWageDkk,
          collectiveAgreement: input.collectiveAgreement,
          employeeRepresentativeStatement: input.employeeRepresentativeStatement,
        }),
        unionId: resolveUnion({
          positionUnionId,
          requested: input.unionId,
          current: current.unionId,
          submitted: current.submittedAt !== null,
        }),
        ...(input.schoolPeriods !== undefined ? { schoolPeriods: normalisedSchoolPeriods(input.schoolPeriods ?? []) } : {}),
        ...(input.noOrdinaryEmploymentLast3Months !== undefined
          ? { noOrdinaryEmploymentLast3Months: input.noOrdinaryEmploymentLast3Months ?? false }
          : {}),
        endDate: current.kind === 'IGU' ? iguEndDate(startDate) : input.endDate !== undefined ? input.endDate : current.endDate,
        ...(overdue ? { status: 'DRAFT' as const } : {}),
      };
      const result = await manager
        .createQueryBuilder()
        .update(ProgrammeEntity)
        .set({ ...changes, version: () => 'version + 1' })
        .where('id = :id AND version = :expectedVersion AND status = :status', { id, expectedVersion, status: current.status })
        .execute();
      if (result.affected === 0) {
        throw new ProgrammeException(ProgrammeExceptionCode.VERSION_MISMATCH, 'The programme was changed by someone else; reload it');
      }
      if (overdue) await this.announce(manager, id, 'DRAFT');
      return id;
    });
  }

  async transition(
    actor: Actor,
    id: string,
    action: ProgrammeAction,
    options: { comment?: string | null; on?: string; reason?: string; expectedVersion?: number | null } = {},
  ): Promise<string> {
    if (actor.role !== Role[PROGRAMME_ACTION_ROLE[action]])
      throw new ProgrammeException(ProgrammeExceptionCode.ROLE_NOT_ALLOWED, 'Your role may not perform this operation');
    assertTextLimits([
      ['comment', options.comment, TEXT_LIMITS.text],
      ['reason', options.reason, TEXT_LIMITS.text],
    ]);
    return this.dataSource.transaction(async (manager) => {
      const current =
        actor.role === Role.UNION_REP ? await this.decidableBy(manager, actor, id) : await this.ownedBy(manager, actor as Employer, id);
      const today = this.clock.today();
      const next = nextProgrammeStatus(current.status, action, {
        hasUnion: current.unionId !== null,
        endDate: current.endDate ?? current.startDate,
        startDate: current.startDate,
        today,
      });
      if (!next.ok) throw new ProgrammeException(next.refusal.reason, next.refusal.message);
      if (options.expectedVersion != null && options.expectedVersion !== current.version) {
        throw new ProgrammeException(ProgrammeExceptionCode.VERSION_MISMATCH, 'The programme was changed by someone else; reload it');
      }
      const extra: Record<string, unknown> = {};
      if (action === 'SUBMIT') {
        if (compareDates(current.startDate, today) < 0) {
          throw new ProgrammeException(
            ProgrammeExceptionCode.START_DATE_IN_PAST,
            `The start date may not be before today (${today}); set a new one`,
            'startDate',
          );
        }
        extra.submittedAt = current.submittedAt ?? new Date();
      }
      if (RULE_CHECKED_ACTIONS.includes(action)) await this.checkRules(manager, current, action, today);
      if (action === 'TERMINATE' || action === 'WITHDRAW') {
        const reason = options.reason?.trim();
        if (!reason) throw new ProgrammeException(ProgrammeExceptionCode.REASON_REQUIRED, `This requires a reason`, 'reason');
        if (action === 'WITHDRAW') extra.withdrawalReason = reason;
      }
      if (action === 'TERMINATE') {
        const on = options.on!;
        if (compareDates(on, current.startDate) < 0 || (current.endDate && compareDates(on, current.endDate) > 0)) {
          throw new ProgrammeException(
            ProgrammeExceptionCode.TERMINATION_DATE_OUTSIDE_PROGRAMME,
            'The termination date must fall within the programme',
            'on',
          );
        }
        Object.assign(extra, { terminatedOn: on, terminationReason: options.reason!.trim() });
      }
      const result = await manager
        .createQueryBuilder()
        .update(ProgrammeEntity)
        .set({ status: next.status, version: () => 'version + 1', ...extra })
        .where('id = :id AND status = :status AND version = :version', { id, status: current.status, version: current.version })
        .execute();
      if (result.affected === 0)
        throw new ProgrammeException(ProgrammeExceptionCode.CONCURRENT_CHANGE, 'The programme was changed at the same time; reload it');
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

  /**
   * The rules again, as they are now: at submit, at the union's approval and at
   * the start (candidate facts and sibling programmes may have changed since).
   * The ratio rule counts other programmes of the company, so those checks run
   * one at a time per company (a transaction-scoped advisory lock): of two racing
   * submits only one can take the last slot. A start re-checks eligibility on
   * the day the programme really starts, with the candidate row locked.
   */
  private async checkRules(manager: EntityManager, programme: ProgrammeEntity, action: ProgrammeAction, today: string): Promise<void> {
    if (RATIO_COUNTED_KINDS.includes(programme.kind)) {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('programme-ratio'), hashtext($1))`, [programme.companyId]);
    }
    let eligibilityOn = programme.startDate;
    if (action === 'START') {
      await this.candidates.lock(manager, programme.candidateId);
      if (compareDates(today, programme.startDate) > 0) eligibilityOn = today;
    }
    const violations = await ruleViolationsOf(manager, programme, eligibilityOn);
    if (violations.length > 0) {
      throw new ProgrammeException(ProgrammeExceptionCode.RULE_VIOLATIONS, 'The programme breaks rules; see violations', undefined, {
        violations,
      });
    }
  }

  /**
   * docs/domain.md §4.3: the candidate's status follows the programme, and the position fills
   * when its openings are taken; candidates and positions write their own rows
   * and announce their own changes, in this transaction.
   */
  private async followCandidateAndPosition(manager: EntityManager, programme: ProgrammeEntity, status: ProgrammeStatus): Promise<void> {
    const candidateStatus = (await this.candidates.lock(manager, programme.candidateId))!;
    if (status === 'ACTIVE' && candidateStatus !== CandidateStatus.AVAILABLE) {
      throw new ProgrammeException(ProgrammeExceptionCode.CANDIDATE_NOT_AVAILABLE, `The candidate is ${candidateStatus}, not AVAILABLE`);
    }
    if (status === 'ACTIVE' && programme.kind === 'IGU') {
      // One IGU per person, ever: the first IGU start is recorded on the person, in this transaction.
      await this.candidates.recordIguStart(manager, programme.candidateId, this.clock.today());
    }
    const next = candidateStatusAfterProgramme(status, candidateStatus);
    if (next) await this.candidates.setStatus(manager, programme.candidateId, CandidateStatus[next]);
    if (status === 'ACTIVE') {
      await this.positions.fillIfOpeningsTaken(manager, programme.positionId, () => this.activeProgrammesOf(manager, programme.positionId));
    }
  }

  private async activeProgrammesOf(manager: EntityManager, positionId: string): Promise<number> {
    return manager.countBy(ProgrammeEntity, { positionId, status: 'ACTIVE' });
  }

  private announce(manager: EntityManager, id: string, status: ProgrammeStatus): Promise<void> {
    return recordOutboxEvent(manager, {
      topic: ProgrammeEvent.STATUS_CHANGED,
      aggregateType: PROGRAMME_AGGREGATE,
      aggregateId: id,
      payload: { programmeId: id, status },
    });
  }

  private async ownedBy(manager: EntityManager, actor: Employer, id: string): Promise<ProgrammeEntity> {
    const programme = isUuid(id) ? await manager.findOneBy(ProgrammeEntity, { id, companyId: actor.companyId }) : null;
    if (!programme) throw new ProgrammeException(ProgrammeExceptionCode.PROGRAMME_NOT_FOUND, 'Programme not found');
    return programme;
  }

  /** A union representative sees their union's programmes from the first submission on. */
  private async decidableBy(manager: EntityManager, actor: Extract<Actor, { role: Role.UNION_REP }>, id: string): Promise<ProgrammeEntity> {
    const programme = isUuid(id) ? await manager.findOneBy(ProgrammeEntity, { id, unionId: actor.unionId }) : null;
    if (!programme || programme.submittedAt === null)
      throw new ProgrammeException(ProgrammeExceptionCode.PROGRAMME_NOT_FOUND, 'Programme not found');
    return programme;
  }
}

/** Absent (undefined) keeps the stored value; null clears it. */
function keptUnlessGiven<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
