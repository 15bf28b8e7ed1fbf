import type { Browser, Page } from '@playwright/test';
import { LOGINS, expect, logIn, test, type Stand } from './fixtures.ts';
import {
  apiCall,
  apiToken,
  expectColorScheme,
  BRANDS_AND_SCHEMES,
  inBrandAndScheme,
  seriousViolations,
  type ColorScheme,
} from './helpers.ts';

/**
 * Issue 11, quality: every flow of organising the work in its open state, for every brand, in light and dark
 * mode, at desktop width and at 360 px: axe finds no serious or critical violation. Each step first checks
 * that what it opened is on screen (so a step that silently did nothing fails), then collects what axe found
 * there; the test reports every place at once.
 */

// A control that cannot be clicked (covered by another) fails its step, not the whole test's time.
test.use({ actionTimeout: 10_000 });

type Found = string[];

async function check(page: Page, where: string, found: Found): Promise<void> {
  found.push(...(await seriousViolations(page)).map((violation) => `${where}: ${violation}`));
}

/** Carla Souza writes in again: a new ticket, taken by the admin, with two tags and a note; her ticket 5 is closed. */
async function seedConversation(stand: Stand): Promise<number> {
  const inbound = await fetch(`${stand.apiUrl}/dev/inbound`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ contactNumber: '5511943210987', body: 'Oi, voltei!' }),
  });
  expect(inbound.status).toBe(200);
  const { ticket } = (await inbound.json()) as { ticket: { id: number; contactId: number } };
  const token = await apiToken(stand.apiUrl);
  // Admin is user 1; the seeded tags 1 and 2 are VIP and Urgente.
  const accepted = await apiCall(stand.apiUrl, token, 'PUT', `/tickets/${ticket.id}`, { status: 'open', userId: 1 });
  expect(accepted.status).toBe(200);
  const tagged = await apiCall(stand.apiUrl, token, 'POST', '/tags/sync', {
    ticketId: ticket.id,
    tags: [{ id: 1 }, { id: 2 }],
  });
  expect(tagged.status).toBe(200);
  const noted = await apiCall(stand.apiUrl, token, 'POST', '/ticket-notes', {
    note: 'Cliente voltou: conferir o pedido anterior.',
    ticketId: ticket.id,
    contactId: ticket.contactId,
  });
  expect(noted.status).toBe(200);
  return ticket.id;
}

/** The contact panel's breakpoint (MUI's md): from it on, the panel sits beside the conversation. */
const PANEL_BESIDE_WIDTH = 900;

/**
 * The seeded conversation with each of its issue-11 parts opened. Where the panel sits beside the
 * conversation (not modal), no header control may be under it, and the conversation, its open quick answers
 * and the panel are also checked together, as they are on screen together.
 */
