import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { login, referenceIds, signInAllRoles } from '@igu/testing';
import { startTestApi, type TestApi } from './support/test-api.js';
import { createCandidate } from './support/candidates.js';
import { createOpenPosition, errorOf, jobInput, registerOtherEmployer } from './support/positions.js';
import { download } from './support/downloads.js';

const ADMIN = { email: 'admin@test.example', password: 'bootstrap-admin-password' };
const FIELDS = `id version status interviewAt interviewMode interviewLocation candidate { reference }
  history { status interviewAt interviewMode interviewLocation }`;
const SCHEDULE = `mutation($id: ID!, $at: DateTime!, $mode: InterviewMode, $location: String) {
  scheduleInterview(id: $id, at: $at, mode: $mode, location: $location) { ${FIELDS} } }`;
/** The call as clients made it before interview modes existed. */
const SCHEDULE_LEGACY = `mutation($id: ID!, $at: DateTime!) { scheduleInterview(id: $id, at: $at) { ${FIELDS} } }`;
const GET = `query($id: ID!) { proposal(id: $id) { ${FIELDS} } }`;

interface Proposal {
  id: string;
  version: number;
  status: string;
  interviewAt: string | null;
  interviewMode: string | null;
  interviewLocation: string | null;
  candidate: { reference: string };
  history: { status: string; interviewAt: string | null; interviewMode: string | null; interviewLocation: string | null }[];
}

/** Unfolded iCalendar content lines (RFC 5545 §3.1). */
function icsLines(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, '').split('\r\n');
}

