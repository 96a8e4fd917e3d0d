import { describe, expect, it } from '@jest/globals';
import { interviewCalendar } from './interview-calendar.js';
import { InterviewMode } from './interview-place.js';

/** Unfolded content lines (RFC 5545 §3.1: a folded line continues after CRLF + space). */
function lines(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n');
}

const BASE = {
  proposalId: '6f1c2d7e-0000-4000-8000-000000000001',
  mode: InterviewMode.VIDEO,
  location: 'https://meet.example.dk/igu',
  sequence: 0,
  cancelled: false,
  positionTitle: 'Køkkenmedhjælper',
  candidateReference: 'K-2026-000042',
  stamp: new Date('2026-11-02T08:00:00Z'),
};

describe('interviewCalendar', () => {
  it('writes local Copenhagen time with its VTIMEZONE, in winter and in summer', () => {
    const winter = lines(interviewCalendar({ ...BASE, at: new Date('2026-11-10T09:00:00Z') }));
    expect(winter).toContain('DTSTART;TZID=Europe/Copenhagen:20261110T100000');
    expect(winter).toContain('DTEND;TZID=Europe/Copenhagen:20261110T110000');
    const summer = lines(interviewCalendar({ ...BASE, at: new Date('2027-06-15T08:00:00Z') }));
    expect(summer).toContain('DTSTART;TZID=Europe/Copenhagen:20270615T100000');
    expect(summer).toEqual(expect.arrayContaining(['BEGIN:VTIMEZONE', 'TZID:Europe/Copenhagen', 'TZOFFSETTO:+0200', 'TZOFFSETTO:+0100']));
    expect(summer).toContain('DTSTAMP:20261102T080000Z');
  });

  it('keeps one UID per proposal, counts reschedulings in SEQUENCE and names the candidate by reference only', () => {
    const ics = lines(interviewCalendar({ ...BASE, at: new Date('2026-11-10T09:00:00Z'), sequence: 2 }));
    expect(ics).toContain(`UID:proposal-${BASE.proposalId}-interview@igu-match`);
    expect(ics).toContain('SEQUENCE:2');
    expect(ics).toContain('SUMMARY:Jobsamtale: Køkkenmedhjælper – kandidat K-2026-000042');
    expect(ics).toContain('URL;VALUE=URI:https://meet.example.dk/igu');
    expect(ics).toContain('STATUS:CONFIRMED');
  });

  it('gives the address or the phone number as location, and marks a cancelled interview', () => {
    const inPerson = lines(
      interviewCalendar({ ...BASE, mode: InterviewMode.IN_PERSON, location: 'Vej 1, 2100 København Ø', at: new Date(), cancelled: true }),
    );
    expect(inPerson).toContain('LOCATION:Vej 1\\, 2100 København Ø');
    expect(inPerson).toContain('STATUS:CANCELLED');
    expect(inPerson.some((line) => line.startsWith('URL'))).toBe(false);
    const phone = lines(interviewCalendar({ ...BASE, mode: InterviewMode.PHONE, location: '+45 33 12 34 56', at: new Date() }));
    expect(phone).toContain('LOCATION:Telefon: +45 33 12 34 56');
  });
});
