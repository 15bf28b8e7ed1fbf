import type { Page } from '@playwright/test';
import { LOGINS, expect, logIn, rgb, test } from './fixtures.ts';
import { apiCall, apiToken, seriousViolations, watchCsp } from './helpers.ts';

interface ApiQueue {
  id: number;
  name: string;
  color: string;
  greetingMessage: string;
  outOfHoursMessage: string;
  orderQueue: number | null;
  schedules: Array<{ weekdayEn: string; startTime: string; endTime: string }>;
}

const row = (page: Page, name: string) =>
  page
    .locator('[data-testid^="queue-row-"]')
    .filter({ has: page.getByTestId('queue-name-cell').getByText(name, { exact: true }) });

async function queuesThroughApi(apiUrl: string): Promise<ApiQueue[]> {
  return (await (await apiCall(apiUrl, await apiToken(apiUrl), 'GET', '/queue')).json()) as ApiQueue[];
}

/** A chip's painted colours, as getComputedStyle reports them. */
async function chipColors(page: Page, testId: string): Promise<{ background: string; text: string }> {
  return page.getByTestId(testId).evaluate((chip) => {
    const style = getComputedStyle(chip);
    return { background: style.backgroundColor, text: style.color };
  });
}

test('queues: list, create with validation and hours, refusals of a taken name and colour, edit, delete', async ({
  page,
  launchStand,
}) => {
  const stand = await launchStand({ brand: 'cliente1' });
  const csp = watchCsp(page);
  const writes: string[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'GET' && new URL(request.url()).pathname.startsWith('/queue'))
      writes.push(`${request.method()} ${new URL(request.url()).pathname}`);
  });
  await page.goto(stand.appUrl);
  await logIn(page, LOGINS.company1Admin);
  await page.getByRole('navigation', { name: 'Navegação principal' }).getByRole('link', { name: 'Filas' }).click();
  await expect(page).toHaveURL(/\/queues$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Filas' })).toBeVisible();
  await expect(row(page, 'Suporte')).toHaveCount(1);
  await expect(row(page, 'Vendas')).toHaveCount(1);
  // Suporte's chip is its blue with white text (8.6:1) (polled: the chip's colour has a transition).
  await expect
    .poll(() => chipColors(page, 'queue-chip-1'))
    .toEqual({ background: rgb('#0000ff'), text: rgb('#ffffff') });
  await expect(row(page, 'Suporte').getByTestId('queue-hours-cell')).toHaveText('Definido');
  await expect(row(page, 'Vendas').getByTestId('queue-hours-cell')).toHaveText('Sem horário');
  await expect(row(page, 'Suporte').getByTestId('queue-greeting-cell')).toHaveText('Olá! Você está no Suporte.');
  expect(await seriousViolations(page)).toEqual([]);

  // Validation before sending.
  await page.getByTestId('queue-add').click();
  const form = page.getByRole('dialog', { name: 'Nova fila' });
  const name = form.getByTestId('queue-name');
  const color = form.getByTestId('queue-color');
  // A new queue starts with a colour no other queue has.
  await expect(color).toHaveValue('#1565c0');
  await color.fill('#12');
  await form.getByTestId('queue-day-monday').click();
  await page.getByTestId('queue-day-monday-hours').click();
  await form.getByTestId('queue-start-monday').fill('18:00');
  await form.getByTestId('queue-end-monday').fill('09:00');
  await form.getByTestId('queue-save').click();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription('Informe o nome.');
  await expect(name).toBeFocused();
  await expect(color).toHaveAccessibleDescription('Informe uma cor como #RGB ou #RRGGBB, por exemplo #1565c0.');
  await expect(form.getByTestId('queue-start-monday')).toHaveAccessibleDescription('O fim deve ser depois do início.');
  expect(writes).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);

  // A taken name: the backend's refusal lands on the name field, and everything typed stays.
  await name.fill('Suporte');
  await color.fill('#F9A825');
  // The preview follows the colour, with the text that reads on it.
  await expect(form.getByTestId('queue-preview')).toHaveText('Suporte');
  await expect
    .poll(() => chipColors(page, 'queue-preview'))
    .toEqual({ background: rgb('#f9a825'), text: rgb('#000000') });
  await expect(color).toHaveAccessibleDescription(/^Texto preto sobre esta cor: contraste de 10,\d:1\.$/);
  await form.getByTestId('queue-start-monday').fill('09:00');
  await form.getByTestId('queue-end-monday').fill('17:30');
  await form.getByTestId('queue-day-sunday').click();
  await page.getByTestId('queue-day-sunday-closed').click();
  await form.getByTestId('queue-greeting').fill('Olá! Aqui é o Financeiro.');
  await form.getByTestId('queue-out-of-hours').fill('<b>Fechado</b> agora.');
  await form.getByTestId('queue-order').fill('3');
  await form.getByTestId('queue-save').click();
  await expect(name).toHaveAccessibleDescription('Já existe uma fila com este nome.');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toBeFocused();
  expect(writes).toEqual(['POST /queue']);
  await expect(color).toHaveValue('#F9A825');
  await expect(form.getByTestId('queue-start-monday')).toHaveValue('09:00');
  await expect(form.getByTestId('queue-out-of-hours')).toHaveValue('<b>Fechado</b> agora.');

  // A taken colour lands on the colour field.
  await name.fill('Financeiro');
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  await color.fill('#0000ff');
  await form.getByTestId('queue-save').click();
  await expect(color).toHaveAccessibleDescription('Esta cor já está em uso por outra fila.');
  await expect(color).toBeFocused();

  await color.fill('#f9a825');
  await form.getByTestId('queue-save').click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('queues-toast')).toHaveText('Fila Financeiro criada.');
  await expect(row(page, 'Financeiro')).toHaveCount(1);
  // Shown as text, never as HTML.
  const created = (await queuesThroughApi(stand.apiUrl)).find((queue) => queue.name === 'Financeiro')!;
  expect(created).toMatchObject({
    color: '#f9a825',
    greetingMessage: 'Olá! Aqui é o Financeiro.',
    outOfHoursMessage: '<b>Fechado</b> agora.',
    orderQueue: 3,
  });
  expect(created.schedules).toHaveLength(7);
  expect(created.schedules[0]).toMatchObject({ weekdayEn: 'monday', startTime: '09:00', endTime: '17:30' });
  expect(created.schedules[1]).toMatchObject({ weekdayEn: 'tuesday', startTime: '', endTime: '' });
  expect(created.schedules[6]).toMatchObject({ weekdayEn: 'sunday', startTime: '00:00', endTime: '00:00' });
  // In the backend's order: Suporte 1, Vendas 2, Financeiro 3.
  await expect(page.getByTestId('queue-name-cell')).toHaveText(['Suporte', 'Vendas', 'Financeiro']);

  // Edit: the form starts from the queue, hours included.
  await row(page, 'Financeiro').getByRole('button', { name: 'Editar Financeiro' }).click();
  const editForm = page.getByRole('dialog', { name: 'Editar fila' });
  await expect(editForm.getByTestId('queue-name')).toHaveValue('Financeiro');
  await expect(editForm.getByTestId('queue-out-of-hours')).toHaveValue('<b>Fechado</b> agora.');
  await expect(editForm.getByTestId('queue-start-monday')).toHaveValue('09:00');
  await expect(editForm.getByTestId('queue-day-sunday')).toHaveText('Fechado');
  await expect(editForm.getByTestId('queue-day-tuesday')).toHaveText('Sem horário');
  await editForm.getByTestId('queue-name').fill('Cobrança');
  await editForm.getByTestId('queue-order').fill('');
  await editForm.getByTestId('queue-save').click();
  await expect(editForm).toBeHidden();
  await expect(page.getByTestId('queues-toast')).toHaveText('Fila Cobrança atualizada.');
  await expect(row(page, 'Cobrança')).toHaveCount(1);
  await expect(row(page, 'Financeiro')).toHaveCount(0);
  const updated = (await queuesThroughApi(stand.apiUrl)).find((queue) => queue.id === created.id)!;
  expect(updated).toMatchObject({ name: 'Cobrança', color: '#f9a825', orderQueue: null });
  expect(updated.schedules[0]).toMatchObject({ startTime: '09:00', endTime: '17:30' });

  // Delete asks first; cancelling keeps it.
  await row(page, 'Cobrança').getByRole('button', { name: 'Excluir Cobrança' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Excluir fila' });
  await expect(confirm).toContainText('Cobrança');
  await confirm.getByTestId('queue-delete-cancel').click();
  await expect(confirm).toBeHidden();
  await expect(row(page, 'Cobrança')).toHaveCount(1);
  await row(page, 'Cobrança').getByRole('button', { name: 'Excluir Cobrança' }).click();
  await confirm.getByTestId('queue-delete-confirm').click();
  await expect(confirm).toBeHidden();
  await expect(page.getByTestId('queues-toast')).toHaveText('Fila Cobrança excluída.');
  await expect(row(page, 'Cobrança')).toHaveCount(0);
  expect((await queuesThroughApi(stand.apiUrl)).map((queue) => queue.name)).toEqual(['Suporte', 'Vendas']);
  expect(csp).toEqual([]);
});

