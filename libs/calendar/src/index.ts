export {
  addDays,
  addMonths,
  anniversary,
  type CalendarDate,
  compareDates,
  daysBetween,
  daysInMonth,
  fullYearsBetween,
  inclusiveDays,
  isAfter,
  isBefore,
  isCalendarDate,
  isLeapYear,
  isoWeekday,
  parseCalendarDate,
  rangesOverlap,
  weekdaysBetweenInclusive,
  wholeWeeksBetween,
} from './calendar-date.js';
export { fromDayNumber, toDayNumber } from './day-number.js';
export { danishDayOf } from './danish-day.js';
