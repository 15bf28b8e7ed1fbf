import type { Locator, Page } from '@playwright/test';
import { LOGINS, expect, logIn, test, type Stand } from './fixtures.ts';
import { seriousViolations } from './helpers.ts';

/** The stand-in's long-history hook: a new open ticket (company 1's admin) with `messages`, and more open tickets. */
async function seedHistory(stand: Stand, messages: number, openTickets = 0): Promise<number> {
  const response = await fetch(`${stand.apiUrl}/dev/history`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ messages, openTickets }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { ticketId: number }).ticketId;
}

async function inbound(stand: Stand, ticketId: number, body: string): Promise<string> {
  const response = await fetch(`${stand.apiUrl}/dev/inbound`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ticketId, body }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { message: { id: string } }).message.id;
}

const messageList = (page: Page) => page.getByTestId('conversation-messages');
/** The message rows in the DOM (bubbles of stored messages: WhatsApp-style ids). */
const messageRows = (page: Page) => messageList(page).getByTestId(/^message-3EB0/);
const ticketRows = (page: Page) => page.getByTestId('ticket-list').getByTestId(/^ticket-item-\d+$/);
const loaded = (list: Locator) => list.evaluate((box) => Number(box.getAttribute('data-rows')));

async function openTicket(page: Page, stand: Stand, ticketId: number) {
  await page.goto(`${stand.appUrl}/tickets/${ticketId}`);
  await logIn(page, LOGINS.company1Admin);
  await expect(page.getByTestId('conversation')).toHaveAttribute('data-ticket-id', String(ticketId));
}

/** Scrolls the message list up by `px` and lets the virtualizer draw. */
async function scrollUp(list: Locator, px: number) {
  await list.evaluate((box, by) => box.scrollBy({ top: -by }), px);
  await list.page().evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
}

test('a long history stays bounded in the DOM: 1,003 messages and 300 open tickets, scrolled through', async ({
  page,
  launchStand,
}) => {
  const stand = await launchStand({ brand: 'cliente1' });
  const ticketId = await seedHistory(stand, 1003, 300);
  await openTicket(page, stand, ticketId);
  const list = messageList(page);

  // Opens at the newest message (every kind of message in the mix), with only a window of rows drawn.
  await expect(messageRows(page).last()).toBeInViewport();
  await expect(messageRows(page).last().getByTestId('message-body')).toHaveText('Tudo certo, obrigado! (1003)');
  expect(await loaded(list)).toBe(20);

  // Scrolling up pages older messages in (the newest 20, then 100 at a time) while the DOM holds a bounded window.
  for (let step = 0; step < 40 && (await loaded(list)) < 200; step++) {
    await scrollUp(list, 2500);
    await expect.poll(() => list.evaluate((box) => box.getAttribute('aria-busy'))).toBe('false');
  }
  expect(await loaded(list)).toBeGreaterThanOrEqual(200);
  const drawn = await messageRows(page).count();
  expect(drawn).toBeGreaterThan(3);
  expect(drawn).toBeLessThan(40);

  // The voice notes and videos scrolled past loaded nothing; the ones drawn once the list is still load
  // their metadata (the length shown, a video's first frame).
  const drawnMedia = list.locator('audio, video');
  await expect(list.locator('audio').first()).toBeAttached();
  await expect(list.locator('video').first()).toBeAttached();
  await expect
    .poll(() =>
      drawnMedia.evaluateAll((media) => (media as HTMLMediaElement[]).filter((each) => each.readyState < 1).length),
    )
    .toBe(0);
  await expect(list.getByTestId('audio-time').first()).toHaveText('0:01');

  // The ticket list: 40 a page, more on scroll; past the first pages only a window is drawn.
  const panel = page.getByTestId('ticket-list');
  const tickets = panel.getByRole('listitem');
  const count = await page.getByTestId('tickets-count-open').textContent();
  expect(Number(count)).toBeGreaterThan(300);
  await expect(tickets.first()).toHaveAttribute('aria-setsize', count ?? '');
  await expect
    .poll(
      async () => {
        await panel.evaluate((box) => box.scrollTo({ top: box.scrollHeight }));
        return Number(await tickets.last().getAttribute('aria-posinset'));
      },
      { timeout: 20_000 },
    )
    .toBeGreaterThan(150);
  expect(await ticketRows(page).count()).toBeLessThan(30);
  expect(await seriousViolations(page)).toEqual([]);
});

