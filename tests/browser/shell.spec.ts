import { LOGINS, expect, logIn, test } from './fixtures.ts';

test('a refresh cookie the backend no longer accepts ends the session: back to login, with a message', async ({
  page,
  context,
  launchStand,
}) => {
  const stand = await launchStand({ brand: 'cliente1' });
  await page.goto(stand.appUrl);
  await logIn(page, LOGINS.company1Admin);
  await expect(page.getByTestId('count-open')).toHaveText(/^\d+$/);

  // The refresh cookie is gone (expired, or cleared) and the access token runs out.
  await context.clearCookies();
  stand.expireAccessTokens();
  const refreshes: number[] = [];
  page.on('response', (response) => {
    if (response.url() === `${stand.apiUrl}/auth/refresh_token`) refreshes.push(response.status());
  });
  await page.reload();
  await expect(page.getByTestId('session-expired')).toBeVisible();
  await expect(page.getByTestId('login-submit')).toBeVisible();
  expect(refreshes).toEqual([401]);
  expect(await page.evaluate(() => localStorage.getItem('vitrine:cliente1:token'))).toBeNull();
});

for (const [locale, subtitle, lang] of [
  ['pt-BR', 'Acesse sua conta para continuar', 'pt-BR'],
  ['en-US', 'Sign in to your account to continue', 'en'],
  ['es-ES', 'Accede a tu cuenta para continuar', 'es'],
] as const) {
  test(`the browser's language ${locale} picks the app's language`, async ({ browser, launchStand }) => {
    const stand = await launchStand({ brand: 'cliente1' });
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto(stand.appUrl);
    await expect(page.getByText(subtitle)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await context.close();
  });
}

test('dark mode shows the dark logo and is remembered, as is the chosen language', async ({ browser, launchStand }) => {
  const stand = await launchStand({ brand: 'default' });
  expect(stand.config.logoDarkUrl).not.toBe(stand.config.logoUrl);
  const context = await browser.newContext({ colorScheme: 'light', locale: 'pt-BR' });
  const page = await context.newPage();
  await page.goto(stand.appUrl);
  await expect(page.getByTestId('brand-logo')).toHaveAttribute('src', stand.config.logoUrl);
  await logIn(page, LOGINS.company1Admin);
  await expect(page.getByTestId('count-open')).toHaveText(/^\d+$/);

  await page.getByTestId('user-menu').click();
  await page.getByTestId('color-mode').click();
  await expect(page.getByTestId('brand-logo').first()).toHaveAttribute('src', stand.config.logoDarkUrl);
  await page.keyboard.press('Escape');
  await page.getByTestId('user-menu').click();
  await page.getByTestId('language-es').click();
  // The choice is stored once the Spanish texts have loaded and the page has switched.
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('vitrine:default:language'))).toBe('es');

  await page.reload();
  await expect(page.getByTestId('brand-logo').first()).toHaveAttribute('src', stand.config.logoDarkUrl);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await context.close();
});
