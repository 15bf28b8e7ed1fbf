import type { Page } from '@playwright/test';
import { EXAMPLE_BRANDS, LOGINS, expect, logIn, rgb, test, type Stand } from './fixtures.ts';
import { seriousViolations } from './helpers.ts';

/**
 * Issue 11, quality: every flow of organising the work in its open state, for every brand, in light and dark
 * mode, at desktop width and at 360 px: axe finds no serious or critical violation. Each step first checks
 * that what it opened is on screen (so a step that silently did nothing fails), then collects what axe found
 * there; the test reports every place at once.
 */

type Found = string[];

async function check(page: Page, where: string, found: Found): Promise<void> {
  found.push(...(await seriousViolations(page)).map((violation) => `${where}: ${violation}`));
}

/** The conversation of ticket 1 (Maria Silva, open, the admin's) with each of its issue-11 parts opened. */
async function walkConversation(page: Page, stand: Stand, found: Found, width: string): Promise<void> {
  await page.goto(`${stand.appUrl}/tickets/1`);
  await expect(page.getByTestId('conversation')).toHaveAttribute('data-ticket-id', '1');
  await expect(page.getByTestId('ticket-return')).toBeVisible();
  await expect(page.getByTestId('ticket-tags')).toBeVisible();
  await check(page, `${width} conversation header (return, transfer, close, tags)`, found);

  await page.getByTestId('ticket-transfer').click();
  const transfer = page.getByTestId('transfer-form');
  await expect(transfer).toBeVisible();
  await page.getByTestId('transfer-queue').click();
  await page.getByTestId('transfer-queue-option-1').click();
  await page.getByTestId('transfer-user').click();
  await page.getByTestId('transfer-user-option-2').click();
  await expect(page.getByTestId('transfer-user')).toContainText('Agente');
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
  await input.fill('/');
  await expect(page.getByTestId('quick-answer-picker').getByRole('option').first()).toBeVisible();
  await check(page, `${width} quick answer picker`, found);
  await input.fill('');
  await expect(page.getByTestId('quick-answer-picker')).toHaveCount(0);

  await page.getByTestId('contact-panel-toggle').click();
  const panel = page.getByTestId('contact-panel');
  await expect(panel.getByTestId('contact-panel-name')).toHaveText('Maria Silva');
  await expect(panel.getByTestId('ticket-note')).toHaveCount(1);
  await expect(panel.getByTestId('earlier-tickets').or(panel.getByTestId('earlier-tickets-empty'))).toBeVisible();
  await check(page, `${width} contact panel with notes and earlier tickets`, found);
  await panel.getByTestId('contact-panel-edit').click();
  await expect(panel.getByTestId('contact-panel-name-input')).toBeVisible();
  await panel.getByTestId('ticket-note-input').fill('Nota para conferir o contraste');
  await check(page, `${width} contact panel editing, a note typed`, found);
  await panel.getByTestId('contact-panel-close').click();
  await expect(panel).toBeHidden();
}

/** An admin page with its create form open; `fill` puts the form in the state worth checking. */
async function walkForm(
  page: Page,
  stand: Stand,
  found: Found,
  {
    path,
    add,
    dialog,
    fill,
  }: { path: string; add: string; dialog: string; fill?: (form: ReturnType<Page['getByRole']>) => Promise<void> },
): Promise<void> {
  await page.goto(`${stand.appUrl}${path}`);
  await page.getByTestId(add).click();
  const form = page.getByRole('dialog', { name: dialog });
  await expect(form).toBeVisible();
  if (fill) await fill(form);
  await check(page, `${path} form "${dialog}"`, found);
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
}

for (const brand of EXAMPLE_BRANDS) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${brand}, ${colorScheme} mode: transfers, tags, quick answers, notes and the contact panel are axe clean, desktop and 360 px`, async ({
      browser,
      launchStand,
    }) => {
      const stand = await launchStand({ brand });
      const context = await browser.newContext({
        colorScheme,
        locale: 'pt-BR',
        viewport: { width: 1280, height: 800 },
      });
      const found: Found = [];
      try {
        const page = await context.newPage();
        await page.goto(`${stand.appUrl}/tickets`);
        await logIn(page, LOGINS.company1Admin);
        await expect(page.getByTestId('tickets-screen')).toBeVisible();
        // The app follows the system's scheme: make sure this run checks the mode it says.
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        if (colorScheme === 'dark') expect(background).toBe(rgb('#121212'));
        else expect(background).not.toBe(rgb('#121212'));

        await walkConversation(page, stand, found, 'desktop');
        await walkForm(page, stand, found, {
          path: '/queues',
          add: 'queue-add',
          dialog: 'Nova fila',
          // A light colour: the chip's text turns dark, and the contrast note shows.
          fill: async (form) => {
            await form.getByTestId('queue-name').fill('Pós-venda');
            await form.getByTestId('queue-color').fill('#ffeb3b');
            await expect(form.getByTestId('queue-preview')).toBeVisible();
            await expect(form.getByTestId('queue-day-monday')).toBeVisible();
          },
        });
        await walkForm(page, stand, found, {
          path: '/tags',
          add: 'tag-add',
          dialog: 'Nova tag',
          fill: async (form) => {
            await form.getByTestId('tag-name').fill('Retorno');
            await expect(form.getByTestId('tag-preview-chip')).toBeVisible();
          },
        });
        await walkForm(page, stand, found, {
          path: '/quick-messages',
          add: 'quick-message-add',
          dialog: 'Nova resposta rápida',
          fill: async (form) => {
            await form.getByTestId('quick-message-shortcode').fill('retorno');
            await expect(form.getByTestId('quick-message-save')).toBeVisible();
          },
        });

        await page.setViewportSize({ width: 360, height: 740 });
        await walkConversation(page, stand, found, '360 px');

        // An agent at an admin-only page: the "no permission" state.
        const agent = await browser.newContext({ colorScheme, locale: 'pt-BR' });
        try {
          const agentPage = await agent.newPage();
          await agentPage.goto(`${stand.appUrl}/queues`);
          await logIn(agentPage, LOGINS.company1Agent);
          await expect(agentPage.getByTestId('no-permission')).toBeVisible();
          await check(agentPage, 'agent at /queues (no permission)', found);
        } finally {
          await agent.close();
        }
      } finally {
        await context.close();
      }
      expect(found).toEqual([]);
    });
  }
}