test('queues: another admin creates, recolours and deletes a queue, and the list and the users page follow live', async ({
  page,
  launchStand,
}) => {
  const stand = await launchStand({ brand: 'default' });
  await page.goto(`${stand.appUrl}/queues`);
  await logIn(page, LOGINS.company1Admin);
  await expect(row(page, 'Vendas')).toHaveCount(1);
  const token = await apiToken(stand.apiUrl);

  const response = await apiCall(stand.apiUrl, token, 'POST', '/queue', {
    name: 'Pós-venda',
    color: '#6a1b9a',
    greetingMessage: 'Olá!',
    orderQueue: 0,
  });
  expect(response.status).toBe(200);
  const { id } = (await response.json()) as ApiQueue;
  await expect(row(page, 'Pós-venda')).toHaveCount(1);
  // orderQueue 0 puts it first.
  await expect(page.getByTestId('queue-name-cell')).toHaveText(['Pós-venda', 'Suporte', 'Vendas']);
  await expect
    .poll(() => chipColors(page, `queue-chip-${id}`))
    .toEqual({ background: rgb('#6a1b9a'), text: rgb('#ffffff') });

  const recolour = await apiCall(stand.apiUrl, token, 'PUT', `/queue/${id}`, { name: 'Pós-venda', color: '#ffeb3b' });
  expect(recolour.status).toBe(201);
  await expect
    .poll(() => chipColors(page, `queue-chip-${id}`))
    .toEqual({ background: rgb('#ffeb3b'), text: rgb('#000000') });

  expect((await apiCall(stand.apiUrl, token, 'DELETE', `/queue/${id}`)).status).toBe(200);
  await expect(row(page, 'Pós-venda')).toHaveCount(0);

  // The users page shows each user's queues as chips in the queue colours, and follows a recolouring.
  await page.getByRole('navigation', { name: 'Navegação principal' }).getByRole('link', { name: 'Usuários' }).click();
  const adminQueues = page.getByTestId('user-row-1').getByTestId('user-queues-cell');
  await expect(adminQueues).toContainText('Suporte');
  const suporteChip = adminQueues.locator('.MuiChip-root').filter({ hasText: 'Suporte' });
  const painted = () =>
    suporteChip.evaluate((chip) => ({
      background: getComputedStyle(chip).backgroundColor,
      text: getComputedStyle(chip).color,
    }));
  await expect.poll(painted).toEqual({ background: rgb('#0000ff'), text: rgb('#ffffff') });
  const suporte = (await queuesThroughApi(stand.apiUrl)).find((queue) => queue.name === 'Suporte')!;
  const recoloured = await apiCall(stand.apiUrl, token, 'PUT', `/queue/${suporte.id}`, {
    name: 'Suporte',
    color: '#a5d6a7',
  });
  expect(recoloured.status).toBe(201);
  await expect.poll(painted).toEqual({ background: rgb('#a5d6a7'), text: rgb('#000000') });

  // …and in the user form's queue picker.
  await page.getByTestId('user-edit-2').click();
  const form = page.getByRole('dialog', { name: 'Editar usuário' });
  await expect(form.getByTestId('user-queue-1')).toBeChecked();
  const pickerChip = form
    .locator('label')
    .filter({ has: page.getByTestId('user-queue-1') })
    .locator('.MuiChip-root');
  await expect(pickerChip).toHaveText('Suporte');
  await expect.poll(() => pickerChip.evaluate((chip) => getComputedStyle(chip).backgroundColor)).toBe(rgb('#a5d6a7'));
  expect(await seriousViolations(page)).toEqual([]);
});

