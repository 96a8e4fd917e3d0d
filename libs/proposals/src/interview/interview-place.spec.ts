import { describe, expect, it } from '@jest/globals';
import { ProposalExceptionCode } from '../errors/proposal.exception.js';
import { INTERVIEW_LOCATION_MAX, InterviewMode, interviewPlace } from './interview-place.js';

function refusal(mode: InterviewMode | null, location: string | null): string | undefined {
  try {
    interviewPlace(mode, location);
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe('interviewPlace', () => {
  it('defaults to IN_PERSON with an optional address, so existing calls keep working', () => {
    expect(interviewPlace(undefined, undefined)).toEqual({ mode: 'IN_PERSON', location: null });
    expect(interviewPlace(null, '  ')).toEqual({ mode: 'IN_PERSON', location: null });
    expect(interviewPlace(InterviewMode.IN_PERSON, ' Vesterbrogade 12, 1620 København V ')).toEqual({
      mode: 'IN_PERSON',
      location: 'Vesterbrogade 12, 1620 København V',
    });
  });

  it('takes a phone number or none by PHONE', () => {
    expect(interviewPlace(InterviewMode.PHONE, null)).toEqual({ mode: 'PHONE', location: null });
    expect(interviewPlace(InterviewMode.PHONE, '+45  33 12 34 56')).toEqual({ mode: 'PHONE', location: '+45 33 12 34 56' });
    expect(interviewPlace(InterviewMode.PHONE, '+45 (33) 12-34-56').location).toBe('+45 (33) 12-34-56');
  });

  it.each([['ring mig'], ['12345'], ['+45 1234 5678 9012 3456'], ['https://meet.example.dk/a']])('refuses %p as a phone number', (text) => {
    expect(refusal(InterviewMode.PHONE, text)).toBe(ProposalExceptionCode.INTERVIEW_PHONE_INVALID);
  });

  it('needs an https meeting link by VIDEO and stores it normalised', () => {
    expect(interviewPlace(InterviewMode.VIDEO, ' https://Meet.Example.dk/igu?id=7 ')).toEqual({
      mode: 'VIDEO',
      location: 'https://meet.example.dk/igu?id=7',
    });
    expect(refusal(InterviewMode.VIDEO, null)).toBe(ProposalExceptionCode.INTERVIEW_LINK_REQUIRED);
    expect(refusal(InterviewMode.VIDEO, ' ')).toBe(ProposalExceptionCode.INTERVIEW_LINK_REQUIRED);
  });

  it.each([
    ['http://meet.example.dk/a', ProposalExceptionCode.INTERVIEW_LINK_NOT_HTTPS],
    ['javascript:alert(1)', ProposalExceptionCode.INTERVIEW_LINK_NOT_HTTPS],
    ['ftp://meet.example.dk', ProposalExceptionCode.INTERVIEW_LINK_NOT_HTTPS],
    ['meet.example.dk/a', ProposalExceptionCode.INTERVIEW_LINK_INVALID],
    ['https://', ProposalExceptionCode.INTERVIEW_LINK_INVALID],
    ['https://localhost/a', ProposalExceptionCode.INTERVIEW_LINK_INVALID],
    ['https://user:secret@meet.example.dk/a', ProposalExceptionCode.INTERVIEW_LINK_INVALID],
    [`https://meet.example.dk/${'a'.repeat(INTERVIEW_LOCATION_MAX)}`, ProposalExceptionCode.TOO_LONG],
  ])('refuses the meeting link %p (%s)', (link, code) => {
    expect(refusal(InterviewMode.VIDEO, link)).toBe(code);
  });

  it('refuses control characters and over-long text in any mode', () => {
    expect(refusal(InterviewMode.IN_PERSON, 'Vej 1\r\nBEGIN:VEVENT')).toBe(ProposalExceptionCode.INTERVIEW_LOCATION_INVALID);
    expect(refusal(InterviewMode.IN_PERSON, 'x'.repeat(INTERVIEW_LOCATION_MAX + 1))).toBe(ProposalExceptionCode.TOO_LONG);
    expect(interviewPlace(InterviewMode.IN_PERSON, 'x'.repeat(INTERVIEW_LOCATION_MAX)).location).toHaveLength(INTERVIEW_LOCATION_MAX);
  });
});
