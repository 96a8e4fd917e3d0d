import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, ROLES, type RoleName, screenshot, signIn } from './support.js';

/*
 * The whole story of issue 15 in three browser contexts (employer, København's
 * caseworker, 3F's representative), each seeing only what its role may.
 *
 * WAITING FOR SCREENS. It drives the employer screens (branch web-employer:
 * pages/employer/PositionFormPage, PositionPage, ProgrammeBuilderPage) and the
 * jobcentre and union screens (branch web-jobcentre: pages/jobcentre/
 * CandidatesPage and CandidatePage, pages/union/ApprovalsPage and
 * ProgrammeDecisionPage) through the routes and Danish labels those branches'
 * own browser tests use. Until both are merged it is skipped (`SCREENS` below
 * finds their files); after the merge, run it and adjust any label that
 * moved. The steps are listed in the order the issue tells the story.
 */
const pages = (...paths: string[]) => paths.every((path) => existsSync(fileURLToPath(new URL(`../src/pages/${path}`, import.meta.url))));
const SCREENS = pages(
  'employer/PositionFormPage.tsx',
  'employer/PositionPage.tsx',
  'employer/ProgrammeBuilderPage.tsx',
  'jobcentre/CandidatePage.tsx',
  'union/ProgrammeDecisionPage.tsx',
);

/** YYYY-MM-DD in Denmark, `days` from today (the server's rules count Danish days). */
function danishDay(days: number, from?: string): string {
  const today = from ?? new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const unique = () => Array.from({ length: 8 }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(Math.random() * 26)]).join('');

/** A signed-in browser context of its own per role: three people at three desks. */
async function desk(browser: Browser, baseURL: string, role: RoleName): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'da-DK', timezoneId: 'Europe/Copenhagen', reducedMotion: 'reduce' });
  const page = await context.newPage();
  await signIn(page, role);
  return page;
}

