import { expect, test } from '@playwright/test';
import { Api, randomCpr } from './api.js';
import { expectAccessible, signIn } from './support.js';

/** YYYY-MM-DD in Denmark, `days` from today. */
function danishDay(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const unreadIn = (label: string | null) => Number(/(\d+)/.exec(label ?? '')?.[1] ?? NaN);

test.describe('notifications', () => {
  test('the bell shows a proposal made by the jobcentre live, and opens it', async ({ page, request }) => {
    test.setTimeout(120_000);
    const employer = await Api.as(request, 'employer');
    const jobcentre = await Api.as(request, 'jobcentre');
    const { me } = await employer.data<{ me: { company: { id: string } } }>('{ me { company { id } } }');
    const { positions } = await employer.data<{
      positions: { edges: { node: { id: string; status: string; company: { id: string } } }[] };
    }>('{ positions(first: 50) { edges { node { id status company { id } } } } }');
    const position = positions.edges.map((edge) => edge.node).find((node) => node.status === 'OPEN' && node.company.id === me.company.id);
    expect(position, 'an open position of the demo employer').toBeTruthy();

    const sockets: import('@playwright/test').WebSocket[] = [];
    page.on('websocket', (socket) => {
      if (new URL(socket.url()).pathname === '/graphql') sockets.push(socket);
    });
    await signIn(page, 'employer');
    const bell = page.getByTestId('notification-bell');
    await expect(bell).toHaveAttribute('aria-label', /\d+/);
    const before = unreadIn(await bell.getAttribute('aria-label'));

    const { createCandidate } = await jobcentre.data<{ createCandidate: { id: string; profile: { reference: string } } }>(
      'mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id profile { reference } } }',
      {
        input: {
          fullName: 'Hana Testesen',
          cpr: randomCpr(),
          municipalityCode: 101,
          residenceBasis: 'REFUGEE',
          arrivedInDenmarkOn: danishDay(-60),
          arrivedInMunicipalityOn: danishDay(-50),
          desiredOccupationCodes: ['9313'],
          willingToRelocate: true,
        },
      },
    );
    await jobcentre.data('mutation($input: ProposeCandidateInput!) { proposeCandidate(input: $input) { id } }', {
      input: { candidateId: createCandidate.id, positionId: position!.id },
    });

    // Live: no reload; the subscription refreshes the count. Not an exact count: notices of the demo
    // world's own events (the worker works through them after a fresh seed) may arrive meanwhile.
    await expect.poll(async () => unreadIn(await bell.getAttribute('aria-label')), { timeout: 30_000 }).toBeGreaterThan(before);
    await bell.click();
    const dialog = page.getByRole('dialog', { name: 'Notifikationer' });
    const item = dialog.getByTestId('notification-item').filter({ hasText: createCandidate.profile.reference });
    await expect(item).toContainText('Nyt kandidatforslag');
    await expect(dialog).not.toContainText('Hana');
    await expectAccessible(page);
    await item.click();
    await expect(page).toHaveURL(`/employer/positions/${position!.id}`);
    // Opening it marked it read.
    const readAt = async () => {
      const { notifications } = await employer.data<{ notifications: { edges: { node: { body: string; readAt: string | null } }[] } }>(
        '{ notifications(first: 100) { edges { node { body readAt } } } }',
      );
      return notifications.edges.find((edge) => edge.node.body.includes(createCandidate.profile.reference))?.node.readAt ?? null;
    };
    await expect.poll(readAt).not.toBeNull();

    // The page lists it, with the e-mail choices; nothing overflows at 390 px.
    sockets.length = 0; // a full page load: the earlier page's socket went with it
    await page.goto('/employer/notifications');
    await expect(page.getByRole('heading', { level: 2, name: 'Notifikationer' })).toBeVisible();
    await expect(page.getByText(createCandidate.profile.reference).first()).toBeVisible();
    await expect(page.getByRole('switch', { name: 'Nyt kandidatforslag' })).toBeVisible();
    await expectAccessible(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    // Signing out ends the live socket at once (the server would end it at the token's expiry).
    await expect.poll(() => sockets.length).toBeGreaterThan(0);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('button', { name: 'Log ud' }).click();
    await expect(page).toHaveURL('/sign-in');
    await expect.poll(() => sockets.every((socket) => socket.isClosed())).toBe(true);
  });
});
