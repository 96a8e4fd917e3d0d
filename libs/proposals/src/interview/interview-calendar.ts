import ical, { ICalEventStatus } from 'ical-generator';
import { Temporal } from 'temporal-polyfill';
import { InterviewMode } from './interview-place.js';

export const INTERVIEW_TIME_ZONE = 'Europe/Copenhagen';

/** Length of the calendar entry: the proposal stores a start only. */
const INTERVIEW_MINUTES = 60;

/**
 * Denmark's zone as iCalendar wants it: CET/CEST with the EU rule (last Sunday
 * of March and of October), unchanged since 1996 — so a fixed text, not a time
 * zone database shipped at run time.
 */
const COPENHAGEN_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${INTERVIEW_TIME_ZONE}`,
  `X-LIC-LOCATION:${INTERVIEW_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZNAME:CEST',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZNAME:CET',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

export interface InterviewCalendarInput {
  proposalId: string;
  at: Date;
  mode: InterviewMode;
  location: string | null;
  /** How many times the interview was rescheduled: 0 for the first scheduling. */
  sequence: number;
  /** Cancelled when the proposal was rejected or withdrawn after the scheduling. */
  cancelled: boolean;
  positionTitle: string;
  /** The candidate as others see it: its reference, never a name or contact. */
  candidateReference: string;
  stamp: Date;
}

const MODE_TEXT: Readonly<Record<InterviewMode, string>> = {
  [InterviewMode.IN_PERSON]: 'Fremmøde',
  [InterviewMode.PHONE]: 'Telefon',
  [InterviewMode.VIDEO]: 'Video',
};

/**
 * The interview as an iCalendar file (RFC 5545): local Danish time with its
 * VTIMEZONE, one UID per proposal so a calendar replaces the entry on a
 * reschedule, and SEQUENCE counting the reschedulings.
 */
export function interviewCalendar(input: InterviewCalendarInput): string {
  const calendar = ical({
    prodId: { company: 'IGU Match', product: 'interviews', language: 'DA' },
    timezone: { name: null, generator: (zone) => (zone === INTERVIEW_TIME_ZONE ? COPENHAGEN_VTIMEZONE : null) },
  });
  const start = Temporal.Instant.fromEpochMilliseconds(input.at.getTime()).toZonedDateTimeISO(INTERVIEW_TIME_ZONE);
  const details = [
    `Jobsamtale (${MODE_TEXT[input.mode].toLowerCase()}) om stillingen ${input.positionTitle}.`,
    `Kandidat: ${input.candidateReference}.`,
  ];
  if (input.mode === InterviewMode.PHONE && input.location) details.push(`Telefonnummer: ${input.location}`);
  if (input.mode === InterviewMode.VIDEO && input.location) details.push(`Mødelink: ${input.location}`);
  calendar.createEvent({
    id: `proposal-${input.proposalId}-interview@igu-match`,
    sequence: input.sequence,
    stamp: input.stamp,
    start,
    end: start.add({ minutes: INTERVIEW_MINUTES }),
    timezone: INTERVIEW_TIME_ZONE,
    summary: `Jobsamtale: ${input.positionTitle} – kandidat ${input.candidateReference}`,
    description: details.join('\n'),
    location: locationText(input.mode, input.location),
    url: input.mode === InterviewMode.VIDEO ? input.location : null,
    status: input.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}

/** The address as is (calendars link it to a map), the number with its kind, or the meeting link. */
function locationText(mode: InterviewMode, location: string | null): string {
  if (!location) return MODE_TEXT[mode];
  return mode === InterviewMode.PHONE ? `${MODE_TEXT[mode]}: ${location}` : location;
}
