import type { Page } from '@playwright/test';
import { LOGINS, expect, logIn, test } from './fixtures.ts';
import { apiCall, apiToken, backgroundLuminance, seriousViolations, watchCsp } from './helpers.ts';

const rows = (page: Page) => page.getByTestId('contact-row');
const row = (page: Page, name: string) =>
  rows(page).filter({ has: page.getByTestId('contact-row-name').getByText(name, { exact: true }) });

test('contacts: list, search, pages; no serious accessibility violation in light and dark mode', async ({
  page,
  launchStand,
}) => {
  const stand = await launchStand({ brand: 'cliente1' });
  const csp = watchCsp(page);
  // 8 seeded contacts + 15 = 23: a first page of 20 and a second of 3.
  const token = await apiToken(stand.apiUrl);
  const created = await Promise.all(
    Array.from({ length: 15 }, (_, i) =>
      apiCall(stand.apiUrl, token, 'POST', '/contacts', {
        name: `Zeta ${String(i + 1).padStart(2, '0')}`,
        number: `55119000000${String(i + 10)}`,
      }),
    ),
  );
  expect(created.map((response) => response.status)).toEqual(Array(15).fill(200));

  await page.goto(`${stand.appUrl}/contacts`);
  await logIn(page, LOGINS.company1Admin);
  await expect(page.getByRole('heading', { level: 1, name: 'Contatos' })).toBeVisible();
  await expect(page.getByTestId('contacts-total')).toHaveText('Total: 23');
  await expect(rows(page)).toHaveCount(20);
  await expect(page.getByTestId('contacts-prev')).toBeDisabled();
  // Sorted by name: the seeded contacts come first.
  await expect(rows(page).first().getByTestId('contact-row-name')).toHaveText('Ana Oliveira');
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByTestId('contacts-next').click();
  await expect(page).toHaveURL(/[?&]page=2\b/);
  await expect(page.getByTestId('contacts-page')).toHaveText('Página 2');
  await expect(rows(page)).toHaveCount(3);
  await expect(page.getByTestId('contacts-next')).toBeDisabled();
  await expect(row(page, 'Zeta 15')).toHaveCount(1);
  // The page is in the address: a reload keeps it.
  await page.reload();
  await expect(rows(page)).toHaveCount(3);
  await page.getByTestId('contacts-prev').click();
  await expect(rows(page)).toHaveCount(20);

  // Search by name (accents and case folded by the backend), then by part of a number, from page 1.
  await page.getByTestId('contacts-next').click();
  await expect(rows(page)).toHaveCount(3);
  await page.getByTestId('contacts-search').fill('maria');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).getByTestId('contact-row-name')).toHaveText('Maria Silva');
  await expect(page.getByTestId('contacts-total')).toHaveText('Total: 1');
  await expect(page).not.toHaveURL(/page=/);
  await page.getByTestId('contacts-search').fill('900000012');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).getByTestId('contact-row-name')).toHaveText('Zeta 03');
  await page.getByTestId('contacts-search').fill('nobody at all');
  await expect(page.getByTestId('contacts-empty')).toContainText('nobody at all');
  await expect(rows(page)).toHaveCount(0);

  await page.getByTestId('contacts-search').fill('');
  await expect(rows(page)).toHaveCount(20);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => backgroundLuminance(page)).toBeLessThan(0.2);
  expect(await seriousViolations(page)).toEqual([]);
  expect(csp).toEqual([]);
});

