import type { Locator, Page } from '@playwright/test';
import { LOGINS, expect, logIn, test, type Stand } from './fixtures.ts';
import { apiCall, apiToken, backgroundLuminance, seriousViolations, watchCsp } from './helpers.ts';

async function apiGet<T>(stand: Stand, token: string, path: string): Promise<T> {
  const response = await apiCall(stand.apiUrl, token, 'GET', path);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

/** A customer writes in (the stand-in's simulator): to a ticket, or from a number (a new pending ticket). */
async function inbound(
  stand: Stand,
  message: { ticketId: number; body: string } | { contactNumber: string; contactName?: string; body: string },
) {
  const response = await fetch(`${stand.apiUrl}/dev/inbound`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(message),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { message: { id: string }; ticket: { id: number } };
}

interface ApiTicket {
  id: number;
  status: string;
  userId: number | null;
  unreadMessages: number | null;
  contact: { name: string; number: string };
}

const ADMIN_QUEUES = '[1,2]';
const ticketQuery = (status: string, options: { showAll?: boolean; search?: string } = {}) =>
  `/tickets?status=${status}&showAll=${options.showAll ?? false}&searchParam=${encodeURIComponent(options.search ?? '')}&pageNumber=1&queueIds=${encodeURIComponent(ADMIN_QUEUES)}`;

const items = (page: Page) => page.getByTestId('ticket-list').getByTestId(/^ticket-item-\d+$/);
const item = (page: Page, id: number) => page.getByTestId(`ticket-item-${id}`);
const messageBodies = (conversation: Locator) =>
  conversation.getByTestId('conversation-messages').getByTestId('message-body');

/** The signed-in shell is on screen and its socket is connected (no offline banner). */
async function openTickets(
  page: Page,
  stand: Stand,
  path = '/tickets',
  login: { email: string; password: string } = LOGINS.company1Admin,
) {
  await page.goto(`${stand.appUrl}${path}`);
  await logIn(page, login);
  await expect(page.getByTestId('tickets-screen')).toBeVisible();
}

test('ticket list: tab counts as the API says, search, show all, more on scroll; axe in light and dark mode', async ({
  page,
  launchStand,
}) => {
  const stand = await launchStand({ brand: 'cliente1' });
  const csp = watchCsp(page);
  // 45 customers write in from new numbers: 47 pending tickets, more than a page (40).
  await Promise.all(
    Array.from({ length: 45 }, (_, i) =>
      inbound(stand, {
        contactNumber: `55119700${String(i).padStart(5, '0')}`,
        contactName: `Cliente ${String(i + 1).padStart(2, '0')}`,
        body: `Oi ${i + 1}`,
      }),
    ),
  );
  const token = await apiToken(stand.apiUrl);
  const apiCount = async (status: string, options?: { showAll?: boolean; search?: string }) =>
    (await apiGet<{ count: number }>(stand, token, ticketQuery(status, options))).count;

  await openTickets(page, stand);
  await expect(page).toHaveURL(/\/tickets$/);
  for (const status of ['open', 'pending', 'closed']) {
    await expect(page.getByTestId(`tickets-count-${status}`)).toHaveText(String(await apiCount(status)));
  }
  expect(await apiCount('pending')).toBe(47);
  expect(await seriousViolations(page)).toEqual([]);

  // Pending: a first page of 40, the rest when scrolled to the end.
  await page.getByTestId('tickets-tab-pending').click();
  await expect(items(page)).toHaveCount(40);
  await expect(page.getByTestId('tickets-load-more')).toBeVisible();
  await page.getByTestId('ticket-list').evaluate((list) => list.scrollTo({ top: list.scrollHeight }));
  await expect(items(page)).toHaveCount(47);
  await expect(page.getByTestId('tickets-load-more')).toHaveCount(0);

  // Show all (admins): every agent's tickets, counts as the API says.
  await page.getByTestId('tickets-tab-open').click();
  await page.getByTestId('tickets-show-all').check();
  for (const status of ['open', 'pending', 'closed']) {
    await expect(page.getByTestId(`tickets-count-${status}`)).toHaveText(
      String(await apiCount(status, { showAll: true })),
    );
  }
  await expect(item(page, 2)).toBeVisible(); // João Santos, the agent's ticket

  // Search by name (case folded, as the backend does), then by part of a number.
  await page.getByTestId('tickets-search').fill('JOÃO');
  await expect(items(page)).toHaveCount(1);
  await expect(item(page, 2)).toContainText('João Santos');
  await expect(page.getByTestId('tickets-count-open')).toHaveText(
    String(await apiCount('open', { showAll: true, search: 'JOÃO' })),
  );
  await page.getByTestId('tickets-search').fill('1197000001');
  await page.getByTestId('tickets-tab-pending').click();
  await expect(page.getByTestId('tickets-count-pending')).toHaveText('10');
  await expect(items(page)).toHaveCount(10);
  await page.getByTestId('tickets-search').fill('ninguém mesmo');
  await expect(page.getByTestId('tickets-empty')).toContainText('ninguém mesmo');

  await page.getByTestId('tickets-search').fill('');
  await expect(items(page)).toHaveCount(40);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => backgroundLuminance(page)).toBeLessThan(0.2);
  expect(await seriousViolations(page)).toEqual([]);
  expect(csp).toEqual([]);
});

test('conversation: deep link through login, messages in order with older ones on scroll up, send (pending, failure, retry), accept, close, reopen', async ({
  page,
  launchStand,
}) => {
  const stand = await launchStand({ brand: 'cliente1' });
  const csp = watchCsp(page);
  // Ticket 6 gets 25 more messages: two pages of 20.
  for (let i = 1; i <= 25; i++) await inbound(stand, { ticketId: 6, body: `Mensagem ${String(i).padStart(2, '0')}` });
  const token = await apiToken(stand.apiUrl);
  const page1 = await apiGet<{ messages: Array<{ body: string }>; hasMore: boolean }>(
    stand,
    token,
    '/messages/1?pageNumber=1',
  );

  // Signed out, the deep link goes through the login page and comes back.
  await page.goto(`${stand.appUrl}/tickets/1`);
  await expect(page).toHaveURL(/\/login\?redirectTo=%2Ftickets%2F1$/);
  await logIn(page, LOGINS.company1Admin);
  await expect(page).toHaveURL(/\/tickets\/1$/);
  const conversation = page.getByTestId('conversation');
  await expect(conversation.getByTestId('conversation-contact-name')).toHaveText('Maria Silva');
  const maria = await apiGet<ApiTicket>(stand, token, '/tickets/1');
  await expect(conversation.getByTestId('conversation-contact-number')).toHaveText(`+${maria.contact.number}`);
  // Oldest first, as the API pages them.
  await expect(messageBodies(conversation)).toHaveText(page1.messages.map((message) => message.body));
  await expect(item(page, 1)).toHaveAttribute('aria-current', 'page');

  // Sending: a pending bubble while the POST is held, then the message as the socket brings it.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`${stand.apiUrl}/messages/1`, async (route) => {
    if (route.request().method() !== 'POST') return route.fallback();
    await held;
    return route.fallback();
  });
  await conversation.getByTestId('composer-input').fill('Bom dia, Maria!');
  await conversation.getByTestId('composer-send').click();
  await expect(conversation.getByTestId('composer-input')).toHaveValue('');
  await expect(conversation.getByTestId('message-pending')).toContainText('Bom dia, Maria!');
  await expect(conversation.getByTestId('message-pending')).toContainText('Enviando…');
  release();
  await page.unroute(`${stand.apiUrl}/messages/1`);
  await expect(conversation.getByTestId(/^message-3EB0/).last()).toContainText('Bom dia, Maria!');
  await expect(conversation.getByTestId('message-pending')).toHaveCount(0);
  await expect(item(page, 1).getByTestId('ticket-item-last')).toHaveText('Bom dia, Maria!');

  // A failed send stays on screen with the error and a retry.
  await page.route(`${stand.apiUrl}/messages/1`, (route) =>
    route.request().method() === 'POST'
      ? route.fulfill({ status: 500, contentType: 'application/json', body: '{"error":"ERR_SENDING_WAPP_MSG"}' })
      : route.fallback(),
  );
  await conversation.getByTestId('composer-input').fill('Segunda tentativa');
  await conversation.getByTestId('composer-input').press('Enter');
  const failed = conversation.getByTestId('message-failed');
  await expect(failed).toContainText('Segunda tentativa');
  await expect(failed).toContainText('Erro ao enviar a mensagem de WhatsApp');
  await page.unroute(`${stand.apiUrl}/messages/1`);
  await failed.getByTestId('message-retry').click();
  await expect(failed).toHaveCount(0);
  await expect(messageBodies(conversation).last()).toHaveText('Segunda tentativa');
  expect(
    (await apiGet<{ messages: Array<{ body: string }> }>(stand, token, '/messages/1?pageNumber=1')).messages.at(-1)
      ?.body,
  ).toBe('Segunda tentativa');

  // Older messages load when scrolled to the top, and the view stays on what was read.
  await item(page, 6).click();
  await expect(page).toHaveURL(/\/tickets\/6$/);
  await expect(conversation.getByTestId('conversation-contact-name')).toHaveText('Lucas Pereira');
  await expect(messageBodies(conversation)).toHaveCount(20);
  await expect(messageBodies(conversation).last()).toHaveText('Mensagem 25');
  const total = (await apiGet<{ count: number }>(stand, token, '/messages/6?pageNumber=1')).count;
  await expect(messageBodies(conversation).first()).toHaveText('Mensagem 06');
  await conversation.getByTestId('conversation-messages').evaluate((box) => box.scrollTo({ top: 0 }));
  await expect(messageBodies(conversation)).toHaveCount(total);
  // The page above did not jump the view: the message that was at the top is still on screen.
  await expect(messageBodies(conversation).filter({ hasText: 'Mensagem 06' })).toBeInViewport();
  expect(await conversation.getByTestId('conversation-messages').evaluate((box) => box.scrollTop)).toBeGreaterThan(100);
  await expect(conversation.getByTestId('load-older-messages')).toHaveCount(0);
  await expect(messageBodies(conversation).filter({ hasText: 'Mensagem 01' })).toHaveCount(1);

  // Accept a pending ticket: it moves to the open tab, with this agent.
  await page.getByTestId('tickets-tab-pending').click();
  await item(page, 3).click();
  await expect(conversation.getByTestId('conversation-status')).toHaveAttribute('data-status', 'pending');
  await expect(conversation.getByTestId('composer-hint')).toBeVisible();
  const pendingBefore = Number(await page.getByTestId('tickets-count-pending').textContent());
  const openBefore = Number(await page.getByTestId('tickets-count-open').textContent());
  await conversation.getByTestId('ticket-accept').click();
  await expect(conversation.getByTestId('conversation-status')).toHaveAttribute('data-status', 'open');
  await expect(page.getByTestId('tickets-tab-open')).toHaveAttribute('aria-selected', 'true');
  await expect(item(page, 3)).toBeVisible();
  await expect(page.getByTestId('tickets-count-pending')).toHaveText(String(pendingBefore - 1));
  await expect(page.getByTestId('tickets-count-open')).toHaveText(String(openBefore + 1));
  let ticket3 = await apiGet<ApiTicket>(stand, token, '/tickets/3');
  expect([ticket3.status, ticket3.userId]).toEqual(['open', 1]);

  // Close, then reopen.
  await conversation.getByTestId('ticket-close').click();
  await expect(conversation.getByTestId('conversation-status')).toHaveAttribute('data-status', 'closed');
  await expect(page.getByTestId('tickets-tab-closed')).toHaveAttribute('aria-selected', 'true');
  await expect(item(page, 3)).toBeVisible();
  expect((await apiGet<ApiTicket>(stand, token, '/tickets/3')).status).toBe('closed');
  await conversation.getByTestId('ticket-reopen').click();
  await expect(conversation.getByTestId('conversation-status')).toHaveAttribute('data-status', 'open');
  await expect(conversation.getByTestId('composer-input')).toBeVisible();
  ticket3 = await apiGet<ApiTicket>(stand, token, '/tickets/3');
  expect([ticket3.status, ticket3.userId]).toEqual(['open', 1]);
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => backgroundLuminance(page)).toBeLessThan(0.2);
  expect(await seriousViolations(page)).toEqual([]);
  expect(csp).toEqual([]);
});

