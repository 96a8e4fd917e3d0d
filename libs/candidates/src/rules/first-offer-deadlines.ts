export interface FirstOfferDates {
  /** "As far as possible within the first 2 weeks in the municipality". */
  firstOfferTargetDate: CalendarDate;
  /** "At the latest after 1 month": one calendar month, clamped at month end (31 Jan → 28/29 Feb). */
  firstOfferDeadline: CalendarDate;
}

export function firstOfferDates(arrivedInMunicipalityOn: CalendarDate): FirstOfferDates {
  return {
    firstOfferTargetDate: addDays(arrivedInMunicipalityOn, 14),
    firstOfferDeadline: addMonths(arrivedInMunicipalityOn, 1),
  };
}

/** Overdue: no offer yet and the deadline lies before today (on the deadline day itself there is still time). */
export function isFirstOfferOverdue(
  candidate: { firstOfferDeadline: CalendarDate; firstOfferAt: CalendarDate | null },
  today: CalendarDate,
): boolean {
  return candidate.firstOfferAt === null && candidate.firstOfferDeadline < today;
}
import { addDays, addMonths, type CalendarDate } from '@igu/calendar';
