import { type CalendarDate, danishDayOf } from '@igu/calendar';

/**
 * The one source of "now" and "today" for every rule. Services receive it by
 * injection and never call `new Date()` for a rule, so tests can pin the day
 * and a rule cannot silently depend on when it runs.
 */
export abstract class Clock {
  /** The current instant, for timestamps and comparisons with instants (interview times, token expiry). */
  abstract now(): Date;

  /** Today in Denmark (Europe/Copenhagen calendar day). */
  abstract today(): CalendarDate;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }

  today(): CalendarDate {
    return danishDayOf(this.now());
  }
}

/**
 * Pins the calendar day (tests, demos); instants stay real, since PostgreSQL's
 * `now()` stamps rows with the real time anyway.
 */
export class FixedDayClock extends Clock {
  constructor(private readonly day: CalendarDate) {
    super();
  }

  now(): Date {
    return new Date();
  }

  today(): CalendarDate {
    return this.day;
  }
}
