import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectAccessible, screenshot, signIn } from './support.js';

test.describe('municipality statistics', () => {
  test('a caseworker sees the map and ranking, switches figure, opens a trend and downloads the CSV', async ({ page }) => {
    await signIn(page, 'jobcentre');
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Kommunestatistik' }).click();
    await expect(page).toHaveURL('/jobcentre/statistics');
    await expect(page.getByRole('heading', { level: 2, name: 'Kommunestatistik' })).toBeVisible();
    const table = page.getByTestId('statistics-table');
    await expect(table.locator('tbody tr')).toHaveCount(98);
    await expect(page.getByRole('img', { name: 'Andel med tilbud inden for 14 dage' })).toBeVisible();
    await expect(page.getByTestId('municipality-map').locator('path[data-code]')).toHaveCount(98);

    // Another figure: the map's title, the ranking's heading and its column follow.
    await page.getByRole('combobox', { name: 'Vis' }).click();
    await page.getByRole('option', { name: 'Forslag sendt' }).click();
    await expect(page.getByRole('heading', { level: 3, name: 'Kommuner efter Forslag sendt' })).toBeVisible();
    await expect(page.getByRole('img', { name: 'Forslag sendt' })).toBeVisible();
    await expect(table.locator('thead')).toContainText('Forslag sendt');

    // A municipality's trend: twelve months.
    await table.getByRole('button', { name: 'København', exact: true }).click();
    const trend = page.getByRole('region', { name: 'Udvikling måned for måned i København' });
    await expect(trend.getByTestId('trend-chart')).toBeVisible();
    await expect(trend.getByTestId('trend-table').locator('tbody tr')).toHaveCount(12);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expectAccessible(page);
    await screenshot(page, 'da/jobcentre-statistics');

    // The CSV, fetched with the Bearer token and saved from a blob.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Hent CSV' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^kommunestatistik-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFFKommunekode;Kommune;Fra;Til;Diskretioneret;')).toBe(true);
    expect(csv.trim().split('\r\n')).toHaveLength(99);

    // An inverted period is refused before any request.
    await page.getByLabel('Ankommet fra').fill('2030-01-01');
    await expect(page.getByText('Vælg to gyldige datoer')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Hent CSV' })).toBeDisabled();
  });

  test('every role has it, in English and at 390 px', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [role, path] of [
      ['employer', '/employer/statistics'],
      ['admin', '/administration/statistics'],
    ] as const) {
      await page.context().clearCookies();
      await signIn(page, role);
      await page.goto(path);
      await expect(page.getByTestId('statistics-table').locator('tbody tr')).toHaveCount(98);
    }
    await page.context().clearCookies();
    await signIn(page, 'union');
    await page.getByText('EN', { exact: true }).click();
    await page.goto('/union/statistics');
    await expect(page.getByRole('heading', { level: 2, name: 'Municipality statistics' })).toBeVisible();
    await expect(page.getByTestId('statistics-table').locator('tbody tr')).toHaveCount(98);
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page);
    await screenshot(page, 'en/union-statistics-390px');
    await page.getByText('DA', { exact: true }).click();
  });
});
