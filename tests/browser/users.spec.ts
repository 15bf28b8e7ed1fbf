import type { Page } from '@playwright/test';
import { LOGINS, expect, logIn, test } from './fixtures.ts';
import { apiCall, apiToken, seriousViolations, watchCsp } from './helpers.ts';

async function createUserThroughApi(apiUrl: string, user: { name: string; email: string }): Promise<Response> {
  const token = await apiToken(apiUrl);
  return apiCall(apiUrl, token, 'POST', '/users', { ...user, password: '123456', profile: 'user', queueIds: [] });
}

const row = (page: Page, name: string) =>
  page
    .locator('[data-testid^="user-row-"]')
    .filter({ has: page.getByTestId('user-name-cell').getByText(name, { exact: true }) });

test('users: list, create with validation and a duplicate email, edit the profile, delete; nobody deletes themselves', async ({
  page,
  launchStand,
}) => {
  const stand = await launchStand({ brand: 'cliente1' });
  const csp = watchCsp(page);
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/users') posts.push(request.url());
  });
  await page.goto(stand.appUrl);
  await logIn(page, LOGINS.company1Admin);
  await page.getByRole('navigation', { name: 'Navegação principal' }).getByRole('link', { name: 'Usuários' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Usuários' })).toBeVisible();
  await expect(page.getByTestId('plan-usage-users')).toHaveText('2 de 10 usuários do plano em uso');
  await expect(row(page, 'Admin')).toHaveCount(1);
  await expect(row(page, 'Agente')).toHaveCount(1);
  await expect(page.getByTestId('user-add')).toBeEnabled();

  // The signed-in admin's own delete button says why it does nothing.
  const ownDelete = page.getByTestId('user-delete-1');
  await expect(ownDelete).toHaveAttribute('aria-disabled', 'true');
  await expect(ownDelete).toHaveAccessibleDescription('Você não pode excluir o seu próprio usuário.');
  await ownDelete.click({ force: true });
  await expect(page.getByTestId('user-delete-dialog')).toHaveCount(0);
  await expect(page.getByRole('tooltip')).toHaveText('Você não pode excluir o seu próprio usuário.');
  // Axe on a settled page: a tooltip fading out would be measured half transparent.
  await page.mouse.move(0, 0);
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);

  // Validation before sending.
  await page.getByTestId('user-add').click();
  const form = page.getByRole('dialog', { name: 'Novo usuário' });
  const name = form.getByTestId('user-name');
  const email = form.getByTestId('user-email');
  const password = form.getByTestId('user-password');
  await form.getByTestId('user-save').click();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription('Informe o nome.');
  await expect(email).toHaveAccessibleDescription('Informe o e-mail.');
  await expect(password).toHaveAccessibleDescription('Informe uma senha.');
  await name.fill('Carla Nova');
  await email.fill('carla@');
  await password.fill('123');
  await expect(email).toHaveAccessibleDescription('Informe um e-mail válido.');
  await expect(password).toHaveAccessibleDescription('A senha deve ter pelo menos 5 caracteres.');
  expect(posts).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);

  // A taken email: the backend's refusal lands on the email field, and everything typed stays.
  await email.fill('agente@admin.com');
  await password.fill('segredo1');
  await form.getByTestId('user-queue-1').check();
  await form.getByTestId('user-save').click();
  await expect(email).toHaveAccessibleDescription('Já existe um usuário com este e-mail.');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  expect(posts).toHaveLength(1);
  await expect(name).toHaveValue('Carla Nova');
  await expect(email).toHaveValue('agente@admin.com');
  await expect(password).toHaveValue('segredo1');
  await expect(form.getByTestId('user-queue-1')).toBeChecked();

  await email.fill('carla@example.com');
  await expect(email).not.toHaveAttribute('aria-invalid', 'true');
  await form.getByTestId('user-save').click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('users-toast')).toHaveText('Usuário Carla Nova criado.');
  await expect(row(page, 'Carla Nova').getByTestId('user-profile-cell')).toHaveText('Usuário');
  await expect(row(page, 'Carla Nova')).toContainText('Suporte');
  await expect(page.getByTestId('plan-usage-users')).toHaveText('3 de 10 usuários do plano em uso');

  // Edit: make her an administrator (the password left empty is kept).
  await row(page, 'Carla Nova').getByRole('button', { name: 'Editar Carla Nova' }).click();
  const editForm = page.getByRole('dialog', { name: 'Editar usuário' });
  await expect(editForm.getByTestId('user-email')).toHaveValue('carla@example.com');
  await editForm.getByTestId('user-profile').click();
  await page.getByRole('option', { name: 'Administrador' }).click();
  await editForm.getByTestId('user-save').click();
  await expect(editForm).toBeHidden();
  await expect(row(page, 'Carla Nova').getByTestId('user-profile-cell')).toHaveText('Administrador');
  const login = await fetch(`${stand.apiUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'carla@example.com', password: 'segredo1' }),
  });
  expect(login.status).toBe(200);
  expect(((await login.json()) as { user: { profile: string } }).user.profile).toBe('admin');

  // Editing oneself: the profile cannot be changed.
  await page.getByTestId('user-edit-1').click();
  await expect(page.getByRole('dialog', { name: 'Editar usuário' }).getByTestId('user-profile')).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await page.getByTestId('user-cancel').click();

  // Delete asks first; cancelling keeps her.
  await row(page, 'Carla Nova').getByRole('button', { name: 'Excluir Carla Nova' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Excluir usuário' });
  await expect(confirm).toContainText('carla@example.com');
  await confirm.getByTestId('user-delete-cancel').click();
  await expect(confirm).toBeHidden();
  await expect(row(page, 'Carla Nova')).toHaveCount(1);
  await row(page, 'Carla Nova').getByRole('button', { name: 'Excluir Carla Nova' }).click();
  await confirm.getByTestId('user-delete-confirm').click();
  await expect(confirm).toBeHidden();
  await expect(row(page, 'Carla Nova')).toHaveCount(0);
  await expect(page.getByTestId('plan-usage-users')).toHaveText('2 de 10 usuários do plano em uso');

  // Search narrows the list; the plan still counts every user.
  await page.getByTestId('users-search').fill('agente');
  await expect(page.locator('[data-testid^="user-row-"]')).toHaveCount(1);
  await expect(row(page, 'Agente')).toHaveCount(1);
  await expect(page.getByTestId('users-shown')).toHaveText('Mostrando 1 de 1');
  await expect(page.getByTestId('plan-usage-users')).toHaveText('2 de 10 usuários do plano em uso');
  await page.getByTestId('users-search').fill('ninguém');
  await expect(page.getByTestId('users-empty')).toHaveText('Nenhum usuário encontrado para “ninguém”.');
  await page.getByTestId('users-search').fill('');
  await expect(page.locator('[data-testid^="user-row-"]')).toHaveCount(2);

  // A user added elsewhere shows up live.
  expect((await createUserThroughApi(stand.apiUrl, { name: 'Outra Pessoa', email: 'outra@example.com' })).status).toBe(
    200,
  );
  await expect(row(page, 'Outra Pessoa')).toHaveCount(1);
  await expect(page.getByTestId('plan-usage-users')).toHaveText('3 de 10 usuários do plano em uso');

  await page.emulateMedia({ colorScheme: 'dark' });
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
    .not.toBe('rgb(255, 255, 255)');
  expect(await seriousViolations(page)).toEqual([]);
  expect(csp).toEqual([]);
});

test('users at the plan limit: add disabled with the reason; above it after a downgrade: how many to remove', async ({
  page,
  launchStand,
}) => {
  const atLimit = await launchStand({ brand: 'cliente1', userLimit: 2 });
  await page.goto(`${atLimit.appUrl}/users`);
  await logIn(page, LOGINS.company1Admin);
  await expect(page.getByTestId('plan-usage-users')).toHaveText('2 de 2 usuários do plano em uso');
  const add = page.getByTestId('user-add');
  await expect(add).toBeDisabled();
  await expect(page.getByTestId('plan-at-limit')).toContainText('o plano permite 2 usuários e todos estão em uso');
  await expect(add).toHaveAccessibleDescription(/entre em contato com o suporte/);

  const downgraded = await launchStand({ brand: 'cliente1', userLimit: 1 });
  await page.goto(`${downgraded.appUrl}/users`);
  await logIn(page, LOGINS.company1Admin);
  await expect(page.getByTestId('plan-usage-users')).toHaveText('2 de 1 usuário do plano em uso');
  await expect(page.getByTestId('plan-over-limit')).toHaveText(
    'A empresa tem 2 usuários, mas o plano permite 1. Remova 1 usuário para voltar ao limite do plano, ou entre em contato com o suporte para ampliá-lo.',
  );
  await expect(page.getByTestId('user-add')).toBeDisabled();
  await expect(page.getByTestId('plan-at-limit')).toHaveCount(0);
});

test('users at 360 px: the backend refuses a user over the plan, in pt-BR and (another fork) in English, and keeps what was typed', async ({
  page,
  launchStand,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const stand = await launchStand({ brand: 'cliente1', userLimit: 3 });
  await page.goto(`${stand.appUrl}/users`);
  await logIn(page, LOGINS.company1Admin);
  await expect(page.getByTestId('plan-usage-users')).toHaveText('2 de 3 usuários do plano em uso');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  await page.getByTestId('user-add').click();
  const form = page.getByRole('dialog', { name: 'Novo usuário' });
  await form.getByTestId('user-name').fill('Quarta Pessoa');
  await form.getByTestId('user-email').fill('quarta@example.com');
  await form.getByTestId('user-password').fill('segredo1');
  // Someone else takes the last place meanwhile.
  expect(
    (await createUserThroughApi(stand.apiUrl, { name: 'Terceira Pessoa', email: 'terceira@example.com' })).status,
  ).toBe(200);
  await form.getByTestId('user-save').click();
  await expect(form.getByTestId('user-form-error')).toHaveText(
    'O limite de usuários do seu plano foi atingido. Entre em contato com o suporte para ampliar o plano.',
  );
  await expect(form.getByTestId('user-name')).toHaveValue('Quarta Pessoa');
  await expect(form.getByTestId('user-email')).toHaveValue('quarta@example.com');
  await expect(form.getByTestId('user-password')).toHaveValue('segredo1');
  // The page behind caught up with the plan.
  await expect(page.getByTestId('plan-usage-users')).toHaveText('3 de 3 usuários do plano em uso');
  await form.getByTestId('user-cancel').click();
  await expect(page.getByTestId('user-add')).toBeDisabled();

  // Forks that answer 403 ERR_USER_CREATION_COUNT, in English this time.
  await page.getByTestId('user-menu').click();
  await page.getByTestId('language-en').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  expect(
    (await apiCall(stand.apiUrl, await apiToken(stand.apiUrl), 'DELETE', `/users/${await newestUserId(stand.apiUrl)}`))
      .status,
  ).toBe(200);
  await page.route(`${stand.apiUrl}/users`, (route) =>
    route.request().method() === 'POST'
      ? route.fulfill({
          status: 403,
          contentType: 'application/json',
          body: JSON.stringify({ error: 'ERR_USER_CREATION_COUNT' }),
        })
      : route.fallback(),
  );
  await page.reload();
  await expect(page.getByTestId('plan-usage-users')).toHaveText('2 of 3 plan users in use');
  await page.getByTestId('user-add').click();
  const english = page.getByRole('dialog', { name: 'New user' });
  await english.getByTestId('user-name').fill('Fourth Person');
  await english.getByTestId('user-email').fill('fourth@example.com');
  await english.getByTestId('user-password').fill('secret1');
  await english.getByTestId('user-save').click();
  await expect(english.getByTestId('user-form-error')).toHaveText(
    "Your plan's user limit has been reached. Contact support to upgrade the plan.",
  );
  await expect(english.getByTestId('user-name')).toHaveValue('Fourth Person');
  await expect(english.getByTestId('user-password')).toHaveValue('secret1');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

async function newestUserId(apiUrl: string): Promise<number> {
  const response = await apiCall(apiUrl, await apiToken(apiUrl), 'GET', '/users?searchParam=terceira');
  const { users } = (await response.json()) as { users: Array<{ id: number }> };
  return users[0]!.id;
}

test('an agent has no users or settings in the navigation and gets "no permission" at their addresses', async ({
  page,
  launchStand,
}) => {
  const stand = await launchStand({ brand: 'cliente1' });
  await page.goto(stand.appUrl);
  await logIn(page, LOGINS.company1Agent);
  const nav = page.getByRole('navigation', { name: 'Navegação principal' });
  await expect(nav.getByRole('link', { name: 'Painel' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Usuários' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Configurações' })).toHaveCount(0);

  const refused: string[] = [];
  page.on('response', (response) => {
    if (response.status() === 403) refused.push(new URL(response.url()).pathname);
  });
  await page.goto(`${stand.appUrl}/users`);
  await expect(page.getByTestId('no-permission')).toContainText('Acesso restrito');
  await expect(page.getByTestId('user-add')).toHaveCount(0);
  await page.goto(`${stand.appUrl}/settings`);
  await expect(page.getByTestId('no-permission')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  // The page did not even ask the backend for what it would refuse.
  expect(refused).toEqual([]);
});
