import AxeBuilder from '@axe-core/playwright';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'igu-demo-password';

export const ROLES = {
  employer: {
    email: 'employer@demo.test',
    name: 'Emil Employer',
    home: '/employer/positions',
    nav: ['Stillinger', 'Forløb', 'Danmarkskort', 'Kommunestatistik'],
  },
  jobcentre: {
    email: 'jobcentre@demo.test',
    name: 'Jette Jobcenter',
    home: '/jobcentre/candidates',
    nav: ['Kandidater', 'Søg stillinger', 'Forslag', 'Overlevering', 'Danmarkskort', 'Kommunestatistik'],
  },
  union: {
    email: 'union@demo.test',
    name: 'Ulrik 3F',
    home: '/union/approvals',
    nav: ['Godkendelser', 'Danmarkskort', 'Kommunestatistik'],
  },
  admin: {
    email: 'admin@demo.test',
    name: null,
    home: '/administration/users',
    nav: ['Brugere', 'Matchning', 'Databeskyttelse', 'Danmarkskort', 'Kommunestatistik'],
  },
} as const;

export type RoleName = keyof typeof ROLES;

export async function signIn(page: Page, role: RoleName): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(ROLES[role].email);
  await page.getByLabel('Adgangskode').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await expect(page).toHaveURL(ROLES[role].home);
}

/** No serious or critical WCAG violation on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const blocking = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(
    blocking.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      nodes: violation.nodes.map((node) => node.target.join(' ')),
    })),
  ).toEqual([]);
}

const SCREENSHOTS = fileURLToPath(new URL('../../../test-results/web-screenshots/', import.meta.url));

/** Screenshots of the main pages, for review (test-results/web-screenshots/, not committed). */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
}