async function walkConversation(
  page: Page,
  stand: Stand,
  ticketId: number,
  found: Found,
  width: string,
): Promise<void> {
  const beside = (page.viewportSize()?.width ?? 0) >= PANEL_BESIDE_WIDTH;
  await page.goto(`${stand.appUrl}/tickets/${ticketId}`);
  await expect(page.getByTestId('conversation')).toHaveAttribute('data-ticket-id', String(ticketId));
  await expect(page.getByTestId('conversation-messages')).toContainText('Oi, voltei!');
  await expect(page.getByTestId('ticket-return')).toBeVisible();
  await expect(page.getByTestId('ticket-close')).toBeVisible();
  await expect(page.getByTestId('ticket-tags')).toBeVisible();
  await expect(page.getByTestId('ticket-tag-1')).toBeVisible();
  await check(page, `${width} conversation header (return, transfer, close, tags)`, found);

  // The transfer dialog, a queue and a user of it picked (Suporte, Agente).
  await page.getByTestId('ticket-transfer').click();
  const transfer = page.getByTestId('transfer-form');
  await expect(transfer).toBeVisible();
  await page.getByTestId('transfer-queue').click();
  await page.getByTestId('transfer-queue-option-1').click();
  await expect(page.getByTestId('transfer-queue')).toHaveText('Suporte');
  await page.getByTestId('transfer-user').click();
  await page.getByTestId('transfer-user-option-2').click();
  await expect(page.getByTestId('transfer-user')).toHaveText('Agente');
  await check(page, `${width} transfer dialog`, found);
  await page.getByTestId('transfer-cancel').click();
  await expect(transfer).toBeHidden();

  await page.getByTestId('ticket-tag-add').click();
  const tagOptions = page.getByRole('menu').getByTestId(/^ticket-tag-option-/);
  await expect(tagOptions.first()).toBeVisible();
  await check(page, `${width} tag picker`, found);
  await page.keyboard.press('Escape');
  await expect(tagOptions).toHaveCount(0);

  const input = page.getByTestId('composer-input');
  const openQuickAnswers = async () => {
    await input.fill('/');
    await expect(page.getByTestId('quick-answer-picker').getByRole('option').first()).toBeVisible();
  };
  const closeQuickAnswers = async () => {
    await input.fill('');
    await expect(page.getByTestId('quick-answer-picker')).toHaveCount(0);
  };
  await openQuickAnswers();
  await check(page, `${width} quick answer picker`, found);
  await closeQuickAnswers();

  // The contact panel: the contact, the ticket's tags, the notes with their form, the earlier tickets.
  await page.getByTestId('contact-panel-toggle').click();
  const panel = page.getByTestId('contact-panel');
  await expect(panel.getByTestId('contact-panel-name')).toHaveText('Carla Souza');
  await expect(panel.getByTestId('contact-panel-tag')).toHaveCount(2);
  await expect(panel.getByTestId('ticket-note-text')).toHaveText(['Cliente voltou: conferir o pedido anterior.']);
  await expect(panel.getByTestId('ticket-note-input')).toBeVisible();
  await expect(panel.getByTestId('earlier-tickets').getByRole('link')).toHaveCount(1);
  await expect(panel.getByTestId('earlier-ticket-5')).toContainText('Fechado');
  await check(page, `${width} contact panel with notes and earlier tickets`, found);
  if (beside) {
    // The conversation's controls wrap in the column the panel leaves: none is under the panel.
    const panelLeft = (await panel.boundingBox())?.x ?? 0;
    for (const control of ['ticket-return', 'ticket-transfer', 'ticket-close', 'contact-panel-toggle']) {
      const box = await page.getByTestId(control).boundingBox();
      expect((box?.x ?? Infinity) + (box?.width ?? 0), control).toBeLessThanOrEqual(panelLeft);
    }
    await openQuickAnswers();
    await check(page, `${width} conversation, quick answer picker and contact panel together`, found);
    await closeQuickAnswers();
  }

  // The contact in edit mode, with an extra field and a field error; the note form's refusal (too short).
  await panel.getByTestId('contact-panel-edit').click();
  await expect(panel.getByTestId('contact-panel-form')).toBeVisible();
  await expect(panel.getByTestId('contact-panel-name-input')).toBeVisible();
  await panel.getByTestId('contact-panel-extra-add').click();
  await expect(panel.getByTestId('contact-panel-extra-name-0')).toBeVisible();
  await panel.getByTestId('contact-panel-name-input').fill('');
  await panel.getByTestId('contact-panel-save').click();
  await expect(panel.getByText('Informe o nome.')).toBeVisible();
  await panel.getByTestId('ticket-note-input').fill('ok');
  await panel.getByTestId('ticket-note-save').click();
  await expect(panel.getByText('Escreva pelo menos 3 caracteres.')).toBeVisible();
  await check(page, `${width} contact panel editing, with field errors, a note refused`, found);
  await panel.getByTestId('contact-panel-cancel').click();
  await expect(panel.getByTestId('contact-panel-form')).toHaveCount(0);
  await panel.getByTestId('contact-panel-close').click();
  await expect(panel).toBeHidden();
}

/**
 * Goes to a page of the side navigation as a user does, without reloading the app (at 360 px through the
 * navigation drawer), and waits for its heading.
 */
