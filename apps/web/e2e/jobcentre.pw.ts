import { expect, type Locator, type Page, test } from '@playwright/test';
import { Api, inDays, openIguPosition, randomCpr, uniqueWord } from './api.js';
import { expectAccessible, screenshot, signIn } from './support.js';

async function expectFitsNarrowScreen(page: Page): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  // Polled: the layout settles a moment after the resize.
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** Options of a searched picker move while results arrive; a click event needs no stable box. */
async function pick(option: Locator): Promise<void> {
  await expect(option).toBeVisible();
  await option.dispatchEvent('click');
}

async function choose(page: Page, combobox: string, option: string | RegExp): Promise<void> {
  await page.getByRole('combobox', { name: combobox }).click();
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
}

test.describe('jobcentre', () => {
  test('the caseworker creates a candidate, sees their matches explained, proposes, and follows the proposal', async ({
    page,
    request,
  }) => {
    // Many steps, each waiting for the worker's matching and an accessibility scan.
    test.setTimeout(180_000);
    // A position near the candidate (Frederiksberg, next to København) that the candidate will match.
    const positionTitle = `IGU-rengøring ${uniqueWord()}`;
    await openIguPosition(await Api.as(request, 'employer'), positionTitle, 147);

    await signIn(page, 'jobcentre');
    await expect(page.getByRole('heading', { level: 2, name: 'Kandidater' })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Fristen overskredet' })).toBeChecked(); // the default filter
    await expect(page.getByRole('status')).toHaveCount(0);
    await expectAccessible(page);

    // Create
    const surname = uniqueWord();
    const fullName = `Amira ${surname}`;
    const cpr = randomCpr();
    await page.getByRole('link', { name: 'Ny kandidat' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Ny kandidat' })).toBeVisible();
    await page.getByRole('button', { name: 'Opret kandidat' }).click();
    await expect(page.getByText('Skriv CPR-nummeret som DDMMÅÅ-XXXX')).toBeVisible(); // validated before sending
    await page.getByLabel('Fulde navn').fill(fullName);
    await page.getByLabel('CPR-nummer').fill(cpr);
    await page.getByLabel('Telefon').fill('+4512345678');
    await choose(page, 'Opholdsgrundlag', 'Flygtning');
    await page.getByLabel('Ankommet til Danmark').fill(inDays(-60));
    await page.getByLabel('Ankommet til kommunen').fill(inDays(-3));
    await choose(page, 'Bopælskommune', 'København');
    await page.getByRole('combobox', { name: 'Ønskede stillingsbetegnelser' }).fill('9112');
    await pick(page.getByRole('option', { name: /^9112 / }));
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Kompetencer' }).fill('cleaning duties');
    await pick(page.getByRole('option', { name: 'perform cleaning duties' }));
    await page.keyboard.press('Escape');
    await page.getByLabel(/samtykke til at profilen deles/).check();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Opret kandidat' }).click();

    // The candidate page: CPR masked, first-offer status, matches explained
    await expect(page.getByRole('heading', { level: 2, name: fullName })).toBeVisible();
    expect(page.url()).not.toContain(surname); // addressed by id only
    await expect(page.getByTestId('cpr-masked')).toHaveText(`CPR ${cpr.slice(0, 6)}-XXXX`);
    await expect(page.getByTestId('first-offer-status')).toHaveText('Inden for målet');
    // Matches are computed in the background: reload until the new position is among them.
    const match = page.getByTestId('match').filter({ hasText: positionTitle });
    await expect(async () => {
      await page.reload();
      await expect(match).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 45_000 });
    await expect(match.getByText('Anden kommune')).toBeVisible();
    await expect(match.getByText('IGU-berettiget')).toBeVisible();
    await expect(match.getByRole('progressbar', { name: /^Stilling / })).toBeVisible();
    await expect(match.getByText(/\d+ km/)).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'jobcentre-candidate-da');
    await expectFitsNarrowScreen(page);

    // Propose with a note
    await match.getByRole('button', { name: `Foreslå ${positionTitle}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Foreslå kandidaten' });
    await dialog.getByLabel('Note til arbejdsgiveren').fill('Erfaren med kontorrengøring.');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Send forslag' }).click();
    await expect(dialog).toBeHidden();
    await expect(match.getByText('Foreslået')).toBeVisible();

    // The list finds the candidate by name (not overdue: under "Alle")
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Kandidater' }).click();
    await page
      .locator('label')
      .filter({ hasText: /^Alle$/ })
      .click(); // the filter's segment
    await page.getByLabel('Søg på navn eller reference').fill(surname);
    const row = page.getByRole('row').filter({ hasText: fullName });
    await expect(row).toHaveCount(1);
    await expect(row.getByTestId('first-offer-status')).toHaveText('Inden for målet');
    await page.getByRole('button', { name: 'Sortér efter Navn' }).click();
    await expect(page.getByRole('columnheader', { name: 'Navn' })).toHaveAttribute('aria-sort', 'ascending');
    await expectAccessible(page);

    // Edit: the CPR stays masked
    await row.getByRole('link', { name: fullName }).click();
    await page.getByRole('link', { name: 'Ret' }).click();
    await expect(page.getByLabel('CPR-nummer')).toHaveValue(`${cpr.slice(0, 6)}-XXXX`);
    await page.getByLabel('Telefon').fill('+4587654321');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Gem ændringer' }).click();
    await expect(page.getByRole('heading', { level: 2, name: fullName })).toBeVisible();

    // The pipeline shows the proposal; withdrawing moves it
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Forslag' }).click();
    const proposal = page.getByTestId('proposal').filter({ hasText: positionTitle });
    await expect(proposal).toBeVisible();
    await expect(proposal.getByText('Erfaren med kontorrengøring.')).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'jobcentre-proposals-da');
    await proposal.getByRole('button', { name: 'Træk tilbage' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Træk tilbage' }).click();
    await expect(proposal).toHaveCount(0);
    await page.getByRole('tab', { name: /Trukket tilbage/ }).click();
    await expect(page.getByTestId('proposal').filter({ hasText: positionTitle })).toBeVisible();
    await expectFitsNarrowScreen(page);
  });

  test('the position search filters nationwide positions', async ({ page, request }) => {
    const positionTitle = `IGU-rengøring ${uniqueWord()}`;
    await openIguPosition(await Api.as(request, 'employer'), positionTitle, 751);
    await signIn(page, 'jobcentre');
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Søg stillinger' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Søg stillinger' })).toBeVisible();
    await expect(page.getByTestId('position').first()).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel('Søgeord').fill(positionTitle.split(' ')[1]);
    await expect(page.getByTestId('position')).toHaveCount(1);
    await expect(page.getByTestId('position')).toContainText(positionTitle);
    await choose(page, 'Region', /Midtjylland/);
    await page.getByRole('checkbox', { name: 'IGU' }).check();
    await expect(page.getByTestId('position')).toContainText(positionTitle);
    await choose(page, 'Region', /Hovedstaden/);
    await expect(page.getByText('Ingen stillinger fundet.')).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'jobcentre-position-search-da');
    await expectFitsNarrowScreen(page);
  });
});