test('real time: incoming messages show without a reload and raise unread counts; offline shows, and a message sent meanwhile comes with the reconnection (with a renewed token)', async ({
  page,
  context,
  launchStand,
}) => {
  const stand = await launchStand({ brand: 'cliente1' });
  const socketTokens = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/socket.io/') && url.searchParams.get('token'))
      socketTokens.add(url.searchParams.get('token')!);
  });
  page.on('websocket', (socket) => {
    const token = new URL(socket.url()).searchParams.get('token');
    if (token) socketTokens.add(token);
  });
  await openTickets(page, stand, '/tickets/1');
  const conversation = page.getByTestId('conversation');
  await expect(conversation.getByTestId('conversation-contact-name')).toHaveText('Maria Silva');

  // Into the open conversation: shown at once, no unread count for it.
  await inbound(stand, { ticketId: 1, body: 'Chegou agora' });
  await expect(messageBodies(conversation).last()).toHaveText('Chegou agora');
  await expect(item(page, 1).getByTestId('ticket-item-last')).toHaveText('Chegou agora');
  await expect(page.getByTestId('ticket-unread-1')).toHaveCount(0);

  // Into another ticket in the list: its unread count goes up, it moves to the top.
  await expect(item(page, 6)).toBeVisible();
  await expect(page.getByTestId('ticket-unread-6')).toHaveCount(0);
  await inbound(stand, { ticketId: 6, body: 'Oi de novo' });
  await expect(page.getByTestId('ticket-unread-6')).toHaveText('1');
  await inbound(stand, { ticketId: 6, body: 'Alguém aí?' });
  await expect(page.getByTestId('ticket-unread-6')).toHaveText('2');
  await expect(items(page).first()).toHaveAttribute('data-testid', 'ticket-item-6');
  await expect(messageBodies(conversation).filter({ hasText: 'Alguém aí?' })).toHaveCount(0);

  // A new customer: a new pending ticket, counted at once.
  const pendingBefore = Number(await page.getByTestId('tickets-count-pending').textContent());
  await inbound(stand, { contactNumber: '5511955554444', contactName: 'Cliente Novo', body: 'Primeira mensagem' });
  await expect(page.getByTestId('tickets-count-pending')).toHaveText(String(pendingBefore + 1));

  // Offline: the banner shows; a message arrives meanwhile; back online, it is fetched.
  await expect(page.getByTestId('realtime-offline')).toHaveCount(0);
  await context.setOffline(true);
  await expect(page.getByTestId('realtime-offline')).toBeVisible();
  await inbound(stand, { ticketId: 1, body: 'Enquanto você estava fora' });
  await inbound(stand, { ticketId: 6, body: 'Também fora' });
  await expect(messageBodies(conversation).last()).toHaveText('Chegou agora');
  // The access token expires while offline: the reconnection has to renew the one the socket had.
  stand.expireAccessTokens();
  const tokensBefore = socketTokens.size;
  const refetched = page.waitForResponse(
    (response) => new URL(response.url()).pathname === '/messages/1' && response.request().method() === 'GET',
  );
  await context.setOffline(false);
  await refetched;
  await expect(page.getByTestId('realtime-offline')).toHaveCount(0);
  await expect(messageBodies(conversation).last()).toHaveText('Enquanto você estava fora');
  await expect(page.getByTestId('ticket-unread-6')).toHaveText('3');
  // Live again after the reconnection.
  await inbound(stand, { ticketId: 1, body: 'De volta ao vivo' });
  await expect(messageBodies(conversation).last()).toHaveText('De volta ao vivo');
  expect(socketTokens.size).toBeGreaterThan(tokensBefore);
});

