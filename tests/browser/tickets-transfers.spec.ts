import { LOGINS, expect, test } from './fixtures.ts';
import { apiCall, apiToken, openTickets, seriousViolations } from './helpers.ts';

test('one agent transfers a ticket to the other agent in Suporte: it leaves one list and shows live in the other', async ({
  launchStand,
  twoAgents: { admin, agent },
}) => {
  const stand = await launchStand({ brand: 'cliente1' });
  await openTickets(admin, stand, '/tickets/1', LOGINS.company1Admin);
  await openTickets(agent, stand, '/tickets', LOGINS.company1Agent);
  await expect(agent.getByTestId('ticket-item-2')).toBeVisible();
  await expect(agent.getByTestId('ticket-item-1')).toHaveCount(0);
  await expect(admin.getByTestId('ticket-item-1')).toBeVisible();

  // The header with its tags, and the open dialog, in light and dark mode.
  expect(await seriousViolations(admin)).toEqual([]);
  await admin.getByTestId('ticket-transfer').click();
  await expect(admin.getByTestId('transfer-form')).toBeVisible();
  expect(await seriousViolations(admin)).toEqual([]);
  await admin.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(admin)).toEqual([]);
  await admin.getByTestId('transfer-queue').click();
  await admin.getByTestId('transfer-queue-option-1').click();
  await admin.getByTestId('transfer-user').click();
  // Only the users of Suporte are offered: Admin and Agente (both are in it).
  await admin.getByTestId('transfer-user-option-2').click();
  await admin.getByTestId('transfer-save').click();
  await expect(admin.getByTestId('transfer-form')).toHaveCount(0);

  // Live, without a reload: the agent has it, the admin's own list ("mine") no longer does.
  await expect(agent.getByTestId('ticket-item-1')).toBeVisible();
  await expect(admin.getByTestId('ticket-item-1')).toHaveCount(0);
  await expect(admin.getByTestId('conversation')).toContainText('Agente');

  // The agent returns it to the queue: it waits there, in both lists' waiting tab.
  await agent.getByTestId('ticket-item-1').click();
  await agent.getByTestId('ticket-return').click();
  await expect(agent.getByTestId('conversation-status')).toHaveAttribute('data-status', 'pending');
  await admin.getByTestId('tickets-tab-pending').click();
  await expect(admin.getByTestId('ticket-item-1')).toBeVisible();
});

test('a quick answer typed with / fills {{name}} with the contact', async ({ page, launchStand }) => {
  const stand = await launchStand({ brand: 'cliente1' });
  await openTickets(page, stand, '/tickets/1', LOGINS.company1Admin);
  const input = page.getByTestId('composer-input');
  await input.fill('/ola');
  await expect(page.getByTestId('quick-answer-picker')).toBeVisible();
  await input.press('Enter');
  await expect(page.getByTestId('quick-answer-picker')).toHaveCount(0);
  await expect(input).toHaveValue(/^(Bom dia|Boa tarde|Boa noite|Boa madrugada), Maria Silva! Como posso ajudar\?$/);
});

test('a tag added in the conversation shows in the list; the filters are remembered after a reload', async ({
  page,
  launchStand,
}) => {
  const stand = await launchStand({ brand: 'cliente1' });
  await openTickets(page, stand, '/tickets/6', LOGINS.company1Admin);
  await expect(page.getByTestId('ticket-item-6')).toBeVisible();
  await page.getByTestId('ticket-tag-add').click();
  // Tag 1 is VIP (seeded first).
  await page.getByTestId('ticket-tag-option-1').click();
  await expect(page.getByTestId('ticket-tags')).toContainText('VIP');
  await expect(page.getByTestId('ticket-item-tags-6')).toContainText('VIP');

  // Filter by Urgente (tag 2): only Maria Silva's ticket (1) carries it.
  await page.getByTestId('tickets-filter-tag').click();
  await page.getByTestId('tickets-filter-tag-2').click();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('ticket-item-1')).toBeVisible();
  await expect(page.getByTestId('ticket-item-6')).toHaveCount(0);

  await page.reload();
  await expect(page.getByTestId('tickets-screen')).toBeVisible();
  await expect(page.getByTestId('ticket-item-1')).toBeVisible();
  await expect(page.getByTestId('ticket-item-6')).toHaveCount(0);
  await expect(page.getByTestId('tickets-filter-tag')).toContainText('Urgente');
});

test('closing sends the connection’s completion message when it has one (UpdateTicketService)', async ({
  page,
  launchStand,
}) => {
  const stand = await launchStand({ brand: 'cliente1' });
  const token = await apiToken(stand.apiUrl);
  const connection = (await (await apiCall(stand.apiUrl, token, 'GET', '/whatsapp/1')).json()) as Record<
    string,
    unknown
  >;
  const saved = await apiCall(stand.apiUrl, token, 'PUT', '/whatsapp/1', {
    name: connection.name,
    complationMessage: 'Atendimento encerrado. Obrigado!',
  });
  expect(saved.status).toBe(200);
  await openTickets(page, stand, '/tickets/1', LOGINS.company1Admin);
  await page.getByTestId('ticket-close').click();
  await expect(page.getByTestId('conversation-status')).toHaveAttribute('data-status', 'closed');
  await expect(page.getByTestId('conversation-messages')).toContainText('Atendimento encerrado. Obrigado!');
  // Reopen: open again, with me.
  await page.getByTestId('ticket-reopen').click();
  await expect(page.getByTestId('conversation-status')).toHaveAttribute('data-status', 'open');
});

test('admins list only the tickets without a queue; a queue chosen lists it and those without one', async ({
  page,
  launchStand,
}) => {
  const stand = await launchStand({ brand: 'cliente1' });
  await openTickets(page, stand, '/tickets', LOGINS.company1Admin);
  await page.getByTestId('tickets-tab-pending').click();
  // Ana Oliveira (3) waits in Suporte, Pedro Costa (4) without a queue.
  await expect(page.getByTestId('ticket-item-3')).toBeVisible();
  await expect(page.getByTestId('ticket-item-4')).toBeVisible();
  await page.getByTestId('tickets-filter-queue').click();
  await page.getByTestId('tickets-filter-queue-none').click();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('ticket-item-3')).toHaveCount(0);
  await expect(page.getByTestId('ticket-item-4')).toBeVisible();

  // Vendas (2): Ana's Suporte ticket stays out, Pedro's (no queue) shows, as the backend lists them.
  await page.getByTestId('tickets-filter-queue').click();
  await page.getByTestId('tickets-filter-queue-2').click();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('tickets-filter-queue')).toContainText('Vendas');
  await expect(page.getByTestId('ticket-item-4')).toBeVisible();
  await expect(page.getByTestId('ticket-item-3')).toHaveCount(0);
});
