import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, ROLES, type RoleName, screenshot, signIn } from './support.js';

test.describe('sign-in and the shell', () => {
  test('the sign-in and registration pages are accessible and check the CVR as you type', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL('/sign-in');
    await expect(page.getByRole('heading', { name: 'Log ind' })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'sign-in-da');

    await page.getByRole('link', { name: 'Opret virksomhed' }).click();
    await expect(page.getByRole('heading', { name: 'Opret virksomhed' })).toBeVisible();
    const cvr = page.getByRole('textbox', { name: 'CVR-nummer' });
    await cvr.fill('13748137');
    await expect(page.getByText('Ugyldigt CVR-nummer (kontrolciffer passer ikke)')).toBeVisible();
    await cvr.fill('13748136');
    await expect(page.getByText('Ugyldigt CVR-nummer')).toHaveCount(0);
    await page.getByRole('combobox', { name: 'Kommune' }).click();
    await expect(page.getByRole('option', { name: 'Aarhus' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expectAccessible(page);
  });

  test('a wrong password is refused with a translated message', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('E-mail').fill(ROLES.employer.email);
    await page.getByLabel('Adgangskode').fill('not-the-password');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await expect(page.getByRole('alert')).toHaveText('Forkert e-mail eller adgangskode, eller din session er udløbet.');
    await expect(page).toHaveURL('/sign-in');
  });

  for (const role of Object.keys(ROLES) as RoleName[]) {
    test(`${role}: lands on its home with its navigation; every page is accessible`, async ({ page }) => {
      const { name, nav } = ROLES[role];
      await signIn(page, role);
      if (name) await expect(page.getByTestId('user-name')).toHaveText(name);
      const menu = page.getByRole('navigation', { name: 'Hovedmenu' });
      await expect(menu.getByRole('link')).toHaveText([...nav]);
      for (const label of nav) {
        await menu.getByRole('link', { name: label }).click();
        await expect(page.getByRole('heading', { level: 2, name: label })).toBeVisible();
        await expect(page.getByRole('status')).toHaveCount(0); // loaded
        await expect(page.getByRole('alert')).toHaveCount(0);
        await expectAccessible(page);
        await screenshot(page, `${role}-${page.url().split('/').pop()}-da`);
      }
    });
  }

  test('a role cannot open another role’s pages', async ({ page }) => {
    await signIn(page, 'union');
    await page.goto('/employer/positions');
    await expect(page.getByRole('heading', { name: 'Siden findes ikke' })).toBeVisible();
  });

  test('a reload keeps the session; the access token is in no storage; sign-out ends it', async ({ page, context }) => {
    await signIn(page, 'jobcentre');
    await page.reload();
    await expect(page.getByTestId('user-name')).toHaveText('Jette Jobcenter');
    await expect(page).toHaveURL('/jobcentre/candidates');

    const storage = await page.evaluate(
      () => JSON.stringify(Object.entries(localStorage)) + JSON.stringify(Object.entries(sessionStorage)) + document.cookie,
    );
    expect(storage).not.toMatch(/eyJ/); // no JWT anywhere a script can read
    const cookies = await context.cookies();
    expect(cookies.find((cookie) => cookie.name === 'igu_refresh')).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/auth' });

    await page.getByRole('button', { name: 'Log ud' }).click();
    await expect(page).toHaveURL('/sign-in');
    await page.goto('/jobcentre/candidates');
    await expect(page).toHaveURL('/sign-in');
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Log ind' })).toBeVisible();
  });

  test('a second tab restores the session from the cookie alone', async ({ page }) => {
    await signIn(page, 'employer');
    const second = await page.context().newPage();
    await second.goto('/employer/programmes');
    await expect(second.getByTestId('user-name')).toHaveText('Emil Employer');
    await second.close();
    await page.reload();
    await expect(page.getByTestId('user-name')).toHaveText('Emil Employer');
  });

  test('the session outlives the 15-minute access token: it is renewed with the cookie', async ({ page }) => {
    await page.clock.install();
    await signIn(page, 'employer');
    const refreshed = page.waitForResponse((response) => response.url().endsWith('/auth/refresh') && response.status() === 200);
    await page.clock.fastForward('16:00');
    await refreshed;
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Forløb' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Forløb' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByTestId('user-name')).toHaveText('Emil Employer');
  });

  test('English is one click away and remembered', async ({ page }) => {
    await signIn(page, 'union');
    await page.getByText('EN', { exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Approvals' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectAccessible(page);
    await screenshot(page, 'union-approvals-en');
    await page.getByText('DA', { exact: true }).click();
    await expect(page.getByRole('button', { name: 'Log ud' })).toBeVisible();
  });

  test('works at 390 px: the menu folds into a button', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/sign-in');
    await expectAccessible(page);
    await page.getByLabel('E-mail').fill(ROLES.jobcentre.email);
    await page.getByLabel('Adgangskode').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await expect(page).toHaveURL(ROLES.jobcentre.home);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(390);
    await page.getByRole('button', { name: 'Åbn menu' }).click();
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Forslag' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Forslag' })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'jobcentre-proposals-390px-da');
  });
});
