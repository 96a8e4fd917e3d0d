// The § numbers in test names are sections of docs/domain.md.
import { describe, expect, it } from '@jest/globals';
import { type ProgrammeStatus } from './programme-enums.js';
import {
  type ProgrammeAction,
  PROGRAMME_ACTION_ROLE,
  candidateStatusAfterProgramme,
  canEditProgramme,
  hasProgrammeStarted,
  isPositionFilled,
  NOT_STARTED_PROGRAMME_STATUSES,
  nextProgrammeStatus,
  positionStatusAfterProgrammeStart,
} from './programme-state.js';

const STATUSES: ProgrammeStatus[] = [
  'DRAFT',
  'PENDING_APPROVAL',
  'CHANGES_REQUESTED',
  'APPROVED',
  'REJECTED',
  'ACTIVE',
  'COMPLETED',
  'TERMINATED',
  'WITHDRAWN',
];
const ACTIONS: ProgrammeAction[] = ['SUBMIT', 'APPROVE', 'REQUEST_CHANGES', 'REJECT', 'START', 'COMPLETE', 'TERMINATE', 'WITHDRAW'];

const ctx = { hasUnion: true, endDate: '2027-03-02', today: '2027-03-02' };

/** docs/domain.md §4.3, written out by hand (not derived from PROGRAMME_TRANSITIONS) so the table is actually checked. */
const ALLOWED: Partial<Record<string, ProgrammeStatus>> = {
  'DRAFT SUBMIT': 'PENDING_APPROVAL',
  'CHANGES_REQUESTED SUBMIT': 'PENDING_APPROVAL',
  'PENDING_APPROVAL APPROVE': 'APPROVED',
  'PENDING_APPROVAL REQUEST_CHANGES': 'CHANGES_REQUESTED',
  'PENDING_APPROVAL REJECT': 'REJECTED',
  'APPROVED START': 'ACTIVE',
  'ACTIVE COMPLETE': 'COMPLETED',
  'ACTIVE TERMINATE': 'TERMINATED',
  // Before it starts, the employer may withdraw it (an abandoned programme must not block the candidate).
  'DRAFT WITHDRAW': 'WITHDRAWN',
  'CHANGES_REQUESTED WITHDRAW': 'WITHDRAWN',
  'PENDING_APPROVAL WITHDRAW': 'WITHDRAWN',
  'APPROVED WITHDRAW': 'WITHDRAWN',
};

