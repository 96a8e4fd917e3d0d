import { addDays, isAfter, isBefore } from '@igu/calendar';
import {
  type BonusMilestone,
  earnedBonusMilestones,
  type ProgrammeKind,
  type ProgrammeStatus,
  registrationDeadline,
} from '@igu/programme-rules';

/** Registration reminders start this many days before the deadline (docs/domain.md §10). */
export const REGISTRATION_NOTICE_DAYS = 7;
/** A bonus milestone is announced once due, if it fell due within this many days (older ones are history, not news). */
export const BONUS_LOOKBACK_DAYS = 30;

export interface ProgrammeFacts {
  kind: ProgrammeKind;
  status: ProgrammeStatus;
  startDate: string;
  terminatedOn?: string | null;
}

/** The IGU registration deadline when `today` is within its last 7 days (inclusive) and the programme runs or is about to; else null. */
export function registrationReminderDue(programme: ProgrammeFacts, today: string): string | null {
  if (programme.status !== 'APPROVED' && programme.status !== 'ACTIVE') return null;
  const deadline = registrationDeadline(programme.kind, programme.startDate);
  if (!deadline) return null;
  return !isBefore(today, addDays(deadline, -REGISTRATION_NOTICE_DAYS)) && !isAfter(today, deadline) ? deadline : null;
}

/** The earned bonus milestones that are due by `today` and fell due within the look-back. */
export function bonusRemindersDue(programme: ProgrammeFacts, publicEmployer: boolean, today: string): BonusMilestone[] {
  return earnedBonusMilestones(programme, publicEmployer).filter(
    (milestone) => !isAfter(milestone.dueOn, today) && !isBefore(milestone.dueOn, addDays(today, -BONUS_LOOKBACK_DAYS)),
  );
}
