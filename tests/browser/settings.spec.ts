import type { Page } from '@playwright/test';
import { LOGINS, expect, logIn, test } from './fixtures.ts';
import { apiCall, apiToken, seriousViolations, watchCsp } from './helpers.ts';

async function storedSettings(apiUrl: string): Promise<Record<string, string>> {
  const token = await apiToken(apiUrl);
  const response = await apiCall(apiUrl, token, 'GET', '/settings');
  return Object.fromEntries(
    ((await response.json()) as Array<{ key: string; value: string }>).map((setting) => [setting.key, setting.value]),
  );
}

const status = (page: Page, key: string) => page.getByTestId(`setting-${key}-status`);

test('settings: a switch, a select, a text field and a secret are saved one by one and kept after a reload', async ({
  page,
  launchStand,
}) => {
  const stand = await launchStand({ brand: 'cliente1' });
  const csp = watchCsp(page);
  await page.goto(stand.appUrl);
  await logIn(page, LOGINS.company1Admin);
  await page
    .getByRole('navigation', { name: 'Navegação principal' })
    .getByRole('link', { name: 'Configurações' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Configurações' })).toBeVisible();

  // Switch: "Aceitar chamadas", stored "disabled".
  const call = page.getByRole('switch', { name: 'Aceitar chamadas' });
  await expect(call).not.toBeChecked();
  await expect(call).toHaveAccessibleDescription(/chamadas de voz e vídeo/);
  await call.check();
  await expect(status(page, 'call')).toHaveText('Salvo');
  await expect(call).toBeChecked();

  // Select: business hours, stored "queue".
  const schedule = page.getByTestId('setting-scheduleType');
  await expect(schedule).toHaveText('Por fila');
  await schedule.click();
  await page.getByRole('option', { name: 'Da empresa' }).click();
  await expect(status(page, 'scheduleType')).toHaveText('Salvo');
  await expect(schedule).toHaveText('Da empresa');

  // Text: saved with its button, not on every keystroke.
  const ixc = page.getByRole('textbox', { name: 'Endereço do IXC' });
  await ixc.fill('https://ixc.example.com');
  await expect(status(page, 'ipixc')).toHaveText('Alteração não salva');
  await page.getByTestId('setting-ipixc-save').click();
  await expect(status(page, 'ipixc')).toHaveText('Salvo');
  await expect(page.getByTestId('setting-ipixc-save')).toBeDisabled();

  // Secret: masked until shown; Enter saves it.
  const asaas = page.getByTestId('setting-asaas');
  await expect(asaas).toHaveAttribute('type', 'password');
  await asaas.fill('tok_live_123');
  await page.getByRole('button', { name: 'Mostrar Token do Asaas' }).click();
  await expect(asaas).toHaveAttribute('type', 'text');
  await asaas.press('Enter');
  await expect(status(page, 'asaas')).toHaveText('Salvo');

  expect(await storedSettings(stand.apiUrl)).toMatchObject({
    call: 'enabled',
    scheduleType: 'company',
    ipixc: 'https://ixc.example.com',
    asaas: 'tok_live_123',
  });
  await page.reload();
  await expect(page.getByRole('switch', { name: 'Aceitar chamadas' })).toBeChecked();
  await expect(page.getByTestId('setting-scheduleType')).toHaveText('Da empresa');
  await expect(page.getByRole('textbox', { name: 'Endereço do IXC' })).toHaveValue('https://ixc.example.com');
  await expect(page.getByTestId('setting-asaas')).toHaveValue('tok_live_123');
  await expect(page.getByTestId('setting-asaas')).toHaveAttribute('type', 'password');
  expect(await seriousViolations(page)).toEqual([]);

  // Another admin's change shows up live.
  const token = await apiToken(stand.apiUrl);
  const put = await apiCall(stand.apiUrl, token, 'PUT', '/settings/userRating', { value: 'enabled' });
  expect(put.status).toBe(200);
  await expect(page.getByRole('switch', { name: 'Avaliação do atendimento' })).toBeChecked();

  await page.emulateMedia({ colorScheme: 'dark' });
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
    .not.toBe('rgb(255, 255, 255)');
  expect(await seriousViolations(page)).toEqual([]);
  expect(csp).toEqual([]);
});

test('settings at 360 px: a failed save says why; a switch goes back, a text field keeps what was typed', async ({
  page,
  launchStand,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const stand = await launchStand({ brand: 'cliente1' });
  // The first load fails: said, with a retry.
  let refuseList = true;
  await page.route(`${stand.apiUrl}/settings`, (route) =>
    refuseList ? route.fulfill({ status: 502, body: 'Bad gateway' }) : route.fallback(),
  );
  await page.goto(`${stand.appUrl}/settings`);
  await logIn(page, LOGINS.company1Admin);
  await expect(page.getByTestId('settings-error')).toContainText('Não foi possível carregar as configurações.');
  refuseList = false;
  await page.getByTestId('settings-error').getByTestId('retry').click();
  await expect(page.getByTestId('settings-error')).toHaveCount(0);
  const rating = page.getByRole('switch', { name: 'Avaliação do atendimento' });
  await expect(rating).not.toBeChecked();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // The network fails under the switch.
  await page.route(`${stand.apiUrl}/settings/userRating`, (route) => route.abort('connectionrefused'));
  await rating.check({ force: true });
  await expect(status(page, 'userRating')).toHaveText(/^Não foi salvo: Não foi possível conectar ao servidor/);
  await expect(rating).not.toBeChecked();

  // The backend refuses the text.
  await page.route(`${stand.apiUrl}/settings/clientidmkauth`, (route) =>
    route.fulfill({
      status: 500,
      contentType: 'application/json',
      body: JSON.stringify({ error: 'ERR_INTERNAL_SERVER_ERROR' }),
    }),
  );
  const clientId = page.getByRole('textbox', { name: 'Client ID do MK-AUTH' });
  await clientId.fill('cliente-42');
  await page.getByTestId('setting-clientidmkauth-save').click();
  await expect(status(page, 'clientidmkauth')).toHaveText(
    'Não foi salvo: Erro interno do servidor. Tente novamente mais tarde.',
  );
  await expect(clientId).toHaveValue('cliente-42');
  await expect(page.getByTestId('setting-clientidmkauth-save')).toBeEnabled();
  expect(await storedSettings(stand.apiUrl)).toMatchObject({ userRating: 'disabled', clientidmkauth: '' });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
