import type { Page } from '@playwright/test';
import { LOGINS, expect, logIn, test, type Stand } from './fixtures.ts';

/** Every URL the page asks for, from the first request on. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  page.on('websocket', (socket) => urls.push(socket.url()));
  return urls;
}

function allowedOrigins(stand: Stand): string[] {
  const api = new URL(stand.apiUrl);
  return [new URL(stand.appUrl).origin, api.origin, `${api.protocol === 'https:' ? 'wss:' : 'ws:'}//${api.host}`];
}

async function ticketCountsOf(stand: Stand, credentials: { email: string; password: string }, page: Page) {
  const login = await page.request.post(`${stand.apiUrl}/auth/login`, { data: credentials });
  const { token, user } = (await login.json()) as { token: string; user: { queues: Array<{ id: number }> } };
  // As the app asks: the tickets without a queue or in one of the user's queues.
  const queueIds = encodeURIComponent(JSON.stringify(user.queues.map((queue) => queue.id)));
  const counts: Record<string, number> = {};
  for (const status of ['open', 'pending', 'closed']) {
    const response = await page.request.get(
      `${stand.apiUrl}/tickets?status=${status}&showAll=true&pageNumber=1&queueIds=${queueIds}`,
      { headers: { Authorization: `Bearer ${token}` } },
    );
    counts[status] = ((await response.json()) as { count: number }).count;
  }
  return { token, counts };
}

test('two brands on two backends: each bundle talks only to its own backend, each company sees only its own data', async ({
  browser,
  launchStand,
}) => {
  const [one, two] = await Promise.all([launchStand({ brand: 'cliente1' }), launchStand({ brand: 'cliente2' })]);
  expect(one.apiUrl).not.toBe(two.apiUrl);

  const pageOne = await (await browser.newContext()).newPage();
  const pageTwo = await (await browser.newContext()).newPage();
  const requestsOne = recordRequests(pageOne);
  const requestsTwo = recordRequests(pageTwo);

  await pageOne.goto(one.appUrl);
  await logIn(pageOne, LOGINS.company1Admin);
  await pageTwo.goto(two.appUrl);
  await logIn(pageTwo, LOGINS.company2Admin);

  // Each dashboard shows its own company's counts, as its own backend reports them.
  const company1 = await ticketCountsOf(one, LOGINS.company1Admin, pageOne);
  const company2 = await ticketCountsOf(two, LOGINS.company2Admin, pageTwo);
  expect(company1.counts).not.toEqual(company2.counts);
  for (const [page, { counts }] of [
    [pageOne, company1],
    [pageTwo, company2],
  ] as const) {
    await expect(page.getByTestId('count-open')).toHaveText(String(counts.open));
    await expect(page.getByTestId('count-pending')).toHaveText(String(counts.pending));
    await expect(page.getByTestId('count-closed')).toHaveText(String(counts.closed));
  }

  // Not one request of either bundle went anywhere but its own app and its own backend.
  for (const [urls, stand] of [
    [requestsOne, one],
    [requestsTwo, two],
  ] as const) {
    expect(urls.length).toBeGreaterThan(3);
    const allowed = allowedOrigins(stand);
    const strays = urls.filter((url) => !allowed.some((origin) => url.startsWith(`${origin}/`) || url === origin));
    expect(strays).toEqual([]);
    expect(urls.some((url) => url.startsWith(`${stand.apiUrl}/auth/login`))).toBe(true);
  }

  // On one backend, company 2's admin cannot read company 1's tickets.
  const company1OnTwo = await ticketCountsOf(two, LOGINS.company1Admin, pageTwo);
  const list = await pageTwo.request.get(
    `${two.apiUrl}/tickets?status=open&showAll=true&pageNumber=1&queueIds=%5B1%5D`,
    { headers: { Authorization: `Bearer ${company1OnTwo.token}` } },
  );
  const company1Ticket = ((await list.json()) as { tickets: Array<{ id: number; companyId: number }> }).tickets[0]!;
  expect(company1Ticket.companyId).toBe(1);
  const stolen = await pageTwo.request.get(`${two.apiUrl}/tickets/${company1Ticket.id}`, {
    headers: { Authorization: `Bearer ${company2.token}` },
  });
  expect([403, 404]).toContain(stolen.status());
});
