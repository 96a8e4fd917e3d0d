/**
 * Where a candidate stands on the first offer (docs/domain.md: target =
 * arrival in the municipality + 14 days, deadline = + 1 month):
 * - `offered`: an employer has accepted a proposal;
 * - `withinTarget`: today is on or before the target date;
 * - `approaching`: the target date has passed, the deadline has not;
 * - `overdue`: the deadline has passed without an offer (as the API's `overdueFirstOffer`).
 */
export type FirstOfferStatus = 'offered' | 'withinTarget' | 'approaching' | 'overdue';

export interface FirstOfferDates {
  firstOfferAt?: string | null;
  firstOfferTargetDate: string;
  firstOfferDeadline: string;
}

export function firstOfferStatus(candidate: FirstOfferDates, today: string): FirstOfferStatus {
  if (candidate.firstOfferAt) return 'offered';
  if (today <= candidate.firstOfferTargetDate) return 'withinTarget';
  if (today <= candidate.firstOfferDeadline) return 'approaching';
  return 'overdue';
}

/** Most urgent first, for sorting. */
export const URGENCY: Record<FirstOfferStatus, number> = { overdue: 0, approaching: 1, withinTarget: 2, offered: 3 };

export const FIRST_OFFER_COLOR: Record<FirstOfferStatus, string> = {
  overdue: 'red',
  approaching: 'orange',
  withinTarget: 'green',
  offered: 'gray',
};

/** Today's calendar date in Denmark (`YYYY-MM-DD`), whatever the browser's time zone. */
export function todayInDenmark(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