test('scrolling up moves the view exactly as far as asked: rows drawn above it measure as estimated', async ({
  page,
  launchStand,
}) => {
  const stand = await launchStand({ brand: 'cliente1' });
  const ticketId = await seedHistory(stand, 300);
  await openTicket(page, stand, ticketId);
  const list = messageList(page);
  await expect(messageRows(page).last()).toBeInViewport();
  // Older pages loaded by big jumps (a conversation this long is virtualised; the rows jumped over are not
  // measured yet), then back at the newest message.
  while ((await loaded(list)) < 100) {
    await scrollUp(list, 2500);
    await expect.poll(() => list.evaluate((box) => box.getAttribute('aria-busy'))).toBe('false');
  }
  await list.evaluate((box) => box.scrollTo({ top: box.scrollHeight }));
  await expect(messageRows(page).last()).toBeInViewport();
  const pages = await loaded(list);

  // A step a frame, as a wheel or a fling gives them, each drawing rows above the view (every kind of message
  // in the mix). Had one of them measured other than its estimate, the virtualizer would correct the view by
  // the difference, writing a scroll position worked out before that frame's step: the step would be lost.
  const moved = await list.evaluate(
    (box, step) =>
      new Promise<number[]>((resolve) => {
        // Short of the top, where an older page would be fetched and anchored.
        const frames = Math.min(20, Math.floor((box.scrollTop - 400) / step));
        const tops = [box.scrollTop];
        const next = () => {
          tops.push(box.scrollTop);
          if (tops.length > frames) {
            resolve(tops.slice(1).map((top, i) => (tops[i] ?? 0) - top));
            return;
          }
          box.scrollBy({ top: -step });
          requestAnimationFrame(next);
        };
        box.scrollBy({ top: -step });
        requestAnimationFrame(next);
      }),
    300,
  );
  expect(moved.length).toBe(20);
  expect(moved).toEqual(moved.map(() => 300));
  expect(await loaded(list)).toBe(pages);
});

test('older pages arriving above keep the message being read in place', async ({ page, launchStand }) => {
  const stand = await launchStand({ brand: 'cliente1' });
  const ticketId = await seedHistory(stand, 300);
  await openTicket(page, stand, ticketId);
  const list = messageList(page);
  await expect(messageRows(page).last()).toBeInViewport();
  expect(await loaded(list)).toBe(20);

  // Hold the next pages (backend pages 2 to 6, asked for together), scroll to the top, note where the top
  // message is, then let them in.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname === `/messages/${ticketId}` && url.searchParams.get('pageNumber') === '2',
    async (route) => {
      await held;
      await route.fallback();
    },
  );
  await list.evaluate((box) => box.scrollTo({ top: 0 }));
  await expect(page.getByTestId('load-older-messages')).toBeVisible();
  const first = messageRows(page).first();
  const id = await first.getAttribute('data-testid');
  const before = await first.evaluate((row) => row.getBoundingClientRect().top);
  release();
  await expect.poll(() => loaded(list)).toBe(120);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
  const same = page.getByTestId(id ?? '');
  await expect(same).toBeInViewport();
  const after = await same.evaluate((row) => row.getBoundingClientRect().top);
  expect(Math.abs(after - before)).toBeLessThan(4);
  expect(await list.evaluate((box) => box.scrollTop)).toBeGreaterThan(300);
});

test('a new message scrolls to it at the bottom; scrolled up, a "new messages" button goes down to it', async ({
  page,
  launchStand,
}) => {
  const stand = await launchStand({ brand: 'cliente1' });
  const ticketId = await seedHistory(stand, 200);
  await openTicket(page, stand, ticketId);
  const list = messageList(page);
  await expect(messageRows(page).last()).toBeInViewport();

  // At the bottom: followed, no button.
  const first = await inbound(stand, ticketId, 'Chegou agora');
  await expect(page.getByTestId(`message-${first}`)).toBeInViewport();
  await expect(page.getByTestId('new-messages')).toHaveCount(0);

  // Scrolled up to read: the view stays, the button counts what arrived.
  await scrollUp(list, 600);
  const reading = await list.evaluate((box) => box.scrollTop);
  const second = await inbound(stand, ticketId, 'Mais uma');
  await expect(page.getByTestId('new-messages')).toHaveText('1 nova mensagem');
  const third = await inbound(stand, ticketId, 'E outra');
  await expect(page.getByTestId('new-messages')).toHaveText('2 novas mensagens');
  expect(Math.abs((await list.evaluate((box) => box.scrollTop)) - reading)).toBeLessThan(4);
  await expect(page.getByTestId(`message-${third}`)).not.toBeInViewport();

  await page.getByTestId('new-messages').click();
  await expect(page.getByTestId(`message-${third}`)).toBeInViewport();
  await expect(page.getByTestId(`message-${second}`)).toHaveCount(1);
  await expect(page.getByTestId('new-messages')).toHaveCount(0);
  // The list keeps the keyboard: focused, Page Up scrolls it.
  await expect(list).toBeFocused();
  const bottom = await list.evaluate((box) => box.scrollTop);
  await page.keyboard.press('PageUp');
  await expect.poll(() => list.evaluate((box) => box.scrollTop)).toBeLessThan(bottom - 100);
  expect(await seriousViolations(page)).toEqual([]);
});
