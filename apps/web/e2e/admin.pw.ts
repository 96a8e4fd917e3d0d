import { expect, test } from '@playwright/test';
import { Api, uniqueWord } from './api.js';
import { expectAccessible, screenshot, signIn } from './support.js';

test.describe('administration', () => {
  test('the admin creates a jobcentre user and an employer user, who can sign in', async ({ page, request }) => {
    await signIn(page, 'admin');
    await expect(page.getByRole('heading', { level: 2, name: 'Brugere' })).toBeVisible();
    // The newest accounts first: the demo world's caseworkers and employers (…@demo.test).
    await expect(page.getByRole('cell', { name: /@demo\.test$/ }).first()).toBeVisible();
    await expectAccessible(page);

    const email = `${uniqueWord().toLowerCase()}@jobcenter-aarhus.example`;
    await page.getByRole('button', { name: 'Opret bruger' }).click();
    await expect(page.getByText('Skal udfyldes').first()).toBeVisible(); // checked before sending
    await page.getByRole('combobox', { name: 'Jobcenter' }).fill('Aarhus');
    await page.getByRole('option', { name: 'Jobcenter Aarhus' }).click();
    await page.getByLabel('Navn').fill('Anne Aarhus');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Startadgangskode').fill('a-long-enough-password');
    await page.getByRole('button', { name: 'Opret bruger' }).click();
    await expect(page.getByTestId('user-created')).toHaveText(`Brugeren ${email} er oprettet.`);
    await expect(page.getByRole('row').filter({ hasText: email })).toContainText('Jobcenter Aarhus');
    await Api.login(request, email, 'a-long-enough-password');

    const employerEmail = `${uniqueWord().toLowerCase()}@demo-byg.example`;
    await page.getByRole('combobox', { name: 'Rolle' }).click();
    await page.getByRole('option', { name: 'Arbejdsgiver' }).click();
    await page.getByRole('combobox', { name: 'Virksomhed' }).click();
    await page.getByRole('option', { name: 'Aarhus Demo Byg ApS' }).click();
    await page.getByLabel('Navn').fill('Bo Byg');
    await page.getByLabel('E-mail').fill(employerEmail);
    await page.getByLabel('Startadgangskode').fill('a-long-enough-password');
    await page.getByRole('button', { name: 'Opret bruger' }).click();
    await expect(page.getByTestId('user-created')).toHaveText(`Brugeren ${employerEmail} er oprettet.`);

    await page
      .locator('label')
      .filter({ hasText: /^Arbejdsgiver$/ })
      .click(); // the role filter's segment
    await expect(page.getByRole('row').filter({ hasText: employerEmail })).toContainText('Aarhus Demo Byg ApS');
    await expect(page.getByRole('row').filter({ hasText: email })).toHaveCount(0);
    await expectAccessible(page);
    await screenshot(page, 'admin-users-da');

    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page);
  });

  test('the admin recomputes every match and follows the progress to the end', async ({ page }) => {
    await signIn(page, 'admin');
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Matchning' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Matchning' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Genberegn alle match' }).click();
    const progress = page.getByRole('progressbar', { name: 'Fremdrift for genberegningen' });
    await expect(progress).toBeVisible();
    await expect(page.getByTestId('job-state')).toHaveText('Færdig', { timeout: 60_000 });
    await expect(progress).toHaveAttribute('aria-valuenow', '100');
    await expect(page.getByRole('button', { name: 'Genberegn alle match' })).toBeEnabled();
    await expectAccessible(page);
    await screenshot(page, 'admin-matching-da');
    await page.setViewportSize({ width: 390, height: 844 });
    // The layout settles a frame after the resize.
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
