import type { Locator, Page } from '@playwright/test';
import { LOGINS, expect, logIn, test } from './fixtures.ts';
import { apiCall, apiToken, backgroundLuminance, seriousViolations, watchCsp } from './helpers.ts';

/** What the QR image shows: its size, and how many of its pixels are dark and light once drawn. */
async function imagePixels(image: Locator): Promise<{ width: number; height: number; dark: number; light: number }> {
  return image.evaluate(async (element: HTMLImageElement) => {
    await element.decode();
    const canvas = document.createElement('canvas');
    canvas.width = element.naturalWidth;
    canvas.height = element.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(element, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let dark = 0;
    let light = 0;
    for (let i = 0; i < data.length; i += 4) {
      const value = (data[i]! + data[i + 1]! + data[i + 2]!) / 3;
      if (value < 64) dark += 1;
      else if (value > 192) light += 1;
    }
    return { width: canvas.width, height: canvas.height, dark, light };
  });
}

const row = (page: Page, name: string) =>
  page
    .getByTestId('connection-row')
    .filter({ has: page.getByTestId('connection-name-text').getByText(name, { exact: true }) });

test('connections: statuses, create → QR code image → connected live, disconnect, rename, delete with confirmation; axe light and dark', async ({
  page,
  launchStand,
}) => {
  const stand = await launchStand({ brand: 'cliente1', fakePairingMs: 2500 });
  const csp = watchCsp(page);
  await page.goto(`${stand.appUrl}/connections`);
  await logIn(page, LOGINS.company1Admin);
  await expect(page.getByRole('heading', { level: 1, name: 'Conexões' })).toBeVisible();
  const principal = row(page, 'WhatsApp Principal');
  await expect(principal.getByTestId('connection-status')).toHaveText('Conectada');
  await expect(principal.getByTestId('connection-default')).toBeVisible();
  await expect(page.getByTestId('plan-usage-connections')).toContainText('1 de 10');
  expect(await seriousViolations(page)).toEqual([]);
  // Any reload would lose this: the updates below must arrive live.
  await page.evaluate(() => ((window as unknown as { noReload: boolean }).noReload = true));

  // The form checks the name; the backend's duplicate-name refusal is shown on the field.
  await page.getByTestId('connections-add').click();
  const form = page.getByRole('dialog', { name: 'Nova conexão' });
  const name = form.getByTestId('connection-name');
  await form.getByTestId('connection-save').click();
  await expect(name).toHaveAccessibleDescription('Informe o nome.');
  await name.fill('WhatsApp Principal');
  await form.getByTestId('connection-save').click();
  await expect(name).toHaveAccessibleDescription('Já existe uma conexão com esse nome.');
  await expect(name).toHaveValue('WhatsApp Principal');

  // Created: the QR code the backend sends is shown as an image, then the phone "scans" it.
  await name.fill('Vendas Norte');
  await form.getByTestId('connection-save').click();
  const qrDialog = page.getByRole('dialog', { name: 'Conectar “Vendas Norte”' });
  const image = qrDialog.getByTestId('qr-image');
  await expect(image).toBeVisible();
  await expect(row(page, 'Vendas Norte').getByTestId('connection-status')).toHaveAttribute('data-status', 'qrcode');
  expect(await image.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
  await expect(image).toHaveAccessibleName('QR code para conectar “Vendas Norte” ao WhatsApp');
  const pixels = await imagePixels(image);
  expect(pixels.width).toBeGreaterThanOrEqual(200);
  expect(pixels.width).toBe(pixels.height);
  // A QR code is roughly half dark modules, on a white quiet zone.
  expect(pixels.dark / (pixels.width * pixels.height)).toBeGreaterThan(0.2);
  expect(pixels.light / (pixels.width * pixels.height)).toBeGreaterThan(0.3);
  expect(await seriousViolations(page)).toEqual([]);

  await expect(qrDialog.getByTestId('qr-connected')).toBeVisible();
  await expect(qrDialog.getByTestId('qr-image')).toHaveCount(0);
  await qrDialog.getByTestId('qr-close').click();
  await expect(row(page, 'Vendas Norte').getByTestId('connection-status')).toHaveText('Conectada');
  await expect(page.getByTestId('plan-usage-connections')).toContainText('2 de 10');

  // Disconnecting (after confirming) turns the status live too.
  await principal.getByTestId('connection-disconnect').click();
  await page
    .getByRole('alertdialog', { name: 'Desconectar?' })
    .getByTestId('connection-disconnect-dialog-confirm')
    .click();
  await expect(principal.getByTestId('connection-status')).toHaveText('Desconectada');
  await expect(principal.getByTestId('connection-connect')).toBeVisible();

  // Rename.
  await row(page, 'Vendas Norte').getByTestId('connection-rename').click();
  const renameForm = page.getByRole('dialog', { name: 'Renomear conexão' });
  await expect(renameForm.getByTestId('connection-name')).toHaveValue('Vendas Norte');
  await renameForm.getByTestId('connection-name').fill('Vendas Sul');
  await renameForm.getByTestId('connection-save').click();
  await expect(renameForm).toBeHidden();
  await expect(row(page, 'Vendas Sul')).toHaveCount(1);
  await expect(row(page, 'Vendas Norte')).toHaveCount(0);

  // Delete asks first; cancelling keeps it.
  const confirm = page.getByRole('alertdialog', { name: 'Excluir conexão?' });
  await row(page, 'Vendas Sul').getByTestId('connection-delete').click();
  await confirm.getByTestId('connection-delete-dialog-cancel').click();
  await expect(confirm).toBeHidden();
  await expect(row(page, 'Vendas Sul')).toHaveCount(1);
  await row(page, 'Vendas Sul').getByTestId('connection-delete').click();
  await confirm.getByTestId('connection-delete-dialog-confirm').click();
  await expect(confirm).toBeHidden();
  await expect(row(page, 'Vendas Sul')).toHaveCount(0);
  await expect(page.getByTestId('plan-usage-connections')).toContainText('1 de 10');
  expect(await page.evaluate(() => (window as unknown as { noReload?: boolean }).noReload)).toBe(true);

  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => backgroundLuminance(page)).toBeLessThan(0.2);
  expect(await seriousViolations(page)).toEqual([]);
  expect(csp).toEqual([]);
});

test('connections plan limit: refusal keeps the typed name and says to contact support; at the limit the add button is disabled with the reason; above it, how many to remove', async ({
  page,
  launchStand,
}) => {
  // Company 1 starts with one connection: one more is allowed.
  const stand = await launchStand({ brand: 'cliente1', connectionsLimit: 2 });
  const csp = watchCsp(page);
  await page.goto(`${stand.appUrl}/connections`);
  await logIn(page, LOGINS.company1Admin);
  await expect(page.getByTestId('plan-usage-connections')).toContainText('1 de 2');
  // In the user's language: this user switches to English.
  await page.getByTestId('user-menu').click();
  await page.getByTestId('language-en').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Connections' })).toBeVisible();
  await expect(page.getByTestId('plan-usage-connections')).toContainText('1 of 2');
  await expect(page.getByTestId('connections-add')).toBeEnabled();
  await page.getByTestId('connections-add').click();
  const form = page.getByRole('dialog', { name: 'New connection' });
  await form.getByTestId('connection-name').fill('Conexão Extra');

  // Meanwhile someone else takes the last place (another tab): the list behind the form follows live.
  const token = await apiToken(stand.apiUrl);
  const other = await apiCall(stand.apiUrl, token, 'POST', '/whatsapp', { name: 'Outra Aba', isDefault: false });
  expect(other.status).toBe(200);
  await expect(row(page, 'Outra Aba')).toHaveCount(1);

  await form.getByTestId('connection-save').click();
  await expect(form.getByTestId('connection-form-error')).toHaveText(
    "Your plan's connection limit has been reached. Contact support to upgrade the plan.",
  );
  await expect(form.getByTestId('connection-name')).toHaveValue('Conexão Extra');
  await form.getByTestId('connection-cancel').click();

  // At the limit (also on a fresh load): the add button is disabled and says why.
  await page.reload();
  await expect(page.getByTestId('plan-usage-connections')).toContainText('2 of 2');
  const add = page.getByTestId('connections-add');
  await expect(add).toBeDisabled();
  await expect(page.getByTestId('plan-at-limit')).toBeVisible();
  await expect(add).toHaveAccessibleDescription(/^Connections cannot be added: the plan allows 2 connections/);
  expect(await seriousViolations(page)).toEqual([]);

  // After a downgrade to 1 (the plan as the backend would then answer it): how many must go.
  await page.route(`${stand.apiUrl}/companies/listPlan/**`, async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as { plan: { connections: number } };
    await route.fulfill({ response, json: { ...body, plan: { ...body.plan, connections: 1 } } });
  });
  await page.reload();
  await expect(page.getByTestId('plan-over-limit')).toContainText('Remove 1 connection');
  await expect(add).toBeDisabled();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => backgroundLuminance(page)).toBeLessThan(0.2);
  expect(await seriousViolations(page)).toEqual([]);
  expect(csp).toEqual([]);
});

test('connections for an agent at 360 px: a failed load offers a retry; statuses only, no admin actions', async ({
  page,
  launchStand,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const stand = await launchStand({ brand: 'cliente1' });
  // The first load fails (server down): an error with a retry.
  let failures = 1;
  await page.route(`${stand.apiUrl}/whatsapp`, (route) =>
    failures-- > 0 ? route.fulfill({ status: 502, body: 'Bad gateway' }) : route.fallback(),
  );
  await page.goto(`${stand.appUrl}/connections`);
  await logIn(page, LOGINS.company1Agent);
  await expect(page.getByTestId('connections-error')).toContainText('Não foi possível carregar as conexões.');
  await page.getByTestId('retry').click();
  await expect(row(page, 'WhatsApp Principal').getByTestId('connection-status')).toHaveText('Conectada');
  await expect(page.getByTestId('connections-add')).toHaveCount(0);
  await expect(page.getByTestId('connection-rename')).toHaveCount(0);
  await expect(page.getByTestId('connection-delete')).toHaveCount(0);
  await expect(page.getByTestId('connection-disconnect')).toHaveCount(0);
  await expect(page.getByTestId('plan-usage-connections')).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