test('contacts at 360 px: field errors, duplicate number on its field with the typed values kept, edit, delete with confirmation', async ({
  page,
  launchStand,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const stand = await launchStand({ brand: 'cliente1' });
  const csp = watchCsp(page);
  // The first load fails (server down): an error with a retry.
  let failures = 1;
  await page.route(`${stand.apiUrl}/contacts?**`, (route) =>
    failures-- > 0 ? route.fulfill({ status: 502, body: 'Bad gateway' }) : route.fallback(),
  );
  await page.goto(`${stand.appUrl}/contacts`);
  await logIn(page, LOGINS.company1Admin);
  await expect(page.getByTestId('contacts-error')).toContainText('Não foi possível carregar os contatos.');
  await page.getByTestId('retry').click();
  await expect(page.getByTestId('contacts-total')).toHaveText('Total: 8');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // Validation before sending: the messages are the fields' descriptions.
  await page.getByTestId('contacts-add').click();
  const form = page.getByRole('dialog', { name: 'Novo contato' });
  const name = form.getByTestId('contact-name');
  const number = form.getByTestId('contact-number');
  await form.getByTestId('contact-save').click();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription('Informe o nome.');
  await expect(number).toHaveAccessibleDescription('Informe o número.');
  await number.fill('abc 123');
  await expect(number).toHaveAccessibleDescription(/Número inválido/);
  // Without the country and area codes: too short.
  await number.fill('98888-7777');
  await form.getByTestId('contact-save').click();
  await expect(number).toHaveAccessibleDescription(/Número inválido/);
  expect(await seriousViolations(page)).toEqual([]);

  // Spaces, dashes, brackets and the plus are dropped before sending.
  await name.fill('Nova Pessoa');
  await number.fill('+55 (11) 98888-7777');
  await form.getByTestId('contact-save').click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('contacts-notice')).toContainText('Nova Pessoa');
  await expect(row(page, 'Nova Pessoa').getByTestId('contact-row-number')).toHaveText('5511988887777');
  await expect(page.getByTestId('contacts-total')).toHaveText('Total: 9');

  // The same number again: the backend's refusal is shown on the number field; nothing typed is lost.
  await page.getByTestId('contacts-add').click();
  await name.fill('Pessoa Repetida');
  await number.fill('5511988887777');
  await form.getByTestId('contact-email').fill('repetida@example.com');
  await form.getByTestId('contact-save').click();
  await expect(number).toHaveAccessibleDescription('Já existe um contato com este número.');
  await expect(number).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveValue('Pessoa Repetida');
  await expect(number).toHaveValue('5511988887777');
  await expect(form.getByTestId('contact-email')).toHaveValue('repetida@example.com');
  // Changing the number clears the backend's message.
  await number.fill('5511988887770');
  await expect(number).not.toHaveAttribute('aria-invalid', 'true');
  await form.getByTestId('contact-cancel').click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('contacts-total')).toHaveText('Total: 9');

  // Edit.
  await row(page, 'Nova Pessoa').getByTestId('contact-edit').click();
  const editForm = page.getByRole('dialog', { name: 'Editar contato' });
  await expect(editForm.getByTestId('contact-number')).toHaveValue('5511988887777');
  await editForm.getByTestId('contact-name').fill('Nova Pessoa Editada');
  await editForm.getByTestId('contact-save').click();
  await expect(editForm).toBeHidden();
  await expect(row(page, 'Nova Pessoa Editada')).toHaveCount(1);
  await expect(row(page, 'Nova Pessoa')).toHaveCount(0);

  // Delete asks first; cancelling keeps the contact.
  await row(page, 'Nova Pessoa Editada').getByTestId('contact-delete').click();
  const confirm = page.getByRole('alertdialog', { name: 'Excluir contato?' });
  await expect(confirm).toContainText('5511988887777');
  await confirm.getByTestId('contact-delete-cancel').click();
  await expect(confirm).toBeHidden();
  await expect(row(page, 'Nova Pessoa Editada')).toHaveCount(1);
  await row(page, 'Nova Pessoa Editada').getByTestId('contact-delete').click();
  await confirm.getByTestId('contact-delete-confirm').click();
  await expect(confirm).toBeHidden();
  await expect(row(page, 'Nova Pessoa Editada')).toHaveCount(0);
  await expect(page.getByTestId('contacts-total')).toHaveText('Total: 8');

  // A customer writes in from a new number: the contact shows up live.
  const inbound = await fetch(`${stand.apiUrl}/dev/inbound`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ contactNumber: '5511955554444', contactName: 'Cliente Novo', body: 'Olá!' }),
  });
  expect(inbound.status).toBe(200);
  await expect(row(page, 'Cliente Novo')).toHaveCount(1);
  await expect(page.getByTestId('contacts-total')).toHaveText('Total: 9');

  // Without a connected WhatsApp the backend refuses new contacts: said above the form, translated.
  const token = await apiToken(stand.apiUrl);
  expect((await apiCall(stand.apiUrl, token, 'DELETE', '/whatsappsession/1')).status).toBe(200);
  await page.getByTestId('contacts-add').click();
  await name.fill('Sem Conexão');
  await number.fill('5511977776666');
  await form.getByTestId('contact-save').click();
  await expect(form.getByTestId('contact-form-error')).toHaveText(
    'Nenhuma conexão de WhatsApp foi configurada para esta empresa.',
  );
  await expect(name).toHaveValue('Sem Conexão');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  expect(csp).toEqual([]);
});