/** The caseworker's new candidate, registered through the API: the story starts at their matches. */
async function registerCandidate(request: APIRequestContext, fullName: string): Promise<string> {
  const call = async <T>(query: string, variables: object, token?: string): Promise<T> => {
    const response = await request.post('/graphql', {
      data: { query, variables },
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data!;
  };
  const { login } = await call<{ login: { accessToken: string } }>(
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
    { e: ROLES.jobcentre.email, p: DEMO_PASSWORD },
  );
  const sequence = String(Math.floor(Math.random() * 4000)).padStart(4, '0'); // 1990s births: 7th digit 0–3
  const { createCandidate } = await call<{ createCandidate: { id: string } }>(
    'mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }',
    {
      input: {
        fullName,
        cpr: `${String(1 + Math.floor(Math.random() * 28)).padStart(2, '0')}0394-${sequence}`,
        municipalityCode: 101,
        residenceBasis: 'REFUGEE',
        arrivedInDenmarkOn: danishDay(-60),
        arrivedInMunicipalityOn: danishDay(-50),
        desiredOccupationCodes: ['9313'],
        shareProfileWithEmployers: true,
      },
    },
    login.accessToken,
  );
  return createCandidate.id;
}

async function pickOption(page: Page, label: string | RegExp, search: string, option: string | RegExp) {
  const box = page
    .getByRole('textbox', { name: label })
    .or(page.getByRole('combobox', { name: label }))
    .first();
  await box.click();
  // A searchable picker takes the typed words; a plain select only opens its list.
  if (await box.isEditable()) await box.fill(search);
  await page.getByRole('option', { name: option }).first().click();
}

const menu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmenu' });

test('the whole story: position, match, proposal, programme, approval, start', async ({ browser, baseURL, request }) => {
  test.fixme(!SCREENS, 'Waits for the employer (web-employer) and jobcentre/union (web-jobcentre) screens; see the comment at the top');
  test.setTimeout(300_000);
  const title = `IGU-elev på byggepladsen ${unique()}`;
  const start = danishDay(40);
  const fullName = `Hana ${unique()}`;

  const employer = await desk(browser, baseURL!, 'employer');
  const caseworker = await desk(browser, baseURL!, 'jobcentre');
  const union = await desk(browser, baseURL!, 'union');

  // 1. The employer posts and publishes an IGU position in Frederiksberg, next to København.
  await employer.getByRole('link', { name: 'Ny stilling' }).click();
  await employer.getByRole('textbox', { name: 'Titel' }).fill(title);
  await employer.getByRole('textbox', { name: 'Beskrivelse' }).fill('Toårig IGU på byggepladsen med skoleperioder på AMU.');
  await pickOption(employer, /Stillingsbetegnelse/, '9313', /^9313 /);
  await pickOption(employer, /^Kommune/, 'Frederiksberg', 'Frederiksberg');
  await employer.getByRole('textbox', { name: /Timer om ugen/ }).fill('30');
  await employer.getByLabel('Startdato').fill(start);
  await employer.getByLabel('Ansøgningsfrist').fill(danishDay(20));
  await employer.getByRole('textbox', { name: 'Timeløn (kr.)' }).fill('145,5');
  await employer.getByRole('textbox', { name: 'Overenskomst' }).fill('Bygge- og Anlægsoverenskomsten');
  await pickOption(employer, /^Fagforening/, '3F', /3F/);
  await employer.getByRole('button', { name: 'Opret kladde' }).click();
  await expect(employer.getByRole('heading', { level: 2, name: title })).toBeVisible();
  const positionPath = new URL(employer.url()).pathname;
  await employer.getByRole('button', { name: 'Slå op' }).click();
  await expect(employer.getByTestId('position-status')).toHaveText('Slået op');
  await screenshot(employer, 'da/story-employer-position');

  // 2. København's caseworker finds it among a new candidate's matches, explained, and proposes the candidate.
  const candidateId = await registerCandidate(request, fullName);
  await menu(caseworker).getByRole('link', { name: 'Kandidater' }).click();
  await caseworker.getByText('Alle', { exact: true }).click();
  await caseworker.getByLabel('Søg på navn eller reference').fill(fullName.split(' ')[1]);
  await caseworker.getByRole('row').filter({ hasText: fullName }).getByRole('link', { name: fullName }).click();
  await expect(caseworker).toHaveURL(`/jobcentre/candidates/${candidateId}`); // by id, never by name
  const match = caseworker.getByTestId('match').filter({ hasText: title });
  await expect(async () => {
    await caseworker.reload(); // the worker computes matches in the background
    await expect(match).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await expect(match.getByText('Anden kommune')).toBeVisible();
  await expect(match.getByText('IGU-berettiget')).toBeVisible();
  await expect(match.getByRole('progressbar', { name: /^Stilling / })).toBeVisible();
  await expectAccessible(caseworker);
  await screenshot(caseworker, 'da/story-jobcentre-candidate-matches');
  await match.getByRole('button', { name: `Foreslå ${title}` }).click();
  const dialog = caseworker.getByRole('dialog', { name: 'Foreslå kandidaten' });
  await dialog.getByLabel('Note til arbejdsgiveren').fill('Har erfaring fra byggeri og er klar til at starte.');
  await dialog.getByRole('button', { name: 'Send forslag' }).click();
  await expect(match.getByText('Foreslået')).toBeVisible();

  // Each role sees only what it may: no candidate page for the employer, no employer pages for the union.
  await employer.goto(`/jobcentre/candidates/${candidateId}`);
  await expect(employer.getByRole('heading', { name: 'Siden findes ikke' })).toBeVisible();
  await union.goto(positionPath);
  await expect(union.getByRole('heading', { name: 'Siden findes ikke' })).toBeVisible();

  // 3. The employer schedules an interview and accepts; the name shows only once accepted.
  await employer.goto(positionPath);
  const proposal = employer.getByTestId('proposal').first();
  await expect(proposal.getByTestId('proposal-status')).toHaveText('Foreslået');
  await expect(employer.getByText(fullName)).toHaveCount(0);
  await proposal.getByRole('button', { name: 'Planlæg samtale' }).click();
  await proposal.getByLabel('Tidspunkt for samtalen').fill(`${danishDay(5)}T10:30`);
  await proposal.getByRole('button', { name: 'Gem tidspunkt' }).click();
  await expect(proposal.getByTestId('proposal-status')).toHaveText('Samtale');
  await proposal.getByRole('button', { name: 'Acceptér' }).click();
  await expect(proposal.getByTestId('proposal-status')).toHaveText('Accepteret');
  await expect(proposal.getByText(fullName)).toBeVisible();

  // 4. … builds the programme, fixes the rule violations the page shows, and submits.
  await proposal.getByRole('button', { name: 'Opret forløb' }).click();
  const violations = employer.getByTestId('violations');
  await expect(violations).toContainText('Der er for få skoleuger');
  const submit = employer.getByRole('button', { name: 'Indsend til fagforeningen' });
  await expect(submit).toBeDisabled();
  await screenshot(employer, 'da/story-employer-programme-violations');
  await employer.getByRole('button', { name: 'Tilføj skoleperiode' }).click();
  await employer.getByLabel('Periode 1: start').fill(danishDay(7, start));
  await employer.getByLabel('Periode 1: slut').fill(danishDay(7 + 23 * 7 - 1, start));
  await employer.getByRole('checkbox', { name: /ikke haft ordinær ansættelse/ }).check();
  await expect(employer.getByTestId('rules-ok')).toBeVisible();
  await submit.click();
  await expect(employer.getByTestId('programme-status')).toHaveText('Afventer fagforening');
  const programmePath = new URL(employer.url()).pathname;
  const programmeId = programmePath.split('/').pop()!;

  // 5. 3F's representative asks for a change (the candidate is a reference, never a name) …
  await union.goto('/union/approvals');
  const item = union.getByTestId('programme').filter({ hasText: title });
  await item.getByRole('link', { name: title }).click();
  await expect(union).toHaveURL(`/union/programmes/${programmeId}`);
  await expect(union.getByTestId('candidate-reference')).toHaveText(/^Kandidat C-/);
  await expect(union.getByText(fullName)).toHaveCount(0);
  await expectAccessible(union);
  await screenshot(union, 'da/story-union-programme');
  await union.getByRole('button', { name: 'Ønsk ændringer' }).click();
  await union.getByLabel('Kommentar til arbejdsgiveren').fill('Læg skoleperioden efter prøvetiden.');
  await union.getByRole('button', { name: 'Ønsk ændringer' }).click();
  await expect(union).toHaveURL('/union/approvals');

  // … the employer moves the school period and submits again …
  await employer.reload();
  await expect(employer.getByTestId('programme-status')).toHaveText('Ændringer ønsket');
  await expect(employer.getByText('Læg skoleperioden efter prøvetiden.')).toBeVisible();
  await employer.getByLabel('Periode 1: start').fill(danishDay(21, start));
  await employer.getByLabel('Periode 1: slut').fill(danishDay(21 + 23 * 7 - 1, start));
  await expect(employer.getByTestId('rules-ok')).toBeVisible();
  await submit.click();
  await expect(employer.getByTestId('programme-status')).toHaveText('Afventer fagforening');

  // … and the representative approves.
  await union.reload();
  await union.getByTestId('programme').filter({ hasText: title }).getByRole('link', { name: title }).click();
  await union.getByRole('button', { name: 'Godkend' }).click();
  await expect(union).toHaveURL('/union/approvals');

  // 6. The employer starts the programme.
  await employer.reload();
  await expect(employer.getByTestId('programme-status')).toHaveText('Godkendt');
  await employer.getByRole('button', { name: 'Start forløbet' }).click();
  await expect(employer.getByTestId('programme-status')).toHaveText('I gang');
  await expectAccessible(employer);
  await screenshot(employer, 'da/story-employer-programme-active');

  // The caseworker sees the accepted proposal in the pipeline.
  await menu(caseworker).getByRole('link', { name: 'Forslag' }).click();
  await caseworker.getByRole('tab', { name: /Accepteret/ }).click();
  await expect(caseworker.getByTestId('proposal').filter({ hasText: title })).toBeVisible();

  for (const page of [employer, caseworker, union]) await page.context().close();
});

test('screenshots of the main pages in Danish and English', async ({ page }) => {
  test.setTimeout(180_000);
  for (const language of ['da', 'en'] as const) {
    for (const role of Object.keys(ROLES) as RoleName[]) {
      await page.context().clearCookies();
      await signIn(page, role);
      if (language === 'en') await page.getByText('EN', { exact: true }).click();
      const links = page.getByRole('navigation', { name: language === 'en' ? 'Main menu' : 'Hovedmenu' }).getByRole('link');
      await expect(links).toHaveCount(ROLES[role].nav.length);
      for (let i = 0; i < ROLES[role].nav.length; i++) {
        const label = (await links.nth(i).textContent()) ?? '';
        await links.nth(i).click();
        await expect(page.getByRole('heading', { level: 2, name: label })).toBeVisible(); // every page's heading is its menu label
        await expect(page.getByRole('status')).toHaveCount(0); // loaded
        await screenshot(page, `${language}/${new URL(page.url()).pathname.slice(1).replaceAll('/', '-')}`);
      }
      if (language === 'en') await page.getByText('DA', { exact: true }).click(); // the next sign-in starts in Danish
    }
  }
});
