import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { Api, iguCandidate, uniqueWord } from './api.js';
import { expectAccessible, signIn } from './support.js';

async function expectFitsNarrowScreen(page: Page): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test.describe('data protection', () => {
  test('the caseworker sees the consent history and the access log, and exports everything held as JSON and PDF', async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    const jobcentre = await Api.as(request, 'jobcentre');
    const fullName = `Rania ${uniqueWord()}`;
    const id = await iguCandidate(jobcentre, fullName);
    // Consent given, then withdrawn: two rows of history.
    for (const shared of [true, false]) {
      const { candidate } = await jobcentre.data<{ candidate: { version: number } }>(`query($id: ID!) { candidate(id: $id) { version } }`, {
        id,
      });
      await jobcentre.data(
        `mutation($id: ID!, $v: Int!, $s: Boolean!) { updateCandidate(id: $id, expectedVersion: $v, input: { shareProfileWithEmployers: $s }) { id } }`,
        {
          id,
          v: candidate.version,
          s: shared,
        },
      );
    }

    await signIn(page, 'jobcentre');
    await page.goto(`/jobcentre/candidates/${id}`);
    await expect(page.getByRole('heading', { level: 2, name: fullName })).toBeVisible();

    await page.getByRole('tab', { name: 'Samtykke' }).click();
    const changes = page.getByTestId('consent-change');
    await expect(changes).toHaveCount(2);
    await expect(changes.nth(0)).toContainText('Delt med arbejdsgivere');
    await expect(changes.nth(0)).toContainText('Jette Jobcenter');
    await expect(changes.nth(1)).toContainText('Deling trukket tilbage');

    await page.getByRole('tab', { name: 'Adgangslog' }).click();
    const rows = page.getByTestId('access-log-row');
    await expect(rows.first()).toContainText('Læste adgangsloggen'); // reading the log is logged
    await expect(page.getByTestId('access-log')).toContainText('Oprettede kandidaten');
    await expect(page.getByTestId('access-log')).toContainText('Jette Jobcenter');
    await expectAccessible(page);

    // Export: fetched with the Bearer token, saved from a blob.
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Udtræk (JSON)' }).click()]);
    expect(json.suggestedFilename()).toMatch(/^indsigt-C-[A-Z0-9]{6}\.json$/);
    const exported = JSON.parse(await readFile(await json.path(), 'utf8')) as {
      sections: { candidate: { fullName: string; consentHistory: unknown[] } };
    };
    expect(exported.sections.candidate.fullName).toBe(fullName);
    expect(exported.sections.candidate.consentHistory).toHaveLength(2);
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Udtræk (PDF)' }).click()]);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    expect((await readFile(await pdf.path())).subarray(0, 5).toString()).toBe('%PDF-');

    // Both exports are in the log now (the tab refetches when shown again).
    await page.getByRole('tab', { name: 'Match' }).click();
    await page.getByRole('tab', { name: 'Adgangslog' }).click();
    await expect(page.getByTestId('access-log').getByText('Udtræk (indsigt)')).toHaveCount(2);
    await expectFitsNarrowScreen(page);
  });

  test('the administrator ranks readers and sees the retention dry run', async ({ page }) => {
    await signIn(page, 'admin');
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Databeskyttelse' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Databeskyttelse' })).toBeVisible();
    await expect(page.getByTestId('retention-report')).toContainText('5 års opbevaring');
    await expect(page.getByTestId('readers')).toContainText('Jette Jobcenter');
    await page
      .getByTestId('readers')
      .getByRole('row')
      .filter({ hasText: 'Jette Jobcenter' })
      .getByRole('button', { name: 'Vis opslag' })
      .click();
    await expect(page.getByRole('heading', { name: 'Opslag af Jette Jobcenter' })).toBeVisible();
    await expect(page.getByTestId('accesses')).toContainText('Jette Jobcenter');
    await expectFitsNarrowScreen(page);
  });
});
