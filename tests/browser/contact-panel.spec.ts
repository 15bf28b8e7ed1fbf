import type { Page } from '@playwright/test';
import { LOGINS, expect, logIn, test, type Stand } from './fixtures.ts';
import { apiCall, apiToken, seriousViolations, watchCsp } from './helpers.ts';

/** Signs in at a ticket's address and opens its contact panel. */
async function openPanel(
  page: Page,
  stand: Stand,
  ticketId: number,
  login: { email: string; password: string } = LOGINS.company1Admin,
) {
  await page.goto(`${stand.appUrl}/tickets/${ticketId}`);
  await logIn(page, login);
  await expect(page.getByTestId('conversation')).toHaveAttribute('data-ticket-id', String(ticketId));
  await page.getByTestId('contact-panel-toggle').click();
  await expect(page.getByTestId('contact-panel')).toBeVisible();
  await expect(page.getByTestId('contact-panel-details')).toBeVisible();
}

const notes = (page: Page) => page.getByTestId('contact-panel').getByTestId('ticket-note-text');

test('internal notes: one agent’s note is seen by the other, with author and time, and never sent as a message', async ({
  browser,
  launchStand,
}) => {
  const stand = await launchStand({ brand: 'cliente1' });
  const adminContext = await browser.newContext({ locale: 'pt-BR' });
  const agentContext = await browser.newContext({ locale: 'pt-BR' });
  try {
    const admin = await adminContext.newPage();
    const agent = await agentContext.newPage();
    const csp = watchCsp(agent);
    // Ticket 2 (João Santos) is the agent's; the admin opens it by its address.
    await Promise.all([openPanel(admin, stand, 2), openPanel(agent, stand, 2, LOGINS.company1Agent)]);
    await expect(agent.getByTestId('ticket-notes-empty')).toBeVisible();

    // Too short for the backend (3 characters): refused before sending.
    await admin.getByTestId('ticket-note-input').fill('ok');
    await admin.getByTestId('ticket-note-save').click();
    await expect(admin.getByText('Escreva pelo menos 3 caracteres.')).toBeVisible();

    const note = 'Cliente pediu retorno amanhã às 10h <b>não é HTML</b>';
    await admin.getByTestId('ticket-note-input').fill(note);
    await admin.getByTestId('ticket-note-save').click();
    await expect(notes(admin)).toHaveText([note]);
    await expect(admin.getByTestId('ticket-note-meta')).toContainText('Admin');
    await expect(admin.getByTestId('ticket-note-input')).toHaveValue('');

    // No event for notes: the other agent sees it when the panel is opened again.
    await agent.getByTestId('contact-panel-close').click();
    await agent.getByTestId('contact-panel-toggle').click();
    await expect(notes(agent)).toHaveText([note]);
    await expect(agent.getByTestId('ticket-note-meta')).toContainText(/^Admin · \d{2}:\d{2}$/);
    // Only admins delete notes (the backend's rule): the agent has no delete button.
    await expect(agent.getByTestId('ticket-note-delete')).toHaveCount(0);

    await agent.getByTestId('ticket-note-input').fill('Agente: já liguei, sem resposta.');
    await agent.getByTestId('ticket-note-save').click();
    await expect(notes(agent)).toHaveText(['Agente: já liguei, sem resposta.', note]);
    await admin.getByTestId('contact-panel-close').click();
    await admin.getByTestId('contact-panel-toggle').click();
    await expect(notes(admin)).toHaveText(['Agente: já liguei, sem resposta.', note]);

    // Never a message: the ticket's messages hold neither note, and the conversation shows neither.
    const token = await apiToken(stand.apiUrl);
    const messages = await apiCall(stand.apiUrl, token, 'GET', '/messages/2');
    expect(messages.status).toBe(200);
    const body = JSON.stringify(await messages.json());
    expect(body).not.toContain('Cliente pediu retorno');
    expect(body).not.toContain('já liguei');
    await expect(agent.getByTestId('conversation-messages')).not.toContainText('já liguei');

    // The admin deletes a note.
    await admin.getByTestId('ticket-note').filter({ hasText: note }).getByTestId('ticket-note-delete').click();
    await admin.getByTestId('ticket-note-delete-dialog-confirm').click();
    await expect(notes(admin)).toHaveText(['Agente: já liguei, sem resposta.']);
    expect(csp).toEqual([]);
  } finally {
    await adminContext.close();
    await agentContext.close();
  }
});

