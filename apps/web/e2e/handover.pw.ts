import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, signIn } from './support.js';

const SAMPLE = fileURLToPath(new URL('../../../data/samples/handover-sample.csv', import.meta.url));
/** The sample's eight deliberate errors (scripts/generate-handover-sample.ts). */
const SAMPLE_PROBLEM_ROWS = ['25', '50', '75', '100', '125', '150', '175', '200'];

async function expectFitsNarrowScreen(page: Page): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test.describe('jobcentre handover import', () => {
  test('the caseworker uploads the sample handover file, watches it finish, sees the problems and downloads them', async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, 'jobcentre');
    await page.getByRole('link', { name: 'Overlevering' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Overlevering' })).toBeVisible();
    await expectAccessible(page);

    await page.locator('input[type="file"]').setInputFiles(SAMPLE);
    await page.getByRole('button', { name: 'Indlæs fil' }).click();

    const current = page.getByTestId('handover-current');
    await expect(current.getByText('Færdig')).toBeVisible({ timeout: 60_000 });
    await expect(current.getByText('100 % færdig', { exact: true })).toBeVisible();
    await expect(current.getByTestId('handover-rowsTotal')).toHaveText('200');
    await expect(current.getByTestId('handover-rowsRejected')).toHaveText('8');
    // Created the first time; unchanged when the demo database already holds them (a second run).
    const imported = await Promise.all(
      (['rowsCreated', 'rowsUpdated', 'rowsUnchanged'] as const).map(async (key) =>
        Number(await current.getByTestId(`handover-${key}`).textContent()),
      ),
    );
    expect(imported.reduce((sum, n) => sum + n, 0)).toBe(192);

    const problems = current.getByTestId('handover-problems').locator('tbody tr');
    await expect(problems).toHaveCount(8);
    await expect(problems.locator('td:first-child')).toHaveText(SAMPLE_PROBLEM_ROWS);
    await expect(problems.nth(0)).toContainText('CPR-nummeret er ikke gyldigt.');
    await expect(problems.nth(4)).toContainText('Kommunen hører ikke under jeres jobcenter.');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      current.getByRole('button', { name: 'Hent alle som CSV' }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('"row","field","reason","message"');
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(SAMPLE_PROBLEM_ROWS.map((row) => `"${row}"`));
    // No CPR number of the file in what the browser received.
    expect(csv).not.toMatch(/\d{6}-\d{4}/);

    await expect(page.getByTestId('handover-import').first()).toContainText('handover-sample.csv');
    await expectFitsNarrowScreen(page);
  });
});