describe('nextProgrammeStatus: every status × action (§4)', () => {
  const pairs = STATUSES.flatMap((status) => ACTIONS.map((action) => [status, action] as const));

  it.each(pairs)('%s + %s', (status, action) => {
    const expected = ALLOWED[`${status} ${action}`];
    const result = nextProgrammeStatus(status, action, ctx);
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

describe('submit', () => {
  it.each(['DRAFT', 'CHANGES_REQUESTED'] as const)('from %s: to union approval with a union, else APPROVED', (from) => {
    const withUnion = nextProgrammeStatus(from, 'SUBMIT', { ...ctx, hasUnion: true });
    expect(withUnion).toEqual({ ok: true, status: 'PENDING_APPROVAL' });
    expect(nextProgrammeStatus(from, 'SUBMIT', { ...ctx, hasUnion: false })).toEqual({ ok: true, status: 'APPROVED' });
  });

  it('is refused while pending approval, whether or not there is a union', () => {
    for (const hasUnion of [true, false]) {
      const result = nextProgrammeStatus('PENDING_APPROVAL', 'SUBMIT', { ...ctx, hasUnion });
      expect(result).toEqual({
        ok: false,
        refusal: {
          errorCode: 'CONFLICT',
          reason: 'ILLEGAL_TRANSITION',
          message: 'A programme in status PENDING_APPROVAL cannot be submitted',
        },
      });
    }
  });
});

describe('complete: not before the end date', () => {
  it('is refused the day before the end date with COMPLETE_BEFORE_END', () => {
    expect(nextProgrammeStatus('ACTIVE', 'COMPLETE', { ...ctx, today: '2027-03-01' })).toEqual({
      ok: false,
      refusal: {
        errorCode: 'CONFLICT',
        reason: 'COMPLETE_BEFORE_END',
        message: 'The programme cannot be completed before its end date 2027-03-02',
      },
    });
  });

  it.each(['2027-03-02', '2027-03-03', '2028-01-01'])('is allowed on or after the end date (%s)', (today) => {
    expect(nextProgrammeStatus('ACTIVE', 'COMPLETE', { ...ctx, today })).toEqual({ ok: true, status: 'COMPLETED' });
  });

  it('reports an illegal transition before the date check', () => {
    const result = nextProgrammeStatus('APPROVED', 'COMPLETE', { ...ctx, today: '2025-01-01' });
    expect(!result.ok && result.refusal.reason).toBe('ILLEGAL_TRANSITION');
  });
});

describe('start: not long after the start date', () => {
  const approved = (today: string) => nextProgrammeStatus('APPROVED', 'START', { ...ctx, startDate: '2027-03-01', today });

  it.each(['2027-02-01', '2027-03-01', '2027-03-15'])('is allowed up to 14 days after the start date (%s)', (today) => {
    expect(approved(today)).toEqual({ ok: true, status: 'ACTIVE' });
  });

  it('needs a new date 15 days after the start date', () => {
    expect(approved('2027-03-16')).toEqual({
      ok: false,
      refusal: { errorCode: 'CONFLICT', reason: 'START_DATE_PASSED', message: expect.stringContaining('2027-03-01') },
    });
  });
});

describe('started or not', () => {
  it.each(STATUSES)('%s', (status) => {
    const started = ['ACTIVE', 'COMPLETED', 'TERMINATED'].includes(status);
    expect(hasProgrammeStarted(status)).toBe(started);
    expect(NOT_STARTED_PROGRAMME_STATUSES.includes(status)).toBe(
      ['DRAFT', 'CHANGES_REQUESTED', 'PENDING_APPROVAL', 'APPROVED'].includes(status),
    );
  });
});

describe('canEditProgramme', () => {
  it.each(STATUSES)('%s', (status) => {
    expect(canEditProgramme(status)).toBe(status === 'DRAFT' || status === 'CHANGES_REQUESTED');
  });
});

describe('who acts', () => {
  it('the employer runs the programme, the union representative decides', () => {
    expect(PROGRAMME_ACTION_ROLE).toEqual({
      SUBMIT: 'EMPLOYER',
      APPROVE: 'UNION_REP',
      REQUEST_CHANGES: 'UNION_REP',
      REJECT: 'UNION_REP',
      START: 'EMPLOYER',
      COMPLETE: 'EMPLOYER',
      TERMINATE: 'EMPLOYER',
      WITHDRAW: 'EMPLOYER',
    });
  });
});

describe('candidateStatusAfterProgramme', () => {
  it.each([
    ['ACTIVE', 'AVAILABLE', 'IN_PROGRAMME'],
    ['ACTIVE', 'IN_PROGRAMME', null],
    ['TERMINATED', 'IN_PROGRAMME', 'AVAILABLE'],
    ['COMPLETED', 'IN_PROGRAMME', 'AVAILABLE'],
    ['TERMINATED', 'EMPLOYED', null], // set by the jobcentre meanwhile: kept
    ['COMPLETED', 'INACTIVE', null],
    ['APPROVED', 'AVAILABLE', null],
    ['REJECTED', 'AVAILABLE', null],
    ['DRAFT', 'AVAILABLE', null],
  ] as const)('programme %s, candidate %s → %s', (programmeStatus, candidateStatus, expected) => {
    expect(candidateStatusAfterProgramme(programmeStatus, candidateStatus)).toBe(expected);
  });
});

describe('position FILLED when ACTIVE programmes reach openings', () => {
  it.each([
    [1, 0, false],
    [1, 1, true],
    [3, 2, false],
    [3, 3, true],
  ])('%d openings, %d active → filled %s', (openings, active, filled) => {
    expect(isPositionFilled(openings, active)).toBe(filled);
    expect(positionStatusAfterProgrammeStart('OPEN', openings, active)).toBe(filled ? 'FILLED' : null);
  });

  it.each(['DRAFT', 'CLOSED', 'FILLED'] as const)('leaves a %s position alone', (status) => {
    expect(positionStatusAfterProgrammeStart(status, 1, 5)).toBeNull();
  });
});
