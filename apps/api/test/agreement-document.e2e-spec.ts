import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { login, referenceIds, signInAllRoles, TEST_PASSWORD } from '@igu/testing';
import { PDFParse } from 'pdf-parse';
import { startTestApi, type TestApi } from './support/test-api.js';
import { createCandidate } from './support/candidates.js';
import { download } from './support/downloads.js';
import { createOpenPosition, iguInput, inDays, jobInput, registerOtherEmployer } from './support/positions.js';

const ADMIN = { email: 'admin@test.example', password: 'bootstrap-admin-password' };
const FULL_NAME = 'Amal Nour Haddad';

async function pdfText(response: Response): Promise<string> {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="igu-aftale-[0-9a-f-]{36}\.pdf"$/);
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  const parser = new PDFParse({ data: bytes });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

describe('the IGU agreement and education plan as a PDF', () => {
  let api: TestApi;
  let roles: Awaited<ReturnType<typeof signInAllRoles>>;
  let union3f: string;
  let otherEmployerToken: string;
  let otherJobcentreToken: string;

  beforeAll(async () => {
    api = await startTestApi({ BOOTSTRAP_ADMIN_EMAIL: ADMIN.email, BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password });
    roles = await signInAllRoles(api.client, api.dataSource, ADMIN);
    const ids = await referenceIds(api.dataSource);
    union3f = ids.union3f;
    await registerOtherEmployer(api.client);
    otherEmployerToken = (await login(api.client, 'other-employer@test.example')).token;
    await roles.admin.client.data(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: {
        email: 'aarhus@test.example',
        displayName: 'Anne Aarhus',
        role: 'JOBCENTRE',
        jobcentreId: ids.jobcentre751,
        password: TEST_PASSWORD,
      },
    });
    otherJobcentreToken = (await login(api.client, 'aarhus@test.example')).token;
  });

  afterAll(async () => {
    await api.close();
  });

  const start = inDays(40); // 2026-12-12

  /** An Aarhus IGU position, a København candidate, proposed, interviewed, accepted and drafted into a programme. */
  async function draftProgramme(
    kind: 'IGU' | 'INTERNSHIP' = 'IGU',
  ): Promise<{ programmeId: string; proposalId: string; candidateId: string; cpr: string }> {
    const position =
      kind === 'IGU'
        ? await createOpenPosition(roles.employer.client, iguInput(union3f, { title: 'IGU-elev i rengøring', startDate: start }))
        : await createOpenPosition(roles.employer.client, jobInput({ kind: 'INTERNSHIP', title: 'Praktik', startDate: start }));
    const candidate = await createCandidate(roles.jobcentre.client, { fullName: FULL_NAME });
    const { proposeCandidate } = await roles.jobcentre.client.data<{ proposeCandidate: { id: string } }>(
      `mutation($input: ProposeCandidateInput!) { proposeCandidate(input: $input) { id } }`,
      { input: { candidateId: candidate.id, positionId: position.id } },
    );
    await roles.employer.client.data(`mutation($id: ID!) { acceptProposal(id: $id) { id } }`, { id: proposeCandidate.id });
    const input =
      kind === 'IGU'
        ? {
            proposalId: proposeCandidate.id,
            startDate: start,
            weeklyWorkHours: 32.5,
            hourlyWageDkk: 142.5,
            collectiveAgreement: 'Serviceoverenskomsten',
            noOrdinaryEmploymentLast3Months: true,
            schoolPeriods: [{ startDate: '2027-01-04', endDate: '2027-06-11', description: 'AMU rengøring' }],
          }
        : {
            proposalId: proposeCandidate.id,
            startDate: start,
            endDate: inDays(80),
            weeklyWorkHours: 20,
            employeeRepresentativeStatement: 'OK',
          };
    const { createProgramme } = await roles.employer.client.data<{ createProgramme: { id: string } }>(
      `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`,
      { input },
    );
    return { programmeId: createProgramme.id, proposalId: proposeCandidate.id, candidateId: candidate.id, cpr: candidate.cpr };
  }

  const nameReads = async (candidateId: string, userId: string): Promise<number> =>
    (
      await api.dataSource.query(
        `SELECT count(*)::int AS n FROM personal_data_access WHERE subject_id = $1 AND actor_user_id = $2 AND 'fullName' = ANY(fields)`,
        [candidateId, userId],
      )
    )[0].n;

  it('shows the registration fields, the name to employer (accepted) and jobcentre, the reference to the union, never the CPR', async () => {
    const { programmeId, candidateId, cpr } = await draftProgramme();
    const path = `/programmes/${programmeId}/agreement.pdf`;
    const { programme } = await roles.employer.client.data<{ programme: { candidate: { reference: string } } }>(
      `query($id: ID!) { programme(id: $id) { candidate { reference } } }`,
      { id: programmeId },
    );
    const reference = programme.candidate.reference;

    const readsBefore = {
      employer: await nameReads(candidateId, roles.employer.userId),
      jobcentre: await nameReads(candidateId, roles.jobcentre.userId),
    };
    const employerText = await pdfText(await download(api, path, roles.employer.token));
    for (const expected of [
      'Aftale om integrationsgrunduddannelse (IGU)',
      'Status: Kladde',
      'Aarhus Byg ApS',
      'CVR-nr.: 13748136',
      'Jobcenter København',
      'København (kommunekode 101)',
      FULL_NAME,
      reference,
      'IGU-elev i rengøring',
      'Startdato: 12. december 2026',
      'Slutdato: 11. december 2028',
      'Ugentlig arbejdstid: 32,5 timer',
      'Timeløn: 142,50 kr.',
      'Overenskomst: Serviceoverenskomsten',
      '4. januar 2027 – 11. juni 2027: 23 uger, AMU rengøring',
      'Skoleuger i alt: 23',
      'Faglig organisation:',
      'Endnu ingen afgørelse',
      '5. Bonus til arbejdsgiver (planlagt)',
      'Efter 6 måneder: 20.000 kr., forfalder 12. juni 2027',
      'Ved gennemført forløb (24 måneder): 20.000 kr., forfalder 12. december 2028',
      'Registreringsfrist: 12. januar 2027',
    ]) {
      expect(employerText).toContain(expected);
    }
    expect(await nameReads(candidateId, roles.employer.userId)).toBe(readsBefore.employer + 1); // the name read is access-logged

    const jobcentreText = await pdfText(await download(api, path, roles.jobcentre.token));
    expect(jobcentreText).toContain(FULL_NAME);
    expect(await nameReads(candidateId, roles.jobcentre.userId)).toBe(readsBefore.jobcentre + 1);

    // The union sees nothing before submission, then the reference only.
    expect((await download(api, path, roles.union.token)).status).toBe(404);
    await roles.employer.client.data(`mutation($id: ID!) { submitProgramme(id: $id) { id } }`, { id: programmeId });
    const pendingText = await pdfText(await download(api, path, roles.union.token));
    expect(pendingText).toContain('Status: Afventer faglig organisations godkendelse');
    expect(pendingText).toContain(`Kandidat ${reference}`);
    expect(pendingText).not.toContain(FULL_NAME);
    expect(pendingText).not.toContain('Amal');
    expect(await nameReads(candidateId, roles.union.userId)).toBe(0);

    await roles.union.client.data(`mutation($id: ID!) { decideProgramme(id: $id, decision: APPROVE) { id } }`, { id: programmeId });
    const approvedText = await pdfText(await download(api, path, roles.union.token));
    expect(approvedText).toMatch(/Afgørelse: Godkendt den \d{1,2}\. [a-z]+ \d{4}/);
    expect(approvedText).toContain('5. Bonus til arbejdsgiver\n');

    for (const text of [employerText, jobcentreText, pendingText, approvedText]) {
      expect(text).not.toContain(cpr);
      expect(text).not.toContain(cpr.replace('-', ''));
      expect(text).not.toMatch(/\b\d{6}-?\d{4}\b/); // nothing shaped like a CPR at all
    }
  });

  it('hides the name from the employer once the proposal is no longer ACCEPTED', async () => {
    const { programmeId, proposalId } = await draftProgramme();
    await roles.jobcentre.client.data(`mutation($id: ID!) { withdrawProposal(id: $id, reason: "Flyttet") { id } }`, { id: proposalId });
    const text = await pdfText(await download(api, `/programmes/${programmeId}/agreement.pdf`, roles.employer.token));
    expect(text).not.toContain(FULL_NAME);
    expect(text).toContain('Status: Trukket tilbage');
  });

  it('answers 401 without a token, 403 to ADMIN, 404 to others and for programmes that are not IGU', async () => {
    const { programmeId } = await draftProgramme();
    const path = `/programmes/${programmeId}/agreement.pdf`;
    expect((await download(api, path)).status).toBe(401);
    expect((await download(api, path, roles.admin.token)).status).toBe(403);
    expect((await download(api, path, otherEmployerToken)).status).toBe(404);
    expect((await download(api, path, otherJobcentreToken)).status).toBe(404);
    expect((await download(api, path, roles.union.token)).status).toBe(404); // not submitted
    expect((await download(api, '/programmes/00000000-0000-4000-8000-000000000000/agreement.pdf', roles.employer.token)).status).toBe(404);
    expect((await download(api, '/programmes/x/agreement.pdf', roles.employer.token)).status).toBe(404);
    const internship = await draftProgramme('INTERNSHIP');
    expect((await download(api, `/programmes/${internship.programmeId}/agreement.pdf`, roles.employer.token)).status).toBe(404);
  });
});
