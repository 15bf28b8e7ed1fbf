import type { Page } from '@playwright/test';
import { LOGINS, expect, logIn, test } from './fixtures.ts';
import { apiCall, apiToken, seriousViolations } from './helpers.ts';

const row = (page: Page, shortcode: string) =>
  page
    .getByTestId('quick-messages-table')
    .locator('tbody tr')
    .filter({ hasText: `/${shortcode}` });

async function openPage(page: Page) {
  await page
    .getByRole('navigation', { name: 'Navegação principal' })
    .getByRole('link', { name: 'Respostas rápidas' })
    .click();
  await expect(page).toHaveURL(/\/quick-messages$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Respostas rápidas' })).toBeVisible();
}

test('quick-messages: list and search, create with validation, a variable and a file, edit past a backend refusal, delete', async ({
  page,
  launchStand,
}) => {
  const stand = await launchStand({ brand: 'default' });
  await page.goto(stand.appUrl);
  await logIn(page, LOGINS.company1Admin);
  await openPage(page);
  await expect(page.getByTestId('quick-messages-table').locator('tbody tr')).toHaveCount(3);
  await expect(row(page, 'ola')).toContainText('{{ms}}, {{name}}! Como posso ajudar?');
  await expect(page.getByTestId('quick-messages-shown')).toHaveText('Mostrando 3 de 3');
  expect(await seriousViolations(page)).toEqual([]);

  // The search is the backend's: the shortcut contains it.
  await page.getByTestId('quick-messages-search').fill('PRA');
  await expect(page).toHaveURL(/\?q=PRA$/);
  await expect(page.getByTestId('quick-messages-table').locator('tbody tr')).toHaveCount(1);
  await expect(row(page, 'prazo')).toHaveCount(1);
  await page.getByTestId('quick-messages-search').fill('nada');
  await expect(page.getByTestId('quick-messages-empty')).toHaveText('Nenhuma resposta rápida encontrada para “nada”.');
  await page.getByTestId('quick-messages-search').fill('');
  await expect(page.getByTestId('quick-messages-table').locator('tbody tr')).toHaveCount(3);

  // Create: checked before sending, as the backend checks.
  await page.getByTestId('quick-message-add').click();
  const form = page.getByRole('dialog', { name: 'Nova resposta rápida' });
  const shortcode = form.getByTestId('quick-message-shortcode');
  const message = form.getByTestId('quick-message-message');
  await form.getByTestId('quick-message-save').click();
  await expect(shortcode).toHaveAccessibleDescription('Informe o atalho.');
  await expect(message).toHaveAccessibleDescription('Informe a mensagem.');
  await shortcode.fill('bo');
  await expect(shortcode).toHaveAccessibleDescription('O atalho deve ter pelo menos 3 caracteres.');
  await shortcode.fill('boleto');
  await expect(shortcode).toHaveAccessibleDescription('Na conversa, digite /boleto para encontrar esta resposta.');
  await message.fill('Segue o boleto, ');
  await form.getByTestId('quick-message-variable-name').click();
  await expect(message).toHaveValue('Segue o boleto, {{name}}');
  await form.getByTestId('quick-message-file').setInputFiles({
    name: 'boleto.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4 boleto'),
  });
  await expect(form.getByTestId('quick-message-attached')).toHaveText('Arquivo anexado: boleto.pdf');
  expect(await seriousViolations(page)).toEqual([]);
  await form.getByTestId('quick-message-save').click();
  await expect(form).toHaveCount(0);
  await expect(page.getByTestId('quick-messages-toast')).toHaveText('Resposta rápida /boleto criada.');
  await expect(row(page, 'boleto')).toContainText('boleto.pdf');
  const file = row(page, 'boleto').getByRole('link', { name: 'boleto.pdf' }).first();
  const fileResponse = await fetch((await file.getAttribute('href')) ?? '');
  expect(await fileResponse.text()).toBe('%PDF-1.4 boleto');

  // Edit: the backend's refusal lands on its field, and what was typed stays.
  await page.getByRole('button', { name: 'Editar /boleto' }).click();
  const edit = page.getByRole('dialog', { name: 'Editar resposta rápida' });
  await expect(edit.getByTestId('quick-message-attached')).toHaveText('Arquivo anexado: boleto.pdf');
  await edit.getByTestId('quick-message-shortcode').fill('bol');
  await page.route(/\/quick-messages\/\d+$/, (route) =>
    route.request().method() === 'PUT'
      ? route.fulfill({
          status: 400,
          contentType: 'application/json',
          body: JSON.stringify({ error: 'shortcode is a required field' }),
        })
      : route.fallback(),
  );
  await edit.getByTestId('quick-message-save').click();
  await expect(edit.getByTestId('quick-message-shortcode')).toHaveAccessibleDescription('Informe o atalho.');
  await expect(edit.getByTestId('quick-message-shortcode')).toBeFocused();
  await expect(edit.getByTestId('quick-message-shortcode')).toHaveValue('bol');
  await page.unroute(/\/quick-messages\/\d+$/);
  // Removing the attachment, then saving for real (the backend takes 2 characters on update, too).
  await edit.getByTestId('quick-message-remove-media').click();
  await expect(edit.getByText('O anexo será removido ao salvar.')).toBeVisible();
  await edit.getByTestId('quick-message-save').click();
  await expect(edit).toHaveCount(0);
  await expect(page.getByTestId('quick-messages-toast')).toHaveText('Resposta rápida /bol atualizada.');
  await expect(row(page, 'bol')).toContainText('Sem anexo');

  // Delete.
  await page.getByRole('button', { name: 'Excluir /bol' }).click();
  const confirm = page.getByTestId('quick-message-delete-dialog');
  await expect(confirm).toContainText('Excluir a resposta rápida /bol?');
  await confirm.getByTestId('quick-message-delete-confirm').click();
  await expect(page.getByTestId('quick-messages-toast')).toHaveText('Resposta rápida /bol excluída.');
  await expect(row(page, 'bol')).toHaveCount(0);
  await expect(page.getByTestId('quick-messages-table').locator('tbody tr')).toHaveCount(3);
});

