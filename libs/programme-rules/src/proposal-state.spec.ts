// The § numbers in test names are sections of docs/domain.md.
import { describe, expect, it } from '@jest/globals';
import { type ProposalStatus } from './programme-enums.js';
import {
  type ProposalAction,
  ACTIVE_PROPOSAL_STATUSES,
  INITIAL_PROPOSAL_STATUS,
  isActiveProposal,
  nextProposalStatus,
  proposalActionRole,
} from './proposal-state.js';

const STATUSES: ProposalStatus[] = ['PROPOSED', 'INTERVIEW', 'ACCEPTED', 'REJECTED', 'WITHDRAWN'];
const ACTIONS: ProposalAction[] = ['SCHEDULE_INTERVIEW', 'ACCEPT', 'REJECT', 'WITHDRAW'];
const ctx = { programme: 'NONE' as const, reason: 'Another candidate was a better fit' };

/** docs/domain.md §4.2, written out by hand. */
const ALLOWED: Partial<Record<string, ProposalStatus>> = {
  'PROPOSED SCHEDULE_INTERVIEW': 'INTERVIEW',
  'INTERVIEW SCHEDULE_INTERVIEW': 'INTERVIEW', // reschedule
  'PROPOSED ACCEPT': 'ACCEPTED',
  'INTERVIEW ACCEPT': 'ACCEPTED',
  'PROPOSED REJECT': 'REJECTED',
  'INTERVIEW REJECT': 'REJECTED',
  'PROPOSED WITHDRAW': 'WITHDRAWN',
  'INTERVIEW WITHDRAW': 'WITHDRAWN',
  'ACCEPTED WITHDRAW': 'WITHDRAWN', // no programme, or one that has not started (withdrawn with it)
};

describe('nextProposalStatus: every status × action (§4)', () => {
  const pairs = STATUSES.flatMap((status) => ACTIONS.map((action) => [status, action] as const));

  it.each(pairs)('%s + %s', (status, action) => {
    const expected = ALLOWED[`${status} ${action}`];
    const result = nextProposalStatus(status, action, ctx);
    if (expected) {
      expect(result).toEqual({ ok: true, status: expected });
    } else {
      expect(result).toEqual({
        ok: false,
        refusal: { errorCode: 'CONFLICT', reason: 'ILLEGAL_TRANSITION', message: expect.stringContaining(status) },
      });
    }
  });
});

describe('withdraw', () => {
  it('is refused for an ACCEPTED proposal once its programme has started', () => {
    expect(nextProposalStatus('ACCEPTED', 'WITHDRAW', { programme: 'STARTED' })).toEqual({
      ok: false,
      refusal: {
        errorCode: 'CONFLICT',
        reason: 'PROGRAMME_STARTED',
        message: 'A proposal cannot be withdrawn once its programme has started',
      },
    });
  });

  it('is allowed for an ACCEPTED proposal whose programme has not started (it is withdrawn with it)', () => {
    expect(nextProposalStatus('ACCEPTED', 'WITHDRAW', { programme: 'NOT_STARTED' })).toEqual({ ok: true, status: 'WITHDRAWN' });
  });

  it('is allowed for an ACCEPTED proposal without programme, and needs no reason', () => {
    expect(nextProposalStatus('ACCEPTED', 'WITHDRAW', { programme: 'NONE' })).toEqual({ ok: true, status: 'WITHDRAWN' });
  });
});

describe('reject: reason required', () => {
  it.each([undefined, null, '', '   '])('reason %p is BAD_USER_INPUT on the reason argument', (reason) => {
    expect(nextProposalStatus('INTERVIEW', 'REJECT', { programme: 'NONE', reason })).toEqual({
      ok: false,
      refusal: {
        errorCode: 'BAD_USER_INPUT',
        reason: 'REASON_REQUIRED',
        message: 'Rejecting a proposal requires a reason',
        field: 'reason',
      },
    });
  });

  it('with a reason, rejecting a withdrawn proposal is an illegal transition', () => {
    const result = nextProposalStatus('WITHDRAWN', 'REJECT', ctx);
    expect(result).toEqual({
      ok: false,
      refusal: {
        errorCode: 'CONFLICT',
        reason: 'ILLEGAL_TRANSITION',
        message: 'A proposal in status WITHDRAWN cannot be rejected',
      },
    });
  });
});

describe('who acts', () => {
  it.each([
    ['SCHEDULE_INTERVIEW', 'EMPLOYER'],
    ['ACCEPT', 'EMPLOYER'],
    ['REJECT', 'EMPLOYER'],
    ['WITHDRAW', 'JOBCENTRE'],
  ] as const)('%s: %s', (action, role) => expect(proposalActionRole(action)).toBe(role));
});

describe('active proposals (one per candidate and position)', () => {
  it('a new proposal starts PROPOSED', () => expect(INITIAL_PROPOSAL_STATUS).toBe('PROPOSED'));

  it.each([
    ['PROPOSED', true],
    ['INTERVIEW', true],
    ['ACCEPTED', true],
    ['REJECTED', false],
    ['WITHDRAWN', false],
  ] as const)('%s active: %s', (status, active) => {
    expect(isActiveProposal(status)).toBe(active);
    expect(ACTIVE_PROPOSAL_STATUSES.includes(status)).toBe(active);
  });
});
