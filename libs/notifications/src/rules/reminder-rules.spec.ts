import { describe, expect, it } from '@jest/globals';
import { bonusRemindersDue, registrationReminderDue } from './reminder-rules.js';

describe('deadline reminders', () => {
  const igu = { kind: 'IGU' as const, status: 'ACTIVE' as const, startDate: '2026-10-10' }; // registration deadline 2026-11-10

  it('announces the registration deadline in its last 7 days, including the day itself', () => {
    expect(registrationReminderDue(igu, '2026-11-02')).toBeNull();
    expect(registrationReminderDue(igu, '2026-11-03')).toBe('2026-11-10');
    expect(registrationReminderDue(igu, '2026-11-10')).toBe('2026-11-10');
    expect(registrationReminderDue(igu, '2026-11-11')).toBeNull();
  });

  it('only for IGU programmes that are approved or running', () => {
    expect(registrationReminderDue({ ...igu, status: 'PENDING_APPROVAL' }, '2026-11-05')).toBeNull();
    expect(registrationReminderDue({ ...igu, status: 'APPROVED' }, '2026-11-05')).toBe('2026-11-10');
    expect(registrationReminderDue({ ...igu, kind: 'INTERNSHIP' }, '2026-11-05')).toBeNull();
  });

  it('announces a bonus milestone once it is due, for a private employer, within the look-back', () => {
    const started = { ...igu, startDate: '2026-05-02' }; // six months: 2026-11-02
    expect(bonusRemindersDue(started, false, '2026-11-01')).toEqual([]);
    expect(bonusRemindersDue(started, false, '2026-11-02').map((m) => m.kind)).toEqual(['SIX_MONTHS']);
    expect(bonusRemindersDue(started, false, '2026-12-02').map((m) => m.kind)).toEqual(['SIX_MONTHS']);
    expect(bonusRemindersDue(started, false, '2026-12-03')).toEqual([]);
    expect(bonusRemindersDue(started, true, '2026-11-02')).toEqual([]); // public employers get no bonus
  });
});
