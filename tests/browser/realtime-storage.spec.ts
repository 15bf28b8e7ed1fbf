import { LOGINS, expect, logIn, test } from './fixtures.ts';

/**
 * With browser storage unavailable (disabled, or a private mode that throws), the access token lives only in
 * the app's token store: the socket takes it from there, so reconnecting costs no token refresh.
 */
test('storage unavailable: the socket reconnects with the token in memory, without a refresh call, and stays live', async ({
  page,
  context,
  launchStand,
}) => {
  const stand = await launchStand({ brand: 'cliente1' });
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('storage disabled', 'SecurityError');
      },
    });
  });
  const refreshes: string[] = [];
  const socketTokens: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === '/auth/refresh_token') refreshes.push(request.method());
  });
  page.on('websocket', (socket) => {
    const token = new URL(socket.url()).searchParams.get('token');
    if (token) socketTokens.push(token);
  });

  await page.goto(`${stand.appUrl}/tickets/1`);
  await logIn(page, LOGINS.company1Admin);
  const messages = page.getByTestId('conversation').getByTestId('conversation-messages').getByTestId('message-body');
  await expect(messages.first()).toBeVisible();
  await expect.poll(() => socketTokens.length).toBeGreaterThan(0);

  await context.setOffline(true);
  await expect(page.getByTestId('realtime-offline')).toBeVisible();
  const connectionsBefore = socketTokens.length;
  await context.setOffline(false);
  await expect(page.getByTestId('realtime-offline')).toHaveCount(0);
  await expect.poll(() => socketTokens.length).toBeGreaterThan(connectionsBefore);

  // Live after the reconnection: the sentinel that proves the socket works also bounds the wait for a refresh.
  const response = await fetch(`${stand.apiUrl}/dev/inbound`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ticketId: 1, body: 'Depois de reconectar' }),
  });
  expect(response.status).toBe(200);
  await expect(messages.last()).toHaveText('Depois de reconectar');
  expect(new Set(socketTokens).size, 'every connection used the one token from sign-in').toBe(1);
  expect(refreshes, 'no token refresh for a reconnection').toEqual([]);
});