test('contact panel: the contact edited in place is saved and shown; tags and the seeded note; hostile text stays text', async ({
  page,
  launchStand,
}) => {
  const stand = await launchStand({ brand: 'default' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await openPanel(page, stand, 1);
  const panel = page.getByTestId('contact-panel');
  await expect(panel.getByTestId('contact-panel-name')).toHaveText('Maria Silva');
  await expect(panel.getByTestId('contact-panel-number')).toHaveText('+5511987654321');
  await expect(panel.getByTestId('contact-panel-number').getByRole('link')).toHaveAttribute(
    'href',
    'tel:+5511987654321',
  );
  await expect(panel.getByTestId('contact-panel-email')).toHaveText('maria.silva@example.com');
  await expect(panel.getByTestId('contact-panel-tag')).toHaveText(['VIP', 'Urgente']);
  await expect(notes(page)).toHaveText(['Cliente VIP: priorizar a entrega do pedido 48213.']);
  // Beside the conversation on a wide screen: 360 px, and the messages leave it the room.
  const box = await panel.boundingBox();
  expect(box?.width).toBeCloseTo(360, 1);
  const messages = await page.getByTestId('conversation-messages').boundingBox();
  expect((messages?.x ?? 0) + (messages?.width ?? 0)).toBeLessThanOrEqual((box?.x ?? 0) + 1);

  await panel.getByTestId('contact-panel-edit').click();
  await panel.getByTestId('contact-panel-name-input').fill('');
  await panel.getByTestId('contact-panel-save').click();
  await expect(panel.getByText('Informe o nome.')).toBeVisible();
  await panel.getByTestId('contact-panel-name-input').fill('Maria Silva Souza');
  await panel.getByTestId('contact-panel-email-input').fill('maria@exemplo.com.br');
  await panel.getByTestId('contact-panel-extra-add').click();
  await panel.getByTestId('contact-panel-extra-value-0').fill('123.456.789-00');
  await panel.getByTestId('contact-panel-save').click();
  await expect(panel.getByText('Dê um nome ao campo.')).toBeVisible();
  await panel.getByTestId('contact-panel-extra-name-0').fill('CPF');
  await panel.getByTestId('contact-panel-extra-add').click();
  await panel.getByTestId('contact-panel-extra-name-1').fill('Observação');
  await panel.getByTestId('contact-panel-extra-value-1').fill('<img src=x onerror="window.hacked=1">');
  await panel.getByTestId('contact-panel-save').click();

  await expect(panel.getByTestId('contact-panel-name')).toHaveText('Maria Silva Souza');
  await expect(panel.getByTestId('contact-panel-email')).toHaveText('maria@exemplo.com.br');
  await expect(panel.getByTestId('contact-panel-extra-field')).toHaveText([
    'CPF123.456.789-00',
    'Observação<img src=x onerror="window.hacked=1">',
  ]);
  expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();
  // The conversation's header follows.
  await expect(page.getByTestId('conversation-contact-name')).toHaveText('Maria Silva Souza');
  // Saved in the backend, extra fields included.
  const token = await apiToken(stand.apiUrl);
  const contact = (await (await apiCall(stand.apiUrl, token, 'GET', '/contacts/1')).json()) as {
    name: string;
    email: string;
    extraInfo: { name: string; value: string }[];
  };
  expect(contact).toMatchObject({ name: 'Maria Silva Souza', email: 'maria@exemplo.com.br' });
  expect(contact.extraInfo.map((f) => [f.name, f.value])).toEqual([
    ['CPF', '123.456.789-00'],
    ['Observação', '<img src=x onerror="window.hacked=1">'],
  ]);
  // And after a reload.
  await page.reload();
  await page.getByTestId('contact-panel-toggle').click();
  await expect(page.getByTestId('contact-panel-name')).toHaveText('Maria Silva Souza');
  await expect(page.getByTestId('contact-panel-extra-field')).toHaveCount(2);
});

test('contact panel: the contact’s earlier ticket opens from it', async ({ page, launchStand }) => {
  const stand = await launchStand({ brand: 'cliente2' });
  // Carla Souza's ticket 5 is closed; she writes in again: a new pending ticket.
  const inbound = await fetch(`${stand.apiUrl}/dev/inbound`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ contactNumber: '5511943210987', body: 'Oi, voltei!' }),
  });
  expect(inbound.status).toBe(200);
  const { ticket } = (await inbound.json()) as { ticket: { id: number } };
  const token = await apiToken(stand.apiUrl);
  const earlier = (await (
    await apiCall(stand.apiUrl, token, 'GET', '/tickets?searchParam=5511943210987&showAll=true&queueIds=[1,2]')
  ).json()) as {
    tickets: { id: number; status: string }[];
  };
  const closed = earlier.tickets.find((t) => t.id !== ticket.id);
  expect(closed?.status).toBe('closed');

  await openPanel(page, stand, ticket.id);
  await expect(page.getByTestId('contact-panel-name')).toHaveText('Carla Souza');
  const link = page.getByTestId(`earlier-ticket-${closed?.id}`);
  await expect(page.getByTestId('earlier-tickets').getByRole('link')).toHaveCount(1);
  await expect(link).toContainText('Fechado');
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/tickets/${closed?.id}$`));
  await expect(page.getByTestId('conversation')).toHaveAttribute('data-ticket-id', String(closed?.id));
  await expect(page.getByTestId('conversation-status')).toHaveAttribute('data-status', 'closed');
});

test('contact panel at 360 px and on desktop: the whole width on a phone, axe clean in light and dark mode', async ({
  page,
  launchStand,
}) => {
  const stand = await launchStand({ brand: 'cliente1' });
  await page.setViewportSize({ width: 360, height: 740 });
  await openPanel(page, stand, 1);
  const panel = page.getByTestId('contact-panel');
  const box = await panel.boundingBox();
  expect(box?.width).toBeCloseTo(360, 1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expect(notes(page)).toHaveCount(1);
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
    .not.toBe('rgb(255, 255, 255)');
  expect(await seriousViolations(page)).toEqual([]);
  // Closing gives the conversation back.
  await panel.getByTestId('contact-panel-close').click();
  await expect(panel).toBeHidden();
  await expect(page.getByTestId('conversation-messages')).toBeVisible();

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByTestId('contact-panel-toggle').click();
  await expect(page.getByTestId('contact-panel-tag')).toHaveCount(2);
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await seriousViolations(page)).toEqual([]);
});
