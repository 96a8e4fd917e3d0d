import { Clock } from '@igu/clock';
import { Inject, Injectable } from '@nestjs/common';
import { type Actor, Role } from '@igu/access';
import { createIdempotently, IdempotencyKeyError, isUniqueViolation, queryRow } from '@igu/database';
import { CandidateCommands, CandidateStatus } from '@igu/candidates';
import { checkIguEligibility } from '@igu/eligibility';
import { isUuid } from '@igu/graphql';
import {
  firstTooLong,
  hasProgrammeStarted,
  nextProposalStatus,
  NOT_STARTED_PROGRAMME_STATUSES,
  type ProgrammeStatus,
  type ProposalAction,
  type ProposalProgrammeState,
  type ProposalStatus,
  proposalActionRole,
  TEXT_LIMITS,
} from '@igu/programme-rules';
import { PositionCommands, PositionKind } from '@igu/positions';
import { recordOutboxEvent } from '@igu/queue';
import { DataSource, type EntityManager } from 'typeorm';
import { ProposalEntity } from '../entities/proposal.entity.js';
import { ProposalEventEntity } from '../entities/proposal-event.entity.js';
import { PROPOSAL_AGGREGATE, ProposalEvent } from '../events/proposal.events.js';
import { ProposalProgrammesPort } from './proposal-programmes.port.js';
import { ProposalException, ProposalExceptionCode } from '../errors/proposal.exception.js';
import { type InterviewMode, interviewPlace } from '../interview/interview-place.js';

/** BAD_USER_INPUT `TOO_LONG` for the first text over its limit; nothing is changed. */
export function assertTextLimits(entries: Parameters<typeof firstTooLong>[0]): void {
  const tooLong = firstTooLong(entries);
  if (tooLong)
    throw new ProposalException(ProposalExceptionCode.TOO_LONG, `At most ${tooLong.max} characters`, tooLong.field, { max: tooLong.max });
}

/** An employer's scheduling of an interview, as given (checked by `interviewPlace`). */
export interface InterviewRequest {
  at: Date;
  mode?: InterviewMode | null;
  location?: string | null;
}

export interface ProposeInput {
  candidateId: string;
  positionId: string;
  note?: string | null;
  idempotencyKey?: string | null;
}

