import { expect, test } from '@playwright/test';
import { expectAccessible, type RoleName, screenshot, signIn } from './support.js';

const HOME: Record<RoleName, string> = {
  employer: '/employer/denmark',
  jobcentre: '/jobcentre/denmark',
  union: '/union/denmark',
  admin: '/administration/denmark',
};

test.describe('the map of Denmark', () => {
  test('every role sees open positions per municipality, and a municipality’s positions', async ({ page }) => {
    await signIn(page, 'jobcentre');
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Danmarkskort' }).click();
    await expect(page).toHaveURL(HOME.jobcentre);
    await expect(page.getByRole('heading', { level: 2, name: 'Danmarkskort' })).toBeVisible();
    const map = page.getByRole('img', { name: 'Åbne stillinger pr. kommune' });
    await expect(map).toBeVisible();
    await expect(map.locator('path[data-code]')).toHaveCount(98);
    await expect(page.getByTestId('positions-total')).toContainText(/ i \d+ kommuner?$/);

    // Aarhus always has the demo employer's open positions.
    const aarhus = page.getByRole('button', { name: 'Aarhus', exact: true });
    await aarhus.focus();
    await expect(page.getByTestId('municipality-map-readout')).toContainText(/^Aarhus: \d+ stilling/);
    await page.keyboard.press('Enter');
    await expect(aarhus).toHaveAttribute('aria-pressed', 'true');
    const chosen = page.getByRole('region', { name: 'Åbne stillinger i Aarhus' });
    await expect(chosen.getByRole('listitem').first()).toBeVisible();
    await expect(chosen).toContainText('Aarhus Demo Byg ApS');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expectAccessible(page);
    await screenshot(page, 'da/jobcentre-denmark');

    // Hovering a shape names it.
    await map.locator('path[data-code="101"]').hover();
    await expect(page.getByTestId('municipality-map-readout')).toContainText(/^København: /);

    for (const role of ['employer', 'union', 'admin'] as const) {
      await page.context().clearCookies();
      await signIn(page, role);
      await page.goto(HOME[role]);
      await expect(page.getByRole('img', { name: 'Åbne stillinger pr. kommune' })).toBeVisible();
    }
  });

  test('in English and at 390 px', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'union');
    await page.getByText('EN', { exact: true }).click();
    await page.goto(HOME.union);
    await expect(page.getByRole('heading', { level: 2, name: 'Map of Denmark' })).toBeVisible();
    await expect(page.getByRole('img', { name: 'Open positions per municipality' })).toBeVisible();
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page);
    await screenshot(page, 'en/union-denmark-390px');
    await page.getByText('DA', { exact: true }).click();
  });
});
