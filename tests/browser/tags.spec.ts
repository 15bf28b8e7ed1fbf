import type { Page } from '@playwright/test';
import { LOGINS, expect, logIn, test } from './fixtures.ts';
import { apiCall, apiToken, seriousViolations, watchCsp } from './helpers.ts';

const row = (page: Page, name: string) =>
  page
    .locator('[data-testid^="tag-row-"]')
    .filter({ has: page.getByTestId('tag-chip').getByText(name, { exact: true }) });

/** The chip's painted colours, and their WCAG contrast, as the browser computed them. */
async function chipContrast(page: Page, name: string) {
  return row(page, name)
    .getByTestId('tag-chip')
    .evaluate((chip) => {
      const rgb = (value: string) => (value.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
      const luminance = (value: string) => {
        const [r = 0, g = 0, b = 0] = rgb(value).map((c) => {
          const s = c / 255;
          return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const style = getComputedStyle(chip);
      const label = getComputedStyle(chip.querySelector('.MuiChip-label') ?? chip);
      const [a, b] = [luminance(style.backgroundColor), luminance(label.color)];
      return {
        background: style.backgroundColor,
        text: label.color,
        ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05),
      };
    });
}

test('tags: list, search, create with validation and a backend refusal, edit, delete, live from another session', async ({
  page,
  launchStand,
}) => {
  const stand = await launchStand({ brand: 'default' });
  const csp = watchCsp(page);
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/tags') posts.push(request.url());
  });
  await page.goto(stand.appUrl);
  await logIn(page, LOGINS.company1Admin);
  await page.getByRole('navigation', { name: 'Navegação principal' }).getByRole('link', { name: 'Tags' }).click();
  await expect(page).toHaveURL(/\/tags$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Tags' })).toBeVisible();

  // The seeded tags, by name, each chip in its colour with text that reaches AA on it.
  await expect(page.getByTestId('tag-chip')).toHaveText(['Em negociação', 'Novo cliente', 'Urgente', 'VIP']);
  await expect(row(page, 'VIP').getByTestId('tag-tickets-cell')).toHaveText('1');
  await expect(row(page, 'VIP').getByTestId('tag-color-cell')).toHaveText('#F9A825');
  const vip = await chipContrast(page, 'VIP');
  expect(vip.background).toBe('rgb(249, 168, 37)');
  expect(vip.text).toBe('rgb(0, 0, 0)');
  const urgente = await chipContrast(page, 'Urgente');
  expect(urgente.text).toBe('rgb(255, 255, 255)');
  for (const contrast of [vip, urgente]) expect(contrast.ratio).toBeGreaterThanOrEqual(4.5);
  expect(await seriousViolations(page)).toEqual([]);

  // The backend's search: name or colour, case-sensitive (as Postgres' LIKE), the term in the URL.
  await page.getByTestId('tags-search').fill('cliente');
  await expect(page.getByTestId('tag-chip')).toHaveText(['Novo cliente']);
  await expect(page).toHaveURL(/\?q=cliente$/);
  await page.getByTestId('tags-search').fill('vip');
  await expect(page.getByTestId('tags-empty')).toHaveText('Nenhuma tag encontrada para “vip”.');
  await page.getByTestId('tags-search').fill('');
  await expect(page.getByTestId('tag-chip')).toHaveCount(4);

  // Validation before sending; the preview shows the chip and its text's contrast.
  await page.getByTestId('tag-add').click();
  const form = page.getByRole('dialog', { name: 'Nova tag' });
  const name = form.getByTestId('tag-name');
  const color = form.getByTestId('tag-color');
  await expect(color).toHaveValue('#A4CCCC');
  await form.getByTestId('tag-save').click();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription('Informe o nome.');
  await name.fill('ab');
  await expect(name).toHaveAccessibleDescription('O nome deve ter pelo menos 3 caracteres.');
  await color.fill('azul');
  await expect(color).toHaveAccessibleDescription('Informe uma cor como #RRGGBB.');
  expect(posts).toEqual([]);
  await name.fill('Retorno');
  await color.fill('#1565C0');
  await expect(form.getByTestId('tag-preview-chip')).toHaveText('Retorno');
  await expect(form.getByTestId('tag-preview-contrast')).toHaveText(
    'Texto em branco sobre esta cor: contraste de 5,7:1.',
  );
  await expect(form.getByTestId('tag-color-picker')).toHaveValue('#1565c0');
  expect(await seriousViolations(page)).toEqual([]);

  // The backend's Yup refusal lands on the name, and what was typed stays.
  await page.route(`${stand.apiUrl}/tags`, (route) =>
    route.request().method() === 'POST'
      ? route.fulfill({
          status: 400,
          contentType: 'application/json',
          body: JSON.stringify({ error: 'name must be at least 3 characters' }),
        })
      : route.fallback(),
  );
  await form.getByTestId('tag-save').click();
  await expect(name).toHaveAccessibleDescription('O nome deve ter pelo menos 3 caracteres.');
  await expect(name).toBeFocused();
  await expect(name).toHaveValue('Retorno');
  await expect(color).toHaveValue('#1565C0');
  await page.unroute(`${stand.apiUrl}/tags`);
  await name.fill('Retorno ');
  await form.getByTestId('tag-save').click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('tags-toast')).toHaveText('Tag Retorno criada.');
  await expect(row(page, 'Retorno').getByTestId('tag-color-cell')).toHaveText('#1565C0');
  await expect(row(page, 'Retorno').getByTestId('tag-tickets-cell')).toHaveText('0');

  // Edit name and colour; the kanban column the page does not show is kept.
  await row(page, 'Em negociação').getByRole('button', { name: 'Editar Em negociação' }).click();
  const edit = page.getByRole('dialog', { name: 'Editar tag' });
  await expect(edit.getByTestId('tag-name')).toHaveValue('Em negociação');
  await edit.getByTestId('tag-name').fill('Negociando');
  await edit.getByTestId('tag-color').fill('#FFEB3B');
  await expect(edit.getByTestId('tag-preview-contrast')).toHaveText(
    'Texto em preto sobre esta cor: contraste de 17,2:1.',
  );
  await edit.getByTestId('tag-save').click();
  await expect(edit).toBeHidden();
  await expect(page.getByTestId('tags-toast')).toHaveText('Tag Negociando atualizada.');
  // The chip eases into its new colour (MUI's transition): wait for it to settle.
  await expect
    .poll(() => chipContrast(page, 'Negociando'))
    .toMatchObject({ background: 'rgb(255, 235, 59)', text: 'rgb(0, 0, 0)' });
  const token = await apiToken(stand.apiUrl);
  const stored = await (await apiCall(stand.apiUrl, token, 'GET', '/tags/4')).json();
  expect(stored).toMatchObject({ name: 'Negociando', color: '#FFEB3B', kanban: 1 });

  // Delete asks first, saying how many tickets lose the tag; cancelling keeps it.
  await row(page, 'Urgente').getByRole('button', { name: 'Excluir Urgente' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Excluir tag' });
  await expect(confirm).toContainText('Ela será retirada de 1 atendimento(s).');
  await confirm.getByTestId('tag-delete-cancel').click();
  await expect(confirm).toBeHidden();
  await row(page, 'Urgente').getByRole('button', { name: 'Excluir Urgente' }).click();
  await confirm.getByTestId('tag-delete-confirm').click();
  await expect(confirm).toBeHidden();
  await expect(page.getByTestId('tags-toast')).toHaveText('Tag Urgente excluída.');
  await expect(row(page, 'Urgente')).toHaveCount(0);
  const ticket = await (await apiCall(stand.apiUrl, token, 'GET', '/tickets/1')).json();
  expect(ticket.tags.map((tag: { name: string }) => tag.name)).toEqual(['VIP']);

  // A tag edited by someone else while the form is open: deleted meanwhile, the save says so.
  await row(page, 'Retorno').getByRole('button', { name: 'Editar Retorno' }).click();
  const stale = page.getByRole('dialog', { name: 'Editar tag' });
  const retornoId = Number((await row(page, 'Retorno').getAttribute('data-testid'))?.replace('tag-row-', ''));
  expect((await apiCall(stand.apiUrl, token, 'DELETE', `/tags/${retornoId}`)).status).toBe(200);
  await stale.getByTestId('tag-name').fill('Retornar');
  await stale.getByTestId('tag-save').click();
  await expect(stale.getByTestId('tag-form-error')).toHaveText('Nenhuma etiqueta encontrada com este ID.');
  await expect(stale.getByTestId('tag-name')).toHaveValue('Retornar');
  await stale.getByTestId('tag-cancel').click();
  await expect(row(page, 'Retorno')).toHaveCount(0);

  // Another session creates, renames and deletes a tag: the list follows live.
  const created = await apiCall(stand.apiUrl, token, 'POST', '/tags', { name: 'Parceiro', color: '#6A1B9A' });
  expect(created.status).toBe(200);
  const { id } = (await created.json()) as { id: number };
  await expect(row(page, 'Parceiro')).toHaveCount(1);
  expect((await apiCall(stand.apiUrl, token, 'PUT', `/tags/${id}`, { name: 'Parceria' })).status).toBe(200);
  await expect(row(page, 'Parceria')).toHaveCount(1);
  await expect(row(page, 'Parceiro')).toHaveCount(0);
  expect((await apiCall(stand.apiUrl, token, 'DELETE', `/tags/${id}`)).status).toBe(200);
  await expect(row(page, 'Parceria')).toHaveCount(0);
  // Another company's tags never show.
  const other = await apiToken(stand.apiUrl, LOGINS.company2Admin);
  expect((await apiCall(stand.apiUrl, other, 'POST', '/tags', { name: 'Só da Empresa 2' })).status).toBe(200);
  await page.reload();
  await expect(page.getByTestId('tag-chip')).toHaveText(['Negociando', 'Novo cliente', 'VIP']);

  await page.emulateMedia({ colorScheme: 'dark' });
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
    .not.toBe('rgb(255, 255, 255)');
  expect(await seriousViolations(page)).toEqual([]);
  expect(csp).toEqual([]);
});

test('tags for an agent: list, create and delete as the backend allows; editing is for admins, with the reason', async ({
  page,
  launchStand,
}) => {
  const stand = await launchStand({ brand: 'cliente1' });
  await page.goto(stand.appUrl);
  await logIn(page, LOGINS.company1Agent);
  await page.getByRole('navigation', { name: 'Navegação principal' }).getByRole('link', { name: 'Tags' }).click();
  await expect(page.getByTestId('tag-chip')).toHaveCount(4);

  const editVip = row(page, 'VIP').getByRole('button', { name: 'Editar VIP' });
  await expect(editVip).toHaveAttribute('aria-disabled', 'true');
  await expect(editVip).toHaveAccessibleDescription('Somente administradores podem editar tags.');
  await editVip.click({ force: true });
  await expect(page.getByRole('dialog', { name: 'Editar tag' })).toHaveCount(0);
  await expect(page.getByRole('tooltip')).toHaveText('Somente administradores podem editar tags.');
  await page.mouse.move(0, 0);
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  // What the button spares the agent: the backend's refusal.
  const agentToken = await apiToken(stand.apiUrl, LOGINS.company1Agent);
  const refused = await apiCall(stand.apiUrl, agentToken, 'PUT', '/tags/1', { name: 'Outro' });
  expect(refused.status).toBe(403);

  await page.getByTestId('tag-add').click();
  const form = page.getByRole('dialog', { name: 'Nova tag' });
  await form.getByTestId('tag-name').fill('Ligar depois');
  await form.getByTestId('tag-save').click();
  await expect(form).toBeHidden();
  await expect(row(page, 'Ligar depois').getByTestId('tag-color-cell')).toHaveText('#A4CCCC');
  await row(page, 'Ligar depois').getByRole('button', { name: 'Excluir Ligar depois' }).click();
  await page.getByTestId('tag-delete-confirm').click();
  await expect(row(page, 'Ligar depois')).toHaveCount(0);
});

test('tags at 360 px: no sideways scroll; an admin demoted while editing is told they are not allowed', async ({
  page,
  launchStand,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const stand = await launchStand({ brand: 'cliente2' });
  const token = await apiToken(stand.apiUrl);
  const created = await apiCall(stand.apiUrl, token, 'POST', '/users', {
    name: 'Chefe Temporária',
    email: 'chefe@example.com',
    password: '123456',
    profile: 'admin',
    queueIds: [],
  });
  expect(created.status).toBe(200);
  const chefe = (await created.json()) as { id: number };

  await page.goto(`${stand.appUrl}/tags`);
  await logIn(page, { email: 'chefe@example.com', password: '123456' });
  await expect(page.getByTestId('tag-chip')).toHaveCount(4);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expect(row(page, 'VIP').getByRole('button', { name: 'Excluir VIP' })).toBeInViewport();

  await row(page, 'VIP').getByRole('button', { name: 'Editar VIP' }).click();
  const form = page.getByRole('dialog', { name: 'Editar tag' });
  await form.getByTestId('tag-name').fill('VIP Ouro');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  expect(
    (await apiCall(stand.apiUrl, token, 'PUT', `/users/${chefe.id}`, { name: 'Chefe Temporária', profile: 'user' }))
      .status,
  ).toBe(200);
  await form.getByTestId('tag-save').click();
  await expect(form.getByTestId('tag-form-error')).toHaveText('Você não tem permissão para acessar este recurso.');
  await expect(form.getByTestId('tag-name')).toHaveValue('VIP Ouro');
  // Still signed in: a business refusal is no reason to renew the session.
  await expect(page).toHaveURL(/\/tags$/);
  expect(await seriousViolations(page)).toEqual([]);
});
