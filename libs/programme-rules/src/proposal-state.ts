import { type ProposalStatus, type WorkflowRole } from './programme-enums.js';
import { type TransitionResult, allowed, refused } from './transition.js';

/**
 * Proposal workflow, docs/domain.md §4.2:
 *
 *   (proposeCandidate, jobcentre) → PROPOSED
 *   PROPOSED | INTERVIEW ─scheduleInterview (employer)→ INTERVIEW  (INTERVIEW again = reschedule)
 *   PROPOSED | INTERVIEW ─acceptProposal (employer)→ ACCEPTED
 *   PROPOSED | INTERVIEW ─rejectProposal (employer, reason required)→ REJECTED
 *   PROPOSED | INTERVIEW | ACCEPTED ─withdrawProposal (jobcentre)→ WITHDRAWN, as long as no
 *     programme of it has started (a programme that has not started is withdrawn with it)
 */

export const ProposalAction = {
  SCHEDULE_INTERVIEW: 'SCHEDULE_INTERVIEW',
  ACCEPT: 'ACCEPT',
  REJECT: 'REJECT',
  WITHDRAW: 'WITHDRAW',
} as const;
export type ProposalAction = (typeof ProposalAction)[keyof typeof ProposalAction];

/** Status of a new proposal. */
export const INITIAL_PROPOSAL_STATUS: ProposalStatus = 'PROPOSED';

export interface ProposalTransition {
  from: readonly ProposalStatus[];
  to: ProposalStatus;
  role: WorkflowRole;
}

/** The whole state machine. Anything not listed is an illegal transition (CONFLICT). */
export const PROPOSAL_TRANSITIONS: Readonly<Record<ProposalAction, ProposalTransition>> = {
  SCHEDULE_INTERVIEW: { from: ['PROPOSED', 'INTERVIEW'], to: 'INTERVIEW', role: 'EMPLOYER' },
  ACCEPT: { from: ['PROPOSED', 'INTERVIEW'], to: 'ACCEPTED', role: 'EMPLOYER' },
  REJECT: { from: ['PROPOSED', 'INTERVIEW'], to: 'REJECTED', role: 'EMPLOYER' },
  // ACCEPTED only while its programme, if any, has not started (checked below).
  WITHDRAW: { from: ['PROPOSED', 'INTERVIEW', 'ACCEPTED'], to: 'WITHDRAWN', role: 'JOBCENTRE' },
};

/** The role that may perform the action (`proposeCandidate` itself is JOBCENTRE). */
export function proposalActionRole(action: ProposalAction): WorkflowRole {
  return PROPOSAL_TRANSITIONS[action].role;
}

/** At most one active proposal per candidate and position (a partial unique index over these). */
export const ACTIVE_PROPOSAL_STATUSES: readonly ProposalStatus[] = ['PROPOSED', 'INTERVIEW', 'ACCEPTED'];

export function isActiveProposal(status: ProposalStatus): boolean {
  return ACTIVE_PROPOSAL_STATUSES.includes(status);
}

/** The proposal's programme: none, one that has not started (withdrawn with it), or one that started. */
export type ProposalProgrammeState = 'NONE' | 'NOT_STARTED' | 'STARTED';

export interface ProposalTransitionContext {
  programme: ProposalProgrammeState;
  /** REJECT: the employer's reason (required, not blank). */
  reason?: string | null;
}

export type ProposalRefusalReason = 'ILLEGAL_TRANSITION' | 'PROGRAMME_STARTED' | 'REASON_REQUIRED';

/**
 * The status after `action`, or a refusal: REASON_REQUIRED is BAD_USER_INPUT
 * (field `reason`, checked first: the input is wrong whatever the state);
 * ILLEGAL_TRANSITION and PROGRAMME_STARTED are CONFLICT.
 */
export function nextProposalStatus(
  current: ProposalStatus,
  action: ProposalAction,
  ctx: ProposalTransitionContext,
): TransitionResult<ProposalStatus, ProposalRefusalReason> {
  if (action === 'REJECT' && (ctx.reason == null || ctx.reason.trim() === '')) {
    return refused({
      errorCode: 'BAD_USER_INPUT',
      reason: 'REASON_REQUIRED',
      message: 'Rejecting a proposal requires a reason',
      field: 'reason',
    });
  }
  const transition = PROPOSAL_TRANSITIONS[action];
  if (!transition.from.includes(current)) {
    return refused({
      errorCode: 'CONFLICT',
      reason: 'ILLEGAL_TRANSITION',
      message: `A proposal in status ${current} cannot be ${ACTION_PAST_TENSE[action]}`,
    });
  }
  if (action === 'WITHDRAW' && ctx.programme === 'STARTED') {
    return refused({
      errorCode: 'CONFLICT',
      reason: 'PROGRAMME_STARTED',
      message: 'A proposal cannot be withdrawn once its programme has started',
    });
  }
  return allowed(transition.to);
}

const ACTION_PAST_TENSE: Record<ProposalAction, string> = {
  SCHEDULE_INTERVIEW: 'scheduled for an interview',
  ACCEPT: 'accepted',
  REJECT: 'rejected',
  WITHDRAW: 'withdrawn',
};