test('queues at 360 px: the list fits, the form is full screen with the seeded hours, and nothing overflows', async ({
  page,
  launchStand,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const stand = await launchStand({ brand: 'cliente2' });
  await page.goto(`${stand.appUrl}/queues`);
  await logIn(page, LOGINS.company1Admin);
  await expect(row(page, 'Suporte')).toHaveCount(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expect(page.getByRole('button', { name: 'Editar Suporte' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Excluir Suporte' })).toBeVisible();

  await page.getByRole('button', { name: 'Editar Suporte' }).click();
  const form = page.getByRole('dialog', { name: 'Editar fila' });
  await expect(form).toBeVisible();
  const box = await form.boundingBox();
  expect(box?.width).toBe(360);
  await expect(form.getByTestId('queue-start-friday')).toHaveValue('08:00');
  await expect(form.getByTestId('queue-end-saturday')).toHaveValue('12:00');
  await expect(form.getByTestId('queue-day-sunday')).toHaveText('Fechado');
  expect(await form.locator('.MuiDialogContent-root').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  expect(await seriousViolations(page)).toEqual([]);
  await form.getByTestId('queue-cancel').click();
  await expect(form).toBeHidden();
});

test('an agent has no queues in the navigation and gets "no permission" at /queues', async ({ page, launchStand }) => {
  const stand = await launchStand({ brand: 'cliente1' });
  await page.goto(stand.appUrl);
  await logIn(page, LOGINS.company1Agent);
  const nav = page.getByRole('navigation', { name: 'Navegação principal' });
  await expect(nav.getByRole('link', { name: 'Painel' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Filas' })).toHaveCount(0);
  await page.goto(`${stand.appUrl}/queues`);
  await expect(page.getByTestId('no-permission')).toContainText('Acesso restrito');
  await expect(page.getByTestId('queue-add')).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
});
