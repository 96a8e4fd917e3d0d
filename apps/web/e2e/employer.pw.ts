import { type APIRequestContext, expect, type Page, request as playwrightRequest, test } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, ROLES, screenshot, signIn } from './support.js';

/** YYYY-MM-DD in Denmark, `days` from today (the server's rules count in Danish days). */
function danishDay(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** A jobcentre user talking GraphQL directly, for what another role does in this story. */
async function jobcentreApi(
  baseURL: string,
): Promise<{ api: APIRequestContext; gql: <T>(query: string, variables?: object) => Promise<T> }> {
  const api = await playwrightRequest.newContext({ baseURL });
  const call = async <T>(query: string, variables: object = {}, token?: string): Promise<T> => {
    const response = await api.post('/graphql', {
      data: { query, variables },
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  };
  const { login } = await call<{ login: { accessToken: string } }>(
    'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
    { email: ROLES.jobcentre.email, password: DEMO_PASSWORD },
  );
  return { api, gql: (query, variables) => call(query, variables, login.accessToken) };
}

/** The jobcentre creates a candidate eligible for IGU (København, arrived two months ago) and proposes them. */
async function proposeNewCandidate(baseURL: string, position: { id: string } | { title: string }, note: string): Promise<void> {
  const { api, gql } = await jobcentreApi(baseURL);
  let positionId = 'id' in position ? position.id : null;
  if (!positionId) {
    const { title } = position as { title: string };
    const { positions } = await gql<{ positions: { edges: { node: { id: string; title: string } }[] } }>(
      'query($text: String) { positions(first: 20, filter: { text: $text }) { edges { node { id title } } } }',
      { text: title },
    );
    positionId = positions.edges.find(({ node }) => node.title === title)!.node.id;
  }
  // Born 1995 on a random day (CPR digits 7–10: 0xxx–3xxx for the 1900s), so reruns on one database do not collide.
  const random = (n: number) => Math.floor(Math.random() * n);
  const cpr = `${String(1 + random(28)).padStart(2, '0')}${String(1 + random(12)).padStart(2, '0')}95-${String(random(4000)).padStart(4, '0')}`;
  const { createCandidate } = await gql<{ createCandidate: { id: string } }>(
    'mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }',
    {
      input: {
        fullName: 'Hana Testesen',
        cpr,
        municipalityCode: 101,
        residenceBasis: 'REFUGEE',
        arrivedInDenmarkOn: danishDay(-60),
        arrivedInMunicipalityOn: danishDay(-50),
        desiredOccupationCodes: ['9313'],
        willingToRelocate: true,
        shareProfileWithEmployers: true,
      },
    },
  );
  await gql('mutation($input: ProposeCandidateInput!) { proposeCandidate(input: $input) { id } }', {
    input: { candidateId: createCandidate.id, positionId, note },
  });
  await api.dispose();
}

/** Choose in a Mantine Select: type to search when it is searchable (`search`), then click the option. */
async function pickOption(page: Page, label: string | RegExp, option: string | RegExp, search?: string) {
  const box = page
    .getByRole('textbox', { name: label })
    .or(page.getByRole('combobox', { name: label }))
    .first();
  await box.click();
  if (search) await box.fill(search);
  await page.getByRole('option', { name: option }).first().click();
}

test.describe('employer', () => {
  test('posts an IGU position, handles a proposal and builds, fixes and submits the programme', async ({ page, baseURL }) => {
    test.setTimeout(180_000);
    const title = `IGU-lærling i byggeriet ${Date.now()}`;
    const start = danishDay(40);

    await signIn(page, 'employer');
    await expect(page.getByRole('heading', { level: 2, name: 'Stillinger' })).toBeVisible();
    await expectAccessible(page);

    // Create: the API's refusal lands on its field.
    await page.getByRole('link', { name: 'Ny stilling' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Ny stilling' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Titel' }).fill(title);
    await page.getByRole('textbox', { name: 'Beskrivelse' }).fill('Toårig IGU på byggepladsen med skoleperioder på AMU.');
    await pickOption(page, /Stillingsbetegnelse/, /^9313 /, '9313');
    await pickOption(page, /Kompetencer/, /first aid/i, 'first aid');
    await page.keyboard.press('Escape');
    await pickOption(page, /^Kommune/, 'Aarhus', 'Aarhus');
    await expect(page.getByRole('textbox', { name: 'Breddegrad' })).not.toHaveValue('');
    await page.getByRole('textbox', { name: /Timer om ugen/ }).fill('30');
    await page.getByLabel('Startdato').fill(start);
    await page.getByLabel('Ansøgningsfrist').fill(danishDay(20));
    await page.getByRole('textbox', { name: 'Timeløn (kr.)' }).fill('145,5');
    await page.getByRole('textbox', { name: 'Overenskomst' }).fill('Bygge- og Anlægsoverenskomsten');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Opret kladde' }).click();
    await expect(page.getByText('En IGU-stilling skal have overenskomstens fagforening.').first()).toBeVisible();
    await pickOption(page, /^Fagforening/, /3F/);
    await page.getByRole('button', { name: 'Opret kladde' }).click();

    // The draft's page: publish.
    await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
    const positionId = page.url().split('/').pop()!;
    await expect(page.getByTestId('position-status')).toHaveText('Kladde');
    await page.getByRole('button', { name: 'Slå op' }).click();
    await expect(page.getByTestId('position-status')).toHaveText('Slået op');

    // Listed among the company's positions, filterable by status.
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Stillinger' }).click();
    await pickOption(page, 'Status', 'Slået op');
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    await screenshot(page, 'employer-story-positions-da');

    // A jobcentre proposes a candidate of its own through the API.
    await proposeNewCandidate(baseURL!, { id: positionId }, 'Stærk motivation, har erfaring fra byggeri.');

    // The position page: the proposal; schedule an interview, accept, create the programme.
    await page.getByRole('link', { name: title }).click();
    const proposal = page.getByTestId('proposal').first();
    await expect(proposal.getByTestId('proposal-status')).toHaveText('Foreslået');
    await expect(page.getByRole('heading', { level: 3, name: 'Bedste match' })).toBeVisible();
    await expectAccessible(page);
    await proposal.getByRole('button', { name: 'Planlæg samtale' }).click();
    await proposal.getByLabel('Tidspunkt for samtalen').fill(`${danishDay(5)}T10:30`);
    await proposal.getByRole('button', { name: 'Gem tidspunkt' }).click();
    await expect(proposal.getByTestId('proposal-status')).toHaveText('Samtale');
    await expect(proposal.getByTestId('interview-at')).toContainText('10.30');
    await proposal.getByRole('button', { name: 'Acceptér' }).click();
    await expect(proposal.getByTestId('proposal-status')).toHaveText('Accepteret');
    await expect(proposal.getByText('Hana Testesen')).toBeVisible(); // contact details once accepted
    await screenshot(page, 'employer-story-position-da');
    await proposal.getByRole('button', { name: 'Opret forløb' }).click();

    // The builder: the draft breaks rules; the page says which, and submit waits.
    await expect(page.getByRole('heading', { level: 2, name: 'Forløb' })).toBeVisible();
    const violations = page.getByTestId('violations');
    await expect(violations).toContainText('Der er for få skoleuger');
    await expect(violations).toContainText('ikke har haft ordinær ansættelse');
    const submit = page.getByRole('button', { name: 'Indsend til fagforeningen' });
    await expect(submit).toBeDisabled();
    await expect(page.getByText('Kan indsendes, når de 2 regler er opfyldt.')).toBeVisible();
    await expect(page.getByTestId('timeline')).toBeVisible();
    await expectAccessible(page);

    // Too short a school period first: still too few weeks.
    await page.getByRole('button', { name: 'Tilføj skoleperiode' }).click();
    await page.getByLabel('Periode 1: start').fill(addDays(start, 7));
    await page.getByLabel('Periode 1: slut').fill(addDays(start, 7 + 10 * 7 - 1));
    await expect(page.getByTestId('save-state')).toHaveText('Gemt som kladde');
    await expect(page.getByText('10 skoleuger i alt')).toBeVisible();
    await expect(violations).toContainText('Der er for få skoleuger');
    await expect(page.getByTestId('timeline-period')).toHaveCount(1);

    // Fix: a second period brings 23 weeks; the declaration is given.
    await page.getByRole('button', { name: 'Tilføj skoleperiode' }).click();
    await page.getByLabel('Periode 2: start').fill(addDays(start, 7 + 10 * 7));
    await page.getByLabel('Periode 2: slut').fill(addDays(start, 7 + 23 * 7 - 1));
    await page.getByLabel('Periode 2: skole/kursus').fill('AMU Aarhus');
    await page.getByRole('checkbox', { name: /ikke haft ordinær ansættelse/ }).check();
    await expect(page.getByTestId('rules-ok')).toBeVisible();
    await expect(page.getByText('23 skoleuger i alt')).toBeVisible();
    await expect(page.getByTestId('timeline-period')).toHaveCount(2);
    await expect(submit).toBeEnabled();
    await screenshot(page, 'employer-story-programme-builder-da');
    await submit.click();
    await expect(page.getByTestId('programme-status')).toHaveText('Afventer fagforening');
    await expect(page.getByRole('button', { name: 'Træk forløbet tilbage' })).toBeVisible();
    await expectAccessible(page);

    // The programme list: status and the registration deadline (start + 1 month).
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Forløb' }).click();
    const row = page.getByTestId('programme-row').filter({ hasText: title });
    await expect(row.getByTestId('programme-status')).toHaveText('Afventer fagforening');
    await expectAccessible(page);
    await screenshot(page, 'employer-story-programmes-da');

    // 390 px: the programme page fits and stays accessible.
    await page.setViewportSize({ width: 390, height: 844 });
    await row.getByRole('link', { name: title }).click();
    await expect(page.getByTestId('timeline')).toBeVisible();
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(390);
    await expectAccessible(page);
    await screenshot(page, 'employer-story-programme-390px-da');
  });

  test('rejects a proposal with a reason and withdraws a programme before it starts', async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    const run = Date.now();
    const demoPosition = 'IGU-elev på byggepladsen';
    await proposeNewCandidate(baseURL!, { title: demoPosition }, `Afvises ${run}`);
    await proposeNewCandidate(baseURL!, { title: demoPosition }, `Trækkes tilbage ${run}`);

    await signIn(page, 'employer');
    await page.getByRole('link', { name: demoPosition }).click();
    const rejected = page.getByTestId('proposal').filter({ hasText: `Afvises ${run}` });
    await rejected.getByRole('button', { name: 'Afvis' }).click();
    await expect(rejected.getByRole('button', { name: 'Afvis forslaget' })).toBeDisabled(); // a reason is required
    await rejected.getByLabel('Begrundelse for afvisning').fill('Stillingen kræver mere erfaring med stilladser.');
    await rejected.getByRole('button', { name: 'Afvis forslaget' }).click();
    await expect(rejected.getByTestId('proposal-status')).toHaveText('Afvist');
    await expect(rejected).toContainText('Begrundelse: Stillingen kræver mere erfaring med stilladser.');

    const withdrawn = page.getByTestId('proposal').filter({ hasText: `Trækkes tilbage ${run}` });
    await withdrawn.getByRole('button', { name: 'Acceptér' }).click();
    await withdrawn.getByRole('button', { name: 'Opret forløb' }).click();
    await expect(page.getByTestId('programme-status')).toHaveText('Kladde');
    await page.getByRole('button', { name: 'Træk forløbet tilbage' }).click();
    await page.getByLabel('Begrundelse').fill('Kandidaten har fået job andetsteds.');
    await page.getByRole('button', { name: 'Træk tilbage', exact: true }).click();
    await expect(page.getByTestId('programme-status')).toHaveText('Trukket tilbage');
    await expect(page.getByRole('button', { name: 'Indsend til fagforeningen' })).toHaveCount(0);

    // In English too, and accessible.
    await page.getByText('EN', { exact: true }).click();
    await expect(page.getByTestId('programme-status')).toHaveText('Withdrawn');
    await expect(page.getByRole('heading', { name: 'Rule check' })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'employer-story-programme-withdrawn-en');
    await page.getByText('DA', { exact: true }).click();
  });
});
