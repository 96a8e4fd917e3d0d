import { expect, test } from '@playwright/test';
import { Api, iguCandidate, inDays, openIguPosition, uniqueWord } from './api.js';
import { expectAccessible, screenshot, signIn } from './support.js';

/** An IGU programme awaiting 3F's decision, prepared through the API by the employer and the jobcentre. */
async function pendingProgramme(employer: Api, jobcentre: Api, title: string): Promise<string> {
  const positionId = await openIguPosition(employer, title, 101);
  const candidateId = await iguCandidate(jobcentre, `Samir ${uniqueWord()}`);
  const { proposeCandidate } = await jobcentre.data<{ proposeCandidate: { id: string } }>(
    `mutation($input: ProposeCandidateInput!) { proposeCandidate(input: $input) { id } }`,
    { input: { candidateId, positionId } },
  );
  await employer.data(`mutation($id: ID!) { acceptProposal(id: $id) { id } }`, { id: proposeCandidate.id });
  const start = inDays(40);
  const schoolStart = new Date(`${start}T12:00:00Z`);
  schoolStart.setUTCDate(schoolStart.getUTCDate() + 7);
  const schoolEnd = new Date(schoolStart);
  schoolEnd.setUTCDate(schoolEnd.getUTCDate() + 23 * 7 - 1);
  const { createProgramme } = await employer.data<{ createProgramme: { id: string; ruleViolations: { code: string }[] } }>(
    `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id ruleViolations { code } } }`,
    {
      input: {
        proposalId: proposeCandidate.id,
        startDate: start,
        weeklyWorkHours: 30,
        hourlyWageDkk: 152.5,
        collectiveAgreement: 'Serviceoverenskomsten',
        noOrdinaryEmploymentLast3Months: true,
        schoolPeriods: [
          {
            startDate: schoolStart.toISOString().slice(0, 10),
            endDate: schoolEnd.toISOString().slice(0, 10),
            description: 'AMU rengøring',
          },
        ],
      },
    },
  );
  expect(createProgramme.ruleViolations).toEqual([]);
  await employer.data(`mutation($id: ID!) { submitProgramme(id: $id) { id } }`, { id: createProgramme.id });
  return createProgramme.id;
}

test('the union representative requests a change, then approves the resubmitted programme', async ({ page, request }) => {
  const employer = await Api.as(request, 'employer');
  const title = `IGU-rengøring ${uniqueWord()}`;
  const programmeId = await pendingProgramme(employer, await Api.as(request, 'jobcentre'), title);

  await signIn(page, 'union');
  await expect(page.getByRole('heading', { level: 2, name: 'Godkendelser' })).toBeVisible();
  const item = page.getByTestId('programme').filter({ hasText: title });
  await expect(item).toBeVisible();
  await expect(item.getByText('Regler overholdt')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'union-approvals-inbox-da');

  await item.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  expect(page.url()).toContain(`/union/programmes/${programmeId}`);
  await expect(page.getByTestId('rule-check')).toHaveText('Forløbet overholder reglerne.');
  await expect(page.getByTestId('candidate-reference')).toHaveText(/^Kandidat C-/);
  await expect(page.getByRole('heading', { name: 'Skoleperioder (23 uger i alt)' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'AMU rengøring' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'union-programme-da');

  // A change request needs a comment
  await page.getByRole('button', { name: 'Ønsk ændringer' }).click();
  await expect(page.getByText('Skriv hvad der skal ændres, eller hvorfor forløbet afvises')).toBeVisible();
  await page.getByLabel('Kommentar til arbejdsgiveren').fill('Læg den første skoleperiode efter prøvetiden.');
  await page.getByRole('button', { name: 'Ønsk ændringer' }).click();
  await expect(page).toHaveURL('/union/approvals');
  await expect(page.getByTestId('programme').filter({ hasText: title })).toHaveCount(0);

  // The employer resubmits; the representative approves
  await employer.data(`mutation($id: ID!) { submitProgramme(id: $id) { id } }`, { id: programmeId });
  await page.reload();
  await page.getByTestId('programme').filter({ hasText: title }).getByRole('link', { name: title }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Læg den første skoleperiode efter prøvetiden.' })).toContainText(
    'Ændringer ønsket',
  );
  await page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Godkend' }).click();
  await expect(page).toHaveURL('/union/approvals');
  const { programme } = await employer.data<{ programme: { status: string } }>(`query($id: ID!) { programme(id: $id) { status } }`, {
    id: programmeId,
  });
  expect(programme.status).toBe('APPROVED');
});