/** Proposals: a jobcentre proposes its candidate; the employer interviews, accepts or rejects; the jobcentre may withdraw. */
@Injectable()
export class ProposalService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(CandidateCommands) private readonly candidates: CandidateCommands,
    @Inject(PositionCommands) private readonly positions: PositionCommands,
    @Inject(ProposalProgrammesPort) private readonly programmes: ProposalProgrammesPort,
  ) {}

  async propose(actor: Extract<Actor, { role: Role.JOBCENTRE }>, input: ProposeInput): Promise<string> {
    const note = input.note?.trim() || null;
    assertTextLimits([['input.note', note, TEXT_LIMITS.text]]);
    if (!isUuid(input.candidateId)) throw new ProposalException(ProposalExceptionCode.CANDIDATE_NOT_FOUND, 'Candidate not found');
    if (!isUuid(input.positionId)) throw new ProposalException(ProposalExceptionCode.POSITION_NOT_FOUND, 'Position not found');
    try {
      return await createIdempotently(
        this.dataSource,
        {
          userId: actor.userId,
          operation: 'proposeCandidate',
          key: input.idempotencyKey,
          request: { candidateId: input.candidateId, positionId: input.positionId, note },
        },
        (manager) => this.insert(manager, actor, input.candidateId, input.positionId, note),
      );
    } catch (error) {
      if (error instanceof IdempotencyKeyError) {
        throw new ProposalException(error.reason, error.message, 'input.idempotencyKey');
      }
      if (isUniqueViolation(error, 'proposal_one_active_per_pair')) {
        throw new ProposalException(
          ProposalExceptionCode.PROPOSAL_EXISTS,
          'The candidate already has an active proposal for this position',
        );
      }
      throw error;
    }
  }

  private async insert(
    manager: EntityManager,
    actor: Extract<Actor, { role: Role.JOBCENTRE }>,
    candidateId: string,
    positionId: string,
    note: string | null,
  ): Promise<string> {
    const candidate = await this.candidates.readForProposal(manager, actor.jobcentreId, candidateId);
    if (!candidate) throw new ProposalException(ProposalExceptionCode.CANDIDATE_NOT_FOUND, 'Candidate not found');
    const position = await this.positions.lockOpenForProposal(manager, positionId); // a racing close waits for this proposal
    if (!position) throw new ProposalException(ProposalExceptionCode.POSITION_NOT_FOUND, 'Position not found');
    if (candidate.status !== CandidateStatus.AVAILABLE) {
      throw new ProposalException(ProposalExceptionCode.CANDIDATE_NOT_AVAILABLE, `The candidate is ${candidate.status}, not AVAILABLE`);
    }
    if (position.kind === PositionKind.IGU) {
      const startDate = position.startDate ?? this.clock.today();
      const eligibility = checkIguEligibility(candidate.eligibilityFacts, startDate);
      if (!eligibility.eligible) {
        throw new ProposalException(
          ProposalExceptionCode.IGU_NOT_ELIGIBLE,
          `The candidate is not eligible for IGU on ${startDate}`,
          'input.candidateId',
          { ruleSet: eligibility.ruleSet, reasons: eligibility.reasons },
        );
      }
    }
    const proposal = await manager.save(
      manager.create(ProposalEntity, {
        positionId,
        candidateId,
        jobcentreId: actor.jobcentreId,
        note,
        crossMunicipality: candidate.municipalityCode !== position.municipalityCode,
        interviewAt: null,
        interviewMode: null,
        interviewLocation: null,
        decisionReason: null,
      }),
    );
    await manager.insert(ProposalEventEntity, { proposalId: proposal.id, status: 'PROPOSED', byUserId: actor.userId, note });
    await recordOutboxEvent(manager, {
      topic: ProposalEvent.CREATED,
      aggregateType: PROPOSAL_AGGREGATE,
      aggregateId: proposal.id,
      payload: { proposalId: proposal.id, positionId, candidateId },
    });
    return proposal.id;
  }

  /**
   * One transition: checked against the state machine, then a conditional
   * UPDATE on the status read (and the expected version, if given), so of two
   * racing transitions one wins and the other is CONFLICT.
   */
  async transition(
    actor: Actor,
    id: string,
    action: ProposalAction,
    options: { reason?: string | null; interview?: InterviewRequest; expectedVersion?: number | null } = {},
  ): Promise<string> {
    if (actor.role !== Role[proposalActionRole(action)])
      throw new ProposalException(ProposalExceptionCode.ROLE_NOT_ALLOWED, 'Your role may not perform this operation');
    if (!isUuid(id)) throw new ProposalException(ProposalExceptionCode.PROPOSAL_NOT_FOUND, 'Proposal not found');
    assertTextLimits([['reason', options.reason, TEXT_LIMITS.text]]);
    // Checked before anything is read or written: bad input changes nothing.
    const interview = options.interview
      ? { at: options.interview.at, ...interviewPlace(options.interview.mode, options.interview.location) }
      : null;
    return this.dataSource.transaction(async (manager) => {
      const row = await queryRow<{ status: ProposalStatus; version: number; candidate_id: string }>(
        manager,
        `SELECT p.status, p.version, p.candidate_id
           FROM proposal p JOIN position pos ON pos.id = p.position_id
           WHERE p.id = $1 AND ${actor.role === Role.EMPLOYER ? 'pos.company_id' : 'p.jobcentre_id'} = $2
           FOR UPDATE OF p`, // serialises with createProgramme, so a withdrawal sees a programme created meanwhile
        [id, actor.role === Role.EMPLOYER ? actor.companyId : (actor as { jobcentreId: string }).jobcentreId],
      );
      if (!row) throw new ProposalException(ProposalExceptionCode.PROPOSAL_NOT_FOUND, 'Proposal not found');
      // A statement of its own, after the lock: sees a programme committed while we waited;
      // locked, so a racing startProgramme either waits for the withdrawal or is seen as started.
      const programme = await this.programmes.lockOfProposal(manager, id);
      const reason = options.reason?.trim() || null;
      const next = nextProposalStatus(row.status, action, { programme: programmeState(programme?.status), reason });
      if (!next.ok) {
        const { reason: code, message, field } = next.refusal;
        throw new ProposalException(code, message, field);
      }
      if (options.expectedVersion != null && options.expectedVersion !== row.version) {
        throw new ProposalException(ProposalExceptionCode.VERSION_MISMATCH, 'The proposal was changed by someone else; reload it');
      }
      // TypeORM answers an UPDATE with [rows, affectedCount].
      // A (re)scheduling replaces time, mode and location together; other transitions leave them.
      const [, affected]: [unknown[], number] = await manager.query(
        `UPDATE proposal SET status = $3::proposal_status, version = version + 1, updated_at = now(),
           interview_at = CASE WHEN $4::timestamptz IS NULL THEN interview_at ELSE $4::timestamptz END,
           interview_mode = CASE WHEN $4::timestamptz IS NULL THEN interview_mode ELSE $7::text END,
           interview_location = CASE WHEN $4::timestamptz IS NULL THEN interview_location ELSE $8::text END,
           decision_reason = CASE WHEN $3::text IN ('REJECTED', 'WITHDRAWN') THEN $5::text ELSE decision_reason END
         WHERE id = $1 AND status = $2::proposal_status AND version = $6 RETURNING id`,
        [id, row.status, next.status, interview?.at ?? null, reason, row.version, interview?.mode ?? null, interview?.location ?? null],
      );
      if (affected === 0) {
        throw new ProposalException(ProposalExceptionCode.CONCURRENT_CHANGE, 'The proposal was changed at the same time; reload it');
      }
      await manager.insert(ProposalEventEntity, {
        proposalId: id,
        status: next.status,
        byUserId: actor.userId,
        note: reason,
        interviewAt: interview?.at ?? null,
        interviewMode: interview?.mode ?? null,
        interviewLocation: interview?.location ?? null,
      });
      if (next.status === 'WITHDRAWN' && programme && NOT_STARTED_PROGRAMME_STATUSES.includes(programme.status)) {
        // A programme that has not started goes with its proposal (it would otherwise hold the candidate's IGU).
        await this.programmes.withdrawWithProposal(manager, programme);
      }
      if (next.status === 'ACCEPTED') {
        // The candidate's first offer (docs/domain.md §7): set once, by the first acceptance.
        await this.candidates.recordFirstOffer(manager, row.candidate_id, this.clock.today());
      }
      await recordOutboxEvent(manager, {
        topic: ProposalEvent.STATUS_CHANGED,
        aggregateType: PROPOSAL_AGGREGATE,
        aggregateId: id,
        payload: { proposalId: id, status: next.status },
      });
      return id;
    });
  }
}

function programmeState(status: ProgrammeStatus | undefined): ProposalProgrammeState {
  if (!status) return 'NONE';
  if (hasProgrammeStarted(status)) return 'STARTED';
  return NOT_STARTED_PROGRAMME_STATUSES.includes(status) ? 'NOT_STARTED' : 'NONE'; // REJECTED, WITHDRAWN: ended unstarted
}
