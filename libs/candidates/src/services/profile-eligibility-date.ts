import type { CalendarDate } from '@igu/calendar';
import { type Actor, Role } from '@igu/access';
import type { CandidateProfileView } from './candidate-views.js';

/**
 * The start date a profile's IGU eligibility is evaluated at. Only the
 * candidate's own jobcentre may choose it: for anyone else, a free date would
 * let them bisect the birth date, arrival date and residence basis out of the
 * eligible/ineligible answers, so their `asOf` is ignored for the start date
 * of their position in context (`eligibilityDate`), or today.
 */
export function eligibilityDateFor(
  actor: Actor,
  profile: Pick<CandidateProfileView, 'jobcentreId' | 'eligibilityDate'>,
  asOf: CalendarDate | null,
  today: CalendarDate,
): CalendarDate {
  const owner = actor.role === Role.JOBCENTRE && actor.jobcentreId === profile.jobcentreId;
  if (owner) return asOf ?? today;
  return profile.eligibilityDate ?? today;
}
