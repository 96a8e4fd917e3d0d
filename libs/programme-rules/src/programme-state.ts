import { addDays, type CalendarDate, isBefore } from '@igu/calendar';
import { type CandidateStatusValue, type PositionStatusValue, type ProgrammeStatus, type WorkflowRole } from './programme-enums.js';
import { type TransitionResult, allowed, refused } from './transition.js';

/**
 * Programme workflow, docs/domain.md §4.3:
 *
 *   DRAFT ─submit→ PENDING_APPROVAL (with a union) | APPROVED (without)
 *   PENDING_APPROVAL ─APPROVE | REQUEST_CHANGES | REJECT (union rep)→ APPROVED | CHANGES_REQUESTED | REJECTED
 *   CHANGES_REQUESTED ─submit→ as from DRAFT (employer edits and resubmits)
 *   APPROVED ─start→ ACTIVE ─complete (not before endDate)→ COMPLETED
 *                           ─terminate→ TERMINATED
 *   DRAFT | CHANGES_REQUESTED | PENDING_APPROVAL | APPROVED ─withdraw (employer)→ WITHDRAWN
 *
 * Withdrawing frees a programme that never started (an abandoned one would
 * otherwise block the candidate's only IGU for good). The jobcentre's
 * `withdrawProposal` withdraws the proposal's not-started programme with it.
 *
 * `submit` additionally needs an empty `evaluateProgramme` result; the service
 * checks that after this transition check (BAD_USER_INPUT with the violations).
 */

/** Actions; the decisions reuse the `ApprovalDecision` values, so `decideProgramme` passes its argument in as is. */
export const ProgrammeAction = {
  SUBMIT: 'SUBMIT',
  APPROVE: 'APPROVE',
  REQUEST_CHANGES: 'REQUEST_CHANGES',
  REJECT: 'REJECT',
  START: 'START',
  COMPLETE: 'COMPLETE',
  TERMINATE: 'TERMINATE',
  WITHDRAW: 'WITHDRAW',
} as const;
export type ProgrammeAction = (typeof ProgrammeAction)[keyof typeof ProgrammeAction];

export interface ProgrammeTransition {
  from: ProgrammeStatus;
  action: ProgrammeAction;
  to: ProgrammeStatus;
  /** SUBMIT only: which edge applies, with or without a union. */
  withUnion?: boolean;
}

/** The whole state machine. Anything not listed is an illegal transition (CONFLICT). */
export const PROGRAMME_TRANSITIONS: readonly ProgrammeTransition[] = [
  { from: 'DRAFT', action: 'SUBMIT', withUnion: true, to: 'PENDING_APPROVAL' },
  { from: 'DRAFT', action: 'SUBMIT', withUnion: false, to: 'APPROVED' },
  { from: 'CHANGES_REQUESTED', action: 'SUBMIT', withUnion: true, to: 'PENDING_APPROVAL' },
  { from: 'CHANGES_REQUESTED', action: 'SUBMIT', withUnion: false, to: 'APPROVED' },
  { from: 'PENDING_APPROVAL', action: 'APPROVE', to: 'APPROVED' },
  { from: 'PENDING_APPROVAL', action: 'REQUEST_CHANGES', to: 'CHANGES_REQUESTED' },
  { from: 'PENDING_APPROVAL', action: 'REJECT', to: 'REJECTED' },
  { from: 'APPROVED', action: 'START', to: 'ACTIVE' },
  { from: 'ACTIVE', action: 'COMPLETE', to: 'COMPLETED' },
  { from: 'ACTIVE', action: 'TERMINATE', to: 'TERMINATED' },
  { from: 'DRAFT', action: 'WITHDRAW', to: 'WITHDRAWN' },
  { from: 'CHANGES_REQUESTED', action: 'WITHDRAW', to: 'WITHDRAWN' },
  { from: 'PENDING_APPROVAL', action: 'WITHDRAW', to: 'WITHDRAWN' },
  { from: 'APPROVED', action: 'WITHDRAW', to: 'WITHDRAWN' },
];

/** Statuses of a programme that has not started (and may still be withdrawn). */
export const NOT_STARTED_PROGRAMME_STATUSES: readonly ProgrammeStatus[] = ['DRAFT', 'CHANGES_REQUESTED', 'PENDING_APPROVAL', 'APPROVED'];

/** Statuses of a programme that started (reached ACTIVE). */
export const STARTED_PROGRAMME_STATUSES: readonly ProgrammeStatus[] = ['ACTIVE', 'COMPLETED', 'TERMINATED'];

export function hasProgrammeStarted(status: ProgrammeStatus): boolean {
  return STARTED_PROGRAMME_STATUSES.includes(status);
}

/**
 * An APPROVED programme may start until this many days after its start date;
 * later it needs a new date (edit and resubmit), so the rules are judged on a
 * start that really happens.
 */
export const START_GRACE_DAYS = 14;

/** The start date is more than START_GRACE_DAYS before `today`. */
export function isStartOverdue(startDate: CalendarDate, today: CalendarDate): boolean {
  return isBefore(addDays(startDate, START_GRACE_DAYS), today);
}

