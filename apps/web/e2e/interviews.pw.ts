import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { Api, iguCandidate, inDays, openIguPosition, uniqueWord } from './api.js';
import { expectAccessible, signIn } from './support.js';

/** Clicks a download button and returns the API's answer and the saved file's bytes. */
async function download(page: Page, button: ReturnType<Page['getByTestId']>, path: RegExp) {
  const [response, file] = await Promise.all([
    page.waitForResponse((candidate) => path.test(new URL(candidate.url()).pathname)),
    page.waitForEvent('download'),
    button.click(),
  ]);
  const bytes = await readFile(await file.path());
  return { response, bytes, filename: file.suggestedFilename() };
}

test.describe('interviews by video and the IGU agreement', () => {
  test('the employer schedules a video interview; both sides download the calendar file; the agreement PDF downloads', async ({
    page,
    request,
    browser,
  }) => {
    test.setTimeout(180_000);
    const employer = await Api.as(request, 'employer');
    const jobcentre = await Api.as(request, 'jobcentre');
    const title = `IGU-samtale ${uniqueWord()}`;
    const positionId = await openIguPosition(employer, title);
    const candidateId = await iguCandidate(jobcentre, `Samira ${uniqueWord()}`);
    await jobcentre.data(`mutation($input: ProposeCandidateInput!) { proposeCandidate(input: $input) { id } }`, {
      input: { candidateId, positionId },
    });

    await signIn(page, 'employer');
    await page.goto(`/employer/positions/${positionId}`);
    const proposal = page.getByTestId('proposal').first();
    await proposal.getByRole('button', { name: 'Planlæg samtale' }).click();
    await proposal.getByLabel('Tidspunkt for samtalen').fill(`${inDays(10)}T10:30`);
    await proposal.getByRole('radio', { name: 'Video' }).check();
    const link = proposal.getByRole('textbox', { name: 'Mødelink' });
    // Refused in the form, in Danish, before anything is sent.
    await link.fill('http://meet.example.dk/igu');
    await proposal.getByRole('button', { name: 'Gem tidspunkt' }).click();
    await expect(proposal.getByText('Mødelinket skal begynde med https://.')).toBeVisible();
    await expect(proposal.getByTestId('proposal-status')).toHaveText('Foreslået');
    await link.fill('https://meet.example.dk/igu-samtale');
    await expectAccessible(page);
    await proposal.getByRole('button', { name: 'Gem tidspunkt' }).click();
    await expect(proposal.getByTestId('proposal-status')).toHaveText('Samtale');
    await expect(proposal.getByTestId('interview-at')).toContainText('10.30');
    await expect(proposal.getByTestId('interview-at')).toContainText('Videosamtale');
    await expect(proposal.getByRole('link', { name: 'https://meet.example.dk/igu-samtale' })).toBeVisible();

    const calendar = await download(page, proposal.getByTestId('download-calendar'), /^\/proposals\/[^/]+\/interview\.ics$/);
    expect(calendar.response.status()).toBe(200);
    expect(calendar.response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect(calendar.response.request().headers().authorization).toMatch(/^Bearer /); // the token in a header, not the URL
    const ics = calendar.bytes.toString('utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(ics).toContain('TZID:Europe/Copenhagen');
    expect(ics).toContain(`T103000`); // 10:30 Danish time, whatever the season
    expect(ics).toContain('URL;VALUE=URI:https://meet.example.dk/igu-samtale');
    expect(calendar.filename).toMatch(/\.ics$/);

    // The jobcentre sees the same interview and may download it too.
    const jobcentreContext = await browser.newContext();
    const jobcentrePage = await jobcentreContext.newPage();
    await signIn(jobcentrePage, 'jobcentre');
    await jobcentrePage.goto('/jobcentre/proposals');
    await jobcentrePage.getByRole('tab', { name: /Samtale/ }).click();
    const seen = jobcentrePage.getByTestId('proposal').filter({ hasText: title });
    await expect(seen.getByTestId('interview-at')).toContainText('Videosamtale');
    const jobcentreCalendar = await download(jobcentrePage, seen.getByTestId('download-calendar'), /interview\.ics$/);
    expect(jobcentreCalendar.bytes.toString('utf8')).toContain('SEQUENCE:0');
    await jobcentreContext.close();

    // Accepted, the programme drafted: its agreement downloads as a PDF.
    await proposal.getByRole('button', { name: 'Acceptér' }).click();
    await expect(proposal.getByTestId('proposal-status')).toHaveText('Accepteret');
    await proposal.getByRole('button', { name: 'Opret forløb' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Forløb' })).toBeVisible();
    const agreement = await download(page, page.getByTestId('download-agreement'), /^\/programmes\/[^/]+\/agreement\.pdf$/);
    expect(agreement.response.status()).toBe(200);
    expect(agreement.response.headers()['content-type']).toBe('application/pdf');
    expect(agreement.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(agreement.filename).toBe('igu-aftale.pdf');

    // 390 px: the position page with the interview fits.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/employer/positions/${positionId}`);
    await expect(page.getByTestId('interview-at').first()).toBeVisible();
    // Polled: the layout settles a moment after the resize.
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