test('two agents of one company see each other’s messages live', async ({ browser, launchStand }) => {
  const stand = await launchStand({ brand: 'cliente1' });
  const adminContext = await browser.newContext({ locale: 'pt-BR' });
  const agentContext = await browser.newContext({ locale: 'pt-BR' });
  try {
    const admin = await adminContext.newPage();
    const agent = await agentContext.newPage();
    // Ticket 2 (João Santos) is the agent's; the admin opens it by its address.
    await Promise.all([
      openTickets(admin, stand, '/tickets/2', LOGINS.company1Admin),
      openTickets(agent, stand, '/tickets/2', LOGINS.company1Agent),
    ]);
    const adminChat = admin.getByTestId('conversation');
    const agentChat = agent.getByTestId('conversation');
    await expect(adminChat.getByTestId('conversation-contact-name')).toHaveText('João Santos');
    await expect(agentChat.getByTestId('conversation-contact-name')).toHaveText('João Santos');
    // The agent sees only their own tickets and the pending ones, without the show-all switch.
    await expect(agent.getByTestId('tickets-show-all')).toHaveCount(0);
    await expect(item(agent, 2)).toBeVisible();
    await expect(item(agent, 1)).toHaveCount(0);

    await agentChat.getByTestId('composer-input').fill('Mensagem do agente');
    await agentChat.getByTestId('composer-send').click();
    await expect(messageBodies(adminChat).last()).toHaveText('Mensagem do agente');
    await adminChat.getByTestId('composer-input').fill('Resposta do admin');
    await adminChat.getByTestId('composer-send').click();
    await expect(messageBodies(agentChat).last()).toHaveText('Resposta do admin');
    await expect(item(agent, 2).getByTestId('ticket-item-last')).toHaveText('Resposta do admin');
  } finally {
    await adminContext.close();
    await agentContext.close();
  }
});