async function openPage(page: Page, path: string, heading: string): Promise<void> {
  const link = page.getByRole('navigation', { name: 'Navegação principal' }).locator(`a[href="${path}"]`);
  if (!(await link.isVisible())) await page.getByRole('button', { name: 'Abrir a navegação' }).click();
  await link.click();
  await page.waitForURL((url) => url.pathname === path);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/** An admin page with its create form open; `fill` puts the form in the state worth checking. */
async function walkForm(
  page: Page,
  found: Found,
  {
    path,
    heading,
    add,
    dialog,
    fill,
  }: {
    path: string;
    heading: string;
    add: string;
    dialog: string;
    fill?: (form: ReturnType<Page['getByRole']>) => Promise<void>;
  },
): Promise<void> {
  await openPage(page, path, heading);
  await page.getByTestId(add).click();
  const form = page.getByRole('dialog', { name: dialog });
  await expect(form).toBeVisible();
  if (fill) await fill(form);
  await check(page, `${path} form "${dialog}"`, found);
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
}

/** An agent at an admin-only page: the "no permission" state, in a context of their own. */
async function walkNoPermission(browser: Browser, stand: Stand, colorScheme: ColorScheme, found: Found) {
  const agent = await browser.newContext({ colorScheme, locale: 'pt-BR' });
  try {
    const agentPage = await agent.newPage();
    await agentPage.goto(`${stand.appUrl}/queues`);
    await logIn(agentPage, LOGINS.company1Agent);
    await expect(agentPage.getByTestId('no-permission')).toContainText('Acesso restrito');
    await expect(agentPage.getByTestId('queue-add')).toHaveCount(0);
    await expectColorScheme(agentPage, colorScheme);
    await check(agentPage, 'agent at /queues (no permission)', found);
  } finally {
    await agent.close();
  }
}

for (const run of BRANDS_AND_SCHEMES) {
  test(
    `${run.brand}, ${run.colorScheme} mode: transfers, tags, quick answers, notes and the contact panel are axe clean, desktop and 360 px`,
    inBrandAndScheme(run, '/tickets', async ({ page, stand, colorScheme, browser, found }) => {
      const ticketId = await seedConversation(stand);
      await logIn(page, LOGINS.company1Admin);
      await expect(page.getByTestId('tickets-screen')).toBeVisible();

      await walkConversation(page, stand, ticketId, found, 'desktop');
      await walkForm(page, found, {
        path: '/queues',
        heading: 'Filas',
        add: 'queue-add',
        dialog: 'Nova fila',
        // A light colour: the chip's text turns dark, and the contrast note shows; a weekday's hours open.
        fill: async (form) => {
          await form.getByTestId('queue-name').fill('Pós-venda');
          await form.getByTestId('queue-color').fill('#ffeb3b');
          await expect(form.getByTestId('queue-preview')).toBeVisible();
          await expect(form.getByTestId('queue-color')).toHaveAccessibleDescription(/contraste de/);
          await form.getByTestId('queue-day-monday').click();
          await page.getByTestId('queue-day-monday-hours').click();
          await expect(form.getByTestId('queue-start-monday')).toBeVisible();
          await expect(form.getByTestId('queue-end-monday')).toBeVisible();
        },
      });
      await walkForm(page, found, {
        path: '/tags',
        heading: 'Tags',
        add: 'tag-add',
        dialog: 'Nova tag',
        fill: async (form) => {
          await form.getByTestId('tag-name').fill('Retorno');
          await expect(form.getByTestId('tag-preview-chip')).toHaveText('Retorno');
          await expect(form.getByTestId('tag-preview-contrast')).toContainText('contraste de');
        },
      });
      await walkForm(page, found, {
        path: '/quick-messages',
        heading: 'Respostas rápidas',
        add: 'quick-message-add',
        dialog: 'Nova resposta rápida',
        fill: async (form) => {
          await expect(form.getByTestId('quick-message-shortcode')).toBeFocused();
          await form.getByTestId('quick-message-shortcode').fill('retorno');
          await expect(form.getByTestId('quick-message-save')).toBeVisible();
        },
      });

      await page.setViewportSize({ width: 360, height: 740 });
      await walkConversation(page, stand, ticketId, found, '360 px');

      await walkNoPermission(browser, stand, colorScheme, found);
    }),
  );
}