describe('interviews in person, by phone and by video, and their calendar file', () => {
  let api: TestApi;
  let roles: Awaited<ReturnType<typeof signInAllRoles>>;
  let otherEmployerToken: string;
  let otherJobcentreToken: string;

  beforeAll(async () => {
    api = await startTestApi({ BOOTSTRAP_ADMIN_EMAIL: ADMIN.email, BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password });
    roles = await signInAllRoles(api.client, api.dataSource, ADMIN);
    await registerOtherEmployer(api.client);
    otherEmployerToken = (await login(api.client, 'other-employer@test.example')).token;
    const { jobcentre751 } = await referenceIds(api.dataSource);
    await roles.admin.client.data(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: {
        email: 'aarhus@test.example',
        displayName: 'Anne Aarhus',
        role: 'JOBCENTRE',
        jobcentreId: jobcentre751,
        password: 'correct-horse-battery',
      },
    });
    otherJobcentreToken = (await login(api.client, 'aarhus@test.example')).token;
  });

  afterAll(async () => {
    await api.close();
  });

  async function proposal(title = 'Rengøringsassistent'): Promise<{ id: string; reference: string }> {
    const position = await createOpenPosition(roles.employer.client, jobInput({ title }));
    const candidate = await createCandidate(roles.jobcentre.client, { fullName: 'Amal Nour' });
    const { proposeCandidate } = await roles.jobcentre.client.data<{ proposeCandidate: Proposal }>(
      `mutation($input: ProposeCandidateInput!) { proposeCandidate(input: $input) { ${FIELDS} } }`,
      { input: { candidateId: candidate.id, positionId: position.id } },
    );
    return { id: proposeCandidate.id, reference: proposeCandidate.candidate.reference };
  }

  const schedule = async (id: string, variables: Record<string, unknown>) =>
    (await roles.employer.client.data<{ scheduleInterview: Proposal }>(SCHEDULE, { id, ...variables })).scheduleInterview;

  it('keeps the old call working: no mode is IN_PERSON without an address', async () => {
    const { id } = await proposal();
    const { scheduleInterview } = await roles.employer.client.data<{ scheduleInterview: Proposal }>(SCHEDULE_LEGACY, {
      id,
      at: '2026-11-10T09:00:00.000Z',
    });
    expect(scheduleInterview).toMatchObject({ status: 'INTERVIEW', interviewMode: 'IN_PERSON', interviewLocation: null });
  });

  it('takes an address in person, an optional number by phone and an https link by video', async () => {
    const inPerson = await schedule((await proposal()).id, {
      at: '2026-11-10T09:00:00.000Z',
      mode: 'IN_PERSON',
      location: 'Vesterbrogade 12, 1620 København V',
    });
    expect(inPerson).toMatchObject({ interviewMode: 'IN_PERSON', interviewLocation: 'Vesterbrogade 12, 1620 København V' });
    const byPhone = await schedule((await proposal()).id, { at: '2026-11-10T09:00:00.000Z', mode: 'PHONE' });
    expect(byPhone).toMatchObject({ interviewMode: 'PHONE', interviewLocation: null });
    const withNumber = await schedule((await proposal()).id, {
      at: '2026-11-10T09:00:00.000Z',
      mode: 'PHONE',
      location: '+45 33 12 34 56',
    });
    expect(withNumber).toMatchObject({ interviewMode: 'PHONE', interviewLocation: '+45 33 12 34 56' });
    const byVideo = await schedule((await proposal()).id, {
      at: '2026-11-10T09:00:00.000Z',
      mode: 'VIDEO',
      location: 'https://meet.example.dk/igu-42',
    });
    expect(byVideo).toMatchObject({ interviewMode: 'VIDEO', interviewLocation: 'https://meet.example.dk/igu-42' });
  });

  it.each([
    [null, 'INTERVIEW_LINK_REQUIRED'],
    ['http://meet.example.dk/igu', 'INTERVIEW_LINK_NOT_HTTPS'],
    ['meet.example.dk/igu', 'INTERVIEW_LINK_INVALID'],
  ])('refuses a video interview with link %p (%s) and changes nothing', async (location, reason) => {
    const { id } = await proposal();
    const result = await roles.employer.client.request(SCHEDULE, { id, at: '2026-11-10T09:00:00.000Z', mode: 'VIDEO', location });
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', reason, field: 'location' });
    const unchanged = (await roles.employer.client.data<{ proposal: Proposal }>(GET, { id })).proposal;
    expect(unchanged).toMatchObject({ status: 'PROPOSED', version: 1, interviewAt: null, interviewMode: null });
    expect(unchanged.history).toHaveLength(1);
  });

  it('refuses a phone interview with something that is no number', async () => {
    const { id } = await proposal();
    const result = await roles.employer.client.request(SCHEDULE, {
      id,
      at: '2026-11-10T09:00:00.000Z',
      mode: 'PHONE',
      location: 'ring mig',
    });
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INTERVIEW_PHONE_INVALID' });
  });

  it('keeps every scheduling in the history, and the calendar file follows the reschedule in Copenhagen time', async () => {
    const { id, reference } = await proposal('Køkkenmedhjælper');
    await schedule(id, { at: '2026-11-10T09:00:00.000Z', mode: 'VIDEO', location: 'https://meet.example.dk/igu-1' });
    const first = icsLines(await (await download(api, `/proposals/${id}/interview.ics`, roles.employer.token)).text());
    // Winter: CET, UTC+1.
    expect(first).toContain('DTSTART;TZID=Europe/Copenhagen:20261110T100000');
    expect(first).toContain('SEQUENCE:0');

    const rescheduled = await schedule(id, { at: '2027-06-15T08:00:00.000Z', mode: 'PHONE', location: '+45 33 12 34 56' });
    expect(rescheduled).toMatchObject({ interviewMode: 'PHONE', interviewAt: '2027-06-15T08:00:00.000Z', version: 3 });
    expect(
      rescheduled.history.map(({ status, interviewMode, interviewAt, interviewLocation }) => [
        status,
        interviewMode,
        interviewAt,
        interviewLocation,
      ]),
    ).toEqual([
      ['PROPOSED', null, null, null],
      ['INTERVIEW', 'VIDEO', '2026-11-10T09:00:00.000Z', 'https://meet.example.dk/igu-1'],
      ['INTERVIEW', 'PHONE', '2027-06-15T08:00:00.000Z', '+45 33 12 34 56'],
    ]);

    for (const token of [roles.employer.token, roles.jobcentre.token]) {
      const response = await download(api, `/proposals/${id}/interview.ics`, token);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-store');
      const text = await response.text();
      const lines = icsLines(text);
      expect(lines[0]).toBe('BEGIN:VCALENDAR');
      expect(lines).toEqual(expect.arrayContaining(['BEGIN:VTIMEZONE', 'TZID:Europe/Copenhagen', 'TZNAME:CEST', 'TZNAME:CET']));
      // Summer: CEST, UTC+2 — 08:00 UTC is 10:00 in Copenhagen.
      expect(lines).toContain('DTSTART;TZID=Europe/Copenhagen:20270615T100000');
      expect(lines).toContain('DTEND;TZID=Europe/Copenhagen:20270615T110000');
      expect(lines).toContain('SEQUENCE:1');
      expect(lines).toContain(`UID:proposal-${id}-interview@igu-match`); // the same entry, updated
      expect(lines).toContain(`SUMMARY:Jobsamtale: Køkkenmedhjælper – kandidat ${reference}`);
      expect(lines).toContain('LOCATION:Telefon: +45 33 12 34 56');
      expect(text).not.toContain('Amal');
      expect(text).not.toContain('hana@example.test');
    }
  });

  it('puts the meeting link of a video interview in LOCATION and URL', async () => {
    const { id } = await proposal();
    await schedule(id, { at: '2027-03-28T08:30:00.000Z', mode: 'VIDEO', location: 'https://meet.example.dk/igu-2' });
    const lines = icsLines(await (await download(api, `/proposals/${id}/interview.ics`, roles.jobcentre.token)).text());
    // 28 March 2027 is the day summer time begins (02:00 → 03:00): 08:30 UTC is 10:30 CEST.
    expect(lines).toContain('DTSTART;TZID=Europe/Copenhagen:20270328T103000');
    expect(lines).toContain('LOCATION:https://meet.example.dk/igu-2');
    expect(lines).toContain('URL;VALUE=URI:https://meet.example.dk/igu-2');
  });

  it('answers 401 without a token, 403 to union and ADMIN, 404 to the other side of the country and without an interview', async () => {
    const { id } = await proposal();
    await schedule(id, { at: '2026-11-10T09:00:00.000Z' });
    const path = `/proposals/${id}/interview.ics`;
    expect((await download(api, path)).status).toBe(401);
    expect((await download(api, path, 'not-a-token')).status).toBe(401);
    expect((await download(api, path, roles.union.token)).status).toBe(403);
    expect((await download(api, path, roles.admin.token)).status).toBe(403);
    expect((await download(api, path, otherEmployerToken)).status).toBe(404);
    expect((await download(api, path, otherJobcentreToken)).status).toBe(404);
    const notScheduled = await proposal();
    expect((await download(api, `/proposals/${notScheduled.id}/interview.ics`, roles.employer.token)).status).toBe(404);
    expect((await download(api, '/proposals/00000000-0000-4000-8000-000000000000/interview.ics', roles.employer.token)).status).toBe(404);
    expect((await download(api, '/proposals/not-a-uuid/interview.ics', roles.employer.token)).status).toBe(404);
    // Not the web app's page fallback, even for a browser asking for HTML.
    const browser = await download(api, path, undefined, { accept: 'text/html' });
    expect(browser.status).toBe(401);
    expect(browser.headers.get('content-type')).toContain('application/json');
  });
});