/** Who performs each action (docs/domain.md §4.3): the employer runs the programme, the union rep decides. */
export const PROGRAMME_ACTION_ROLE: Readonly<Record<ProgrammeAction, WorkflowRole>> = {
  SUBMIT: 'EMPLOYER',
  APPROVE: 'UNION_REP',
  REQUEST_CHANGES: 'UNION_REP',
  REJECT: 'UNION_REP',
  START: 'EMPLOYER',
  COMPLETE: 'EMPLOYER',
  TERMINATE: 'EMPLOYER',
  WITHDRAW: 'EMPLOYER',
};

/** `updateProgramme` in these statuses (else CONFLICT), and on an APPROVED one whose start is overdue (it goes back to DRAFT). */
export const EDITABLE_PROGRAMME_STATUSES: readonly ProgrammeStatus[] = ['DRAFT', 'CHANGES_REQUESTED'];

export function canEditProgramme(status: ProgrammeStatus): boolean {
  return EDITABLE_PROGRAMME_STATUSES.includes(status);
}

export interface ProgrammeTransitionContext {
  /** The programme names a union (IGU always must). */
  hasUnion: boolean;
  /** The programme's end date (computed for IGU). */
  endDate: CalendarDate;
  /** Today's date in Denmark, from the caller's clock. */
  today: CalendarDate;
  /** START: the programme's start date (more than START_GRACE_DAYS past → START_DATE_PASSED). */
  startDate?: CalendarDate;
}

export type ProgrammeRefusalReason = 'ILLEGAL_TRANSITION' | 'COMPLETE_BEFORE_END' | 'START_DATE_PASSED';

/** The status after `action`, or a refusal (both reasons are CONFLICT). */
export function nextProgrammeStatus(
  current: ProgrammeStatus,
  action: ProgrammeAction,
  ctx: ProgrammeTransitionContext,
): TransitionResult<ProgrammeStatus, ProgrammeRefusalReason> {
  const edge = PROGRAMME_TRANSITIONS.find(
    (t) => t.from === current && t.action === action && (t.withUnion === undefined || t.withUnion === ctx.hasUnion),
  );
  if (!edge) {
    return refused({
      errorCode: 'CONFLICT',
      reason: 'ILLEGAL_TRANSITION',
      message: `A programme in status ${current} cannot be ${ACTION_PAST_TENSE[action]}`,
    });
  }
  if (action === 'COMPLETE' && isBefore(ctx.today, ctx.endDate)) {
    return refused({
      errorCode: 'CONFLICT',
      reason: 'COMPLETE_BEFORE_END',
      message: `The programme cannot be completed before its end date ${ctx.endDate}`,
    });
  }
  if (action === 'START' && ctx.startDate && isStartOverdue(ctx.startDate, ctx.today)) {
    return refused({
      errorCode: 'CONFLICT',
      reason: 'START_DATE_PASSED',
      message: `The start date ${ctx.startDate} is more than ${START_GRACE_DAYS} days past: set a new date and resubmit`,
    });
  }
  return allowed(edge.to);
}

const ACTION_PAST_TENSE: Record<ProgrammeAction, string> = {
  SUBMIT: 'submitted',
  APPROVE: 'approved',
  REQUEST_CHANGES: 'sent back for changes',
  REJECT: 'rejected',
  START: 'started',
  COMPLETE: 'completed',
  TERMINATE: 'terminated',
  WITHDRAW: 'withdrawn',
};

/**
 * The candidate's status after the programme reaches `programmeStatus` (docs/domain.md §4.3), or
 * null for no change. ACTIVE → IN_PROGRAMME. COMPLETED and TERMINATED → AVAILABLE,
 * but only from IN_PROGRAMME: a status the jobcentre set meanwhile (EMPLOYED,
 * INACTIVE) is kept. COMPLETED gives AVAILABLE, not EMPLOYED (our decision): a
 * finished IGU, internship or wage subsidy is not itself a job; the jobcentre,
 * which owns the candidate record, sets EMPLOYED when the person is hired, and
 * until then the candidate stays in matching (another IGU is excluded by the
 * eligibility rule PRIOR_IGU anyway).
 */
export function candidateStatusAfterProgramme(
  programmeStatus: ProgrammeStatus,
  currentCandidateStatus: CandidateStatusValue,
): CandidateStatusValue | null {
  switch (programmeStatus) {
    case 'ACTIVE':
      return currentCandidateStatus === 'IN_PROGRAMME' ? null : 'IN_PROGRAMME';
    case 'COMPLETED':
    case 'TERMINATED':
      return currentCandidateStatus === 'IN_PROGRAMME' ? 'AVAILABLE' : null;
    default:
      return null;
  }
}

/** A position is filled when its ACTIVE programmes reach its openings. */
export function isPositionFilled(openings: number, activeProgrammes: number): boolean {
  return activeProgrammes >= openings;
}

/**
 * The position's status after a programme on it started (count the ACTIVE
 * programmes including the new one), or null for no change: OPEN → FILLED once
 * `openings` are reached. One-way: completing or terminating a programme does
 * not reopen a FILLED position (the employer publishes a new one), and DRAFT or
 * CLOSED positions are left alone.
 */
export function positionStatusAfterProgrammeStart(
  positionStatus: PositionStatusValue,
  openings: number,
  activeProgrammes: number,
): PositionStatusValue | null {
  return positionStatus === 'OPEN' && isPositionFilled(openings, activeProgrammes) ? 'FILLED' : null;
}
