import type { CalendarDate } from './calendar-date.js';

const COPENHAGEN_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Danish calendar day of an instant: deadlines, ages and "in the past" are meant in Denmark, whatever the server's zone. */
export function danishDayOf(instant: Date): CalendarDate {
  return COPENHAGEN_DAY.format(instant);
}