test('at 360 px the list and the conversation are two steps', async ({ page, launchStand }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const stand = await launchStand({ brand: 'cliente1' });
  const csp = watchCsp(page);
  // The lists fail to load first: an error with a retry.
  const failLists = (url: URL) => url.origin === new URL(stand.apiUrl).origin && url.pathname === '/tickets';
  await page.route(failLists, (route) =>
    route.fulfill({ status: 500, contentType: 'application/json', body: '{"error":"ERR_INTERNAL_SERVER_ERROR"}' }),
  );
  await openTickets(page, stand);
  await expect(page.getByTestId('ticket-list').getByRole('alert')).toContainText(
    'Não foi possível carregar os atendimentos.',
  );
  await page.unroute(failLists);
  await page.getByTestId('retry').click();
  await expect(page.getByTestId('tickets-screen')).toHaveAttribute('data-layout', 'steps');
  await expect(item(page, 1)).toBeVisible();
  await expect(page.getByTestId('conversation')).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  expect(await seriousViolations(page)).toEqual([]);

  await item(page, 1).click();
  await expect(page).toHaveURL(/\/tickets\/1$/);
  const conversation = page.getByTestId('conversation');
  await expect(conversation.getByTestId('conversation-contact-name')).toHaveText('Maria Silva');
  await expect(page.getByTestId('ticket-list')).toHaveCount(0);
  await expect(conversation.getByTestId('composer-input')).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => backgroundLuminance(page)).toBeLessThan(0.2);
  expect(await seriousViolations(page)).toEqual([]);

  await conversation.getByTestId('conversation-back').click();
  await expect(page).toHaveURL(/\/tickets$/);
  await expect(item(page, 1)).toBeVisible();
  expect(csp).toEqual([]);
});
