import type { BrowserContext, Page, WebSocket } from '@playwright/test';
import { LOGINS, expect, test, type Stand } from './fixtures.ts';
import { openTickets } from './helpers.ts';

/** TICKET_LIST_REFRESH_MS (src/features/tickets/api/tickets.ts): the lists' refetch interval while visible. */
const LIST_REFRESH_MS = 60_000;
/** socket.io's defaults (the stand-in, as Atendechat, keeps them): a ping every 25 s, 20 s to answer one. */
const PING_INTERVAL_MS = 25_000;
const PING_TIMEOUT_MS = 20_000;

const isTicketList = (url: string, method: string) => method === 'GET' && new URL(url).pathname === '/tickets';

/** The page's `GET /tickets` requests so far (the three lists, each page). */
function countListFetches(page: Page): () => number {
  let count = 0;
  page.on('request', (request) => {
    if (isTicketList(request.url(), request.method())) count += 1;
  });
  return () => count;
}

/**
 * Headless Chromium never hides a page: a second page, bringToFront, a tab opened in the same window or a
 * minimised window all leave `document.visibilityState` at 'visible' (tried, with and without Playwright's
 * anti-backgrounding switches). So the agent's switching tabs is played as the browser plays it:
 * `visibilityState` and `hidden` change, then `visibilitychange` fires on the document.
 */
async function allowTabSwitching(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    let hidden = false;
    Object.defineProperty(Document.prototype, 'visibilityState', {
      configurable: true,
      get: () => (hidden ? 'hidden' : 'visible'),
    });
    Object.defineProperty(Document.prototype, 'hidden', { configurable: true, get: () => hidden });
    Object.defineProperty(window, '__vitrineSetHidden', {
      value: (value: boolean) => {
        hidden = value;
        document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
      },
    });
  });
}

async function setTabHidden(page: Page, hidden: boolean): Promise<void> {
  await page.evaluate((value) => {
    (window as unknown as { __vitrineSetHidden: (hidden: boolean) => void }).__vitrineSetHidden(value);
  }, hidden);
  expect(await page.evaluate(() => document.visibilityState)).toBe(hidden ? 'hidden' : 'visible');
}

/** From now on: did the list ever leave the screen (no row, or the loading state)? */
async function watchRowsStay(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate(() => {
    const state = { gone: false };
    (window as unknown as { __rowsGone: typeof state }).__rowsGone = state;
    const check = () => {
      const loading = document.querySelector('[data-testid="tickets-loading"]');
      const rows = document.querySelectorAll('[data-testid^="ticket-item-"]').length;
      if (loading || rows === 0) state.gone = true;
    };
    new MutationObserver(check).observe(document.body, { childList: true, subtree: true, attributes: true });
  });
  return () => page.evaluate(() => (window as unknown as { __rowsGone: { gone: boolean } }).__rowsGone.gone);
}

/** Agent A adds VIP (tag 1) to João Santos's ticket (2) from the conversation header: `POST /tags/sync`. */
async function tagJoaoVip(admin: Page, stand: Stand) {
  await openTickets(admin, stand, '/tickets/2', LOGINS.company1Admin);
  await admin.getByTestId('ticket-tag-add').click();
  const synced = admin.waitForResponse(
    (response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/tags/sync',
  );
  await admin.getByTestId('ticket-tag-option-1').click();
  expect((await synced).status()).toBe(200);
  await expect(admin.getByTestId('ticket-tags')).toContainText('VIP');
}

test('a tag added by one agent shows on the other agent’s list when they come back to the tab', async ({
  launchStand,
  twoAgents: { admin, agent },
}) => {
  const stand = await launchStand({ brand: 'cliente1' });
  await allowTabSwitching(agent.context());
  const agentFetches = countListFetches(agent);
  await openTickets(agent, stand, '/tickets', LOGINS.company1Agent);
  await expect(agent.getByTestId('ticket-item-2')).toBeVisible();
  await expect(agent.getByTestId('ticket-item-tags-2')).toHaveCount(0);

  // The agent switches to another tab; meanwhile the admin tags the ticket. No event tells the agent.
  await setTabHidden(agent, true);
  await tagJoaoVip(admin, stand);
  await expect(agent.getByTestId('ticket-item-tags-2')).toHaveCount(0);
  const rowsGone = await watchRowsStay(agent);
  const before = agentFetches();

  // Back to the tab: the lists are fetched again, the tag shows, the rows never left the screen.
  const refetched = agent.waitForResponse((response) => isTicketList(response.url(), response.request().method()));
  await setTabHidden(agent, false);
  await refetched;
  await expect(agent.getByTestId('ticket-item-tags-2')).toContainText('VIP');
  expect(agentFetches()).toBeGreaterThan(before);
  expect(await rowsGone()).toBe(false);
  await expect(agent.getByTestId('ticket-item-2')).toBeVisible();
});

test('a tag added by one agent shows on the other agent’s list within a minute while the tab stays open', async ({
  launchStand,
  twoAgents: { admin, agent },
}) => {
  // One real wait: a socket.io ping (25 s after connecting), so the clock can jump without dropping the socket.
  test.setTimeout(120_000);
  const stand = await launchStand({ brand: 'cliente1' });
  // Time flows as usual (socket.io's timers, the search's debounce) until the test jumps it.
  await agent.clock.install();
  const sockets: WebSocket[] = [];
  agent.on('websocket', (socket) => {
    if (socket.url().includes('/socket.io/')) sockets.push(socket);
  });
  await openTickets(agent, stand, '/tickets', LOGINS.company1Agent);
  await expect(agent.getByTestId('ticket-item-2')).toBeVisible();
  // The lists' interval started when they mounted, before this.
  const listsShownAt = await agent.evaluate(() => Date.now());
  await expect(agent.getByTestId('ticket-item-tags-2')).toHaveCount(0);
  await expect.poll(() => sockets.length).toBe(1);
  const socket = sockets[0]!;
  // The ping socket.io's server sends 25 s after connecting (engine.io packet "2").
  const pinged = socket.waitForEvent('framereceived', {
    predicate: (frame) => frame.payload === '2',
    timeout: PING_INTERVAL_MS + 10_000,
  });

  await tagJoaoVip(admin, stand);
  await expect(agent.getByTestId('ticket-item-tags-2')).toHaveCount(0);
  await pinged;

  // Jump to just past the interval. The socket, pinged just now, would only give up 45 s after the ping:
  // the jump stays below that, so what fetches the lists is the interval, not a reconnection.
  const now = await agent.evaluate(() => Date.now());
  const jump = listsShownAt + LIST_REFRESH_MS + 500 - now;
  expect(jump).toBeLessThan(PING_INTERVAL_MS + PING_TIMEOUT_MS - 5_000);
  const rowsGone = await watchRowsStay(agent);
  const refetched = agent.waitForResponse((response) => isTicketList(response.url(), response.request().method()));
  await agent.clock.fastForward(jump);
  await refetched;
  await expect(agent.getByTestId('ticket-item-tags-2')).toContainText('VIP');
  expect(await rowsGone()).toBe(false);
  expect(sockets).toHaveLength(1);
  expect(socket.isClosed()).toBe(false);

  // The rest of the app keeps working under the installed clock: the search's debounce, then its answer.
  await agent.getByTestId('tickets-search').fill('Ana');
  await expect(agent).toHaveURL(/\?q=Ana$/);
  await expect(agent.getByTestId('ticket-item-2')).toHaveCount(0);
  await expect(agent.getByTestId('tickets-empty')).toBeVisible();
});
