import { ProposalException, ProposalExceptionCode } from '../errors/proposal.exception.js';

/** How an interview is held (docs/domain.md §4: KL asked for digital meetings during COVID-19). */
export const InterviewMode = {
  IN_PERSON: 'IN_PERSON',
  PHONE: 'PHONE',
  VIDEO: 'VIDEO',
} as const;
export type InterviewMode = (typeof InterviewMode)[keyof typeof InterviewMode];

export const INTERVIEW_MODES: readonly InterviewMode[] = Object.values(InterviewMode);

/** Longest address or meeting link stored; a real meeting link (Teams, Zoom) stays well under this. */
export const INTERVIEW_LOCATION_MAX = 500;

export interface InterviewPlace {
  mode: InterviewMode;
  /** Address (IN_PERSON), phone number (PHONE) or https meeting link (VIDEO); null when none is given. */
  location: string | null;
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
/** Digits with the usual separators and an optional leading +; 6 to 15 digits (E.164 allows at most 15). */
const PHONE_NUMBER = /^\+?[\d ()-]+$/;

/**
 * The interview's mode and location, checked and normalised: IN_PERSON (the
 * default) and PHONE take an optional address or number; VIDEO needs an https
 * meeting link. The phone number is the employer's contact point for the call,
 * not the candidate's, so it is no personal data of the candidate.
 * BAD_USER_INPUT with a specific reason otherwise; nothing is changed.
 */
export function interviewPlace(mode: InterviewMode | null | undefined, location: string | null | undefined): InterviewPlace {
  const chosen = mode ?? InterviewMode.IN_PERSON;
  const text = location?.trim() || null;
  if (text && text.length > INTERVIEW_LOCATION_MAX) {
    throw new ProposalException(ProposalExceptionCode.TOO_LONG, `At most ${INTERVIEW_LOCATION_MAX} characters`, 'location', {
      max: INTERVIEW_LOCATION_MAX,
    });
  }
  if (text && CONTROL_CHARACTERS.test(text)) {
    throw new ProposalException(ProposalExceptionCode.INTERVIEW_LOCATION_INVALID, 'The location must be a single line of text', 'location');
  }
  switch (chosen) {
    case InterviewMode.IN_PERSON:
      return { mode: chosen, location: text };
    case InterviewMode.PHONE:
      return { mode: chosen, location: text === null ? null : phoneNumber(text) };
    case InterviewMode.VIDEO:
      return { mode: chosen, location: meetingLink(text) };
  }
}

function phoneNumber(text: string): string {
  const digits = text.replace(/\D/g, '').length;
  if (!PHONE_NUMBER.test(text) || digits < 6 || digits > 15) {
    throw new ProposalException(ProposalExceptionCode.INTERVIEW_PHONE_INVALID, 'Give a phone number of 6 to 15 digits', 'location');
  }
  return text.replace(/\s+/g, ' ');
}

function meetingLink(text: string | null): string {
  if (text === null) {
    throw new ProposalException(ProposalExceptionCode.INTERVIEW_LINK_REQUIRED, 'A video interview needs a meeting link', 'location');
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ProposalException(ProposalExceptionCode.INTERVIEW_LINK_INVALID, 'The meeting link is not a valid web address', 'location');
  }
  if (url.protocol !== 'https:') {
    throw new ProposalException(ProposalExceptionCode.INTERVIEW_LINK_NOT_HTTPS, 'The meeting link must start with https://', 'location');
  }
  // No credentials in a link both parties see and that lands in calendar files; a host is required.
  if (url.username || url.password || !url.hostname.includes('.')) {
    throw new ProposalException(ProposalExceptionCode.INTERVIEW_LINK_INVALID, 'The meeting link is not a valid web address', 'location');
  }
  if (url.href.length > INTERVIEW_LOCATION_MAX) {
    throw new ProposalException(ProposalExceptionCode.TOO_LONG, `At most ${INTERVIEW_LOCATION_MAX} characters`, 'location', {
      max: INTERVIEW_LOCATION_MAX,
    });
  }
  return url.href;
}
