import { describe, expect, it } from 'vitest';
import { interviewLocationProblem, safeMeetingLink } from './interview-location.js';

describe('interviewLocationProblem', () => {
  it('lets an address and a phone number be left out', () => {
    expect(interviewLocationProblem('IN_PERSON', '')).toBeNull();
    expect(interviewLocationProblem('IN_PERSON', 'Vesterbrogade 12, 1620 København V')).toBeNull();
    expect(interviewLocationProblem('PHONE', ' ')).toBeNull();
    expect(interviewLocationProblem('PHONE', '+45 33 12 34 56')).toBeNull();
  });

  it('refuses what the API refuses', () => {
    expect(interviewLocationProblem('PHONE', 'ring mig')).toBe('INTERVIEW_PHONE_INVALID');
    expect(interviewLocationProblem('VIDEO', '')).toBe('INTERVIEW_LINK_REQUIRED');
    expect(interviewLocationProblem('VIDEO', 'meet.example.dk')).toBe('INTERVIEW_LINK_INVALID');
    expect(interviewLocationProblem('VIDEO', 'http://meet.example.dk/a')).toBe('INTERVIEW_LINK_NOT_HTTPS');
    expect(interviewLocationProblem('VIDEO', 'https://meet.example.dk/a')).toBeNull();
    expect(interviewLocationProblem('IN_PERSON', 'x'.repeat(501))).toBe('TOO_LONG');
  });

  it('makes links of https addresses only', () => {
    expect(safeMeetingLink('https://meet.example.dk/a')).toBe('https://meet.example.dk/a');
    expect(safeMeetingLink('javascript:alert(1)')).toBeNull();
    expect(safeMeetingLink('+45 33 12 34 56')).toBeNull();
  });
});