test('quick-messages: changes made in another session arrive live; an agent manages only their own', async ({
  page,
  browser,
  launchStand,
}) => {
  const stand = await launchStand({ brand: 'cliente2' });
  await page.goto(stand.appUrl);
  await logIn(page, LOGINS.company1Admin);
  await openPage(page);
  await expect(page.getByTestId('quick-messages-table').locator('tbody tr')).toHaveCount(3);

  // The same admin, in another tab: the socket event refreshes this list.
  const token = await apiToken(stand.apiUrl);
  const created = await apiCall(stand.apiUrl, token, 'POST', '/quick-messages', {
    shortcode: 'pix',
    message: 'Nossa chave PIX é o CNPJ.',
  });
  expect(created.status).toBe(200);
  await expect(row(page, 'pix')).toContainText('Nossa chave PIX é o CNPJ.');
  const { id } = (await created.json()) as { id: number };
  expect((await apiCall(stand.apiUrl, token, 'DELETE', `/quick-messages/${id}`)).status).toBe(200);
  await expect(row(page, 'pix')).toHaveCount(0);

  // Atendechat lets every user manage quick answers, each their own: the agent sees theirs, not the admin's.
  const agentContext = await browser.newContext();
  try {
    const agent = await agentContext.newPage();
    await agent.goto(stand.appUrl);
    await logIn(agent, LOGINS.company1Agent);
    await openPage(agent);
    await expect(agent.getByTestId('quick-messages-table').locator('tbody tr')).toHaveCount(1);
    await expect(row(agent, 'senha')).toHaveCount(1);
    await expect(agent.getByTestId('quick-message-add')).toBeEnabled();
    await expect(row(page, 'senha')).toHaveCount(0);
  } finally {
    await agentContext.close();
  }
});

test('quick-messages at 360 px: no sideways scrolling, the message under the shortcut, the form full screen', async ({
  page,
  launchStand,
}) => {
  const stand = await launchStand({ brand: 'cliente1' });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${stand.appUrl}/quick-messages`);
  await logIn(page, LOGINS.company1Admin);
  await expect(page.getByRole('heading', { level: 1, name: 'Respostas rápidas' })).toBeVisible();
  await expect(row(page, 'prazo')).toContainText('O prazo de entrega é de 3 a 5 dias úteis.');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByTestId('quick-message-add').click();
  const form = page.getByRole('dialog', { name: 'Nova resposta rápida' });
  await expect(form.getByTestId('quick-message-shortcode')).toBeFocused();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
