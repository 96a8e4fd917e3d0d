import type { InterviewMode } from '../../graphql/generated/graphql.js';

/** As the API (libs/proposals interview-place.ts): the same limits, so the form says what the server would. */
export const INTERVIEW_LOCATION_MAX = 500;
export const INTERVIEW_MODES: readonly InterviewMode[] = ['IN_PERSON', 'PHONE', 'VIDEO'];

/**
 * The reason (an `errors.reasons` key) the API would refuse this location for
 * the mode, or null: a video interview needs an https meeting link, a phone
 * number has 6 to 15 digits, an address is free text on one line.
 */
export function interviewLocationProblem(mode: InterviewMode, location: string): string | null {
  const text = location.trim();
  if (text.length > INTERVIEW_LOCATION_MAX) return 'TOO_LONG';
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\u0000-\u001f\u007f]/.test(text)) return 'INTERVIEW_LOCATION_INVALID';
  if (mode === 'PHONE' && text) {
    const digits = text.replace(/\D/g, '').length;
    return /^\+?[\d ()-]+$/.test(text) && digits >= 6 && digits <= 15 ? null : 'INTERVIEW_PHONE_INVALID';
  }
  if (mode === 'VIDEO') {
    if (!text) return 'INTERVIEW_LINK_REQUIRED';
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return 'INTERVIEW_LINK_INVALID';
    }
    if (url.protocol !== 'https:') return 'INTERVIEW_LINK_NOT_HTTPS';
    if (url.username || url.password || !url.hostname.includes('.')) return 'INTERVIEW_LINK_INVALID';
  }
  return null;
}

/** A link only for an https meeting link (what the API stores for VIDEO); anything else is shown as text. */
export function safeMeetingLink(location: string | null | undefined): string | null {
  if (!location) return null;
  try {
    return new URL(location).protocol === 'https:' ? location : null;
  } catch {
    return null;
  }
}
