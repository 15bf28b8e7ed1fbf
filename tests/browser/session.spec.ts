import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { stampBrand } from '../../scripts/build/build-brands.ts';
import { BRANDS_DIR } from '../../scripts/paths.ts';
import { TEST_APP_DIR, TEST_ICON_CACHE_DIR } from './paths.ts';
import { EXAMPLE_BRANDS, LOGINS, expect, logIn, test } from './fixtures.ts';

/** Client-side navigation, as a link click would do it: no page load, the app's state and token stay. */
async function navigateInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    window.history.pushState({}, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

for (const brand of EXAMPLE_BRANDS) {
  test.describe(`brand ${brand}`, () => {
    test('logs in, keeps the session across a reload, renews an expired token unseen, logs out', async ({
      page,
      launchStand,
    }) => {
      const stand = await launchStand({ brand });
      const tokenKey = `vitrine:${stand.config.id}:token`;
      await page.goto(stand.appUrl);
      await logIn(page, LOGINS.company1Admin);
      await expect(page.getByTestId('count-open')).toHaveText(/^\d+$/);
      expect(await page.evaluate((key) => localStorage.getItem(key), tokenKey)).toBeTruthy();

      // A reload keeps the session.
      await page.reload();
      await expect(page.getByTestId('count-open')).toHaveText(/^\d+$/);
      await expect(page.getByTestId('login-submit')).toHaveCount(0);

      // The access token expires, then the app fetches again without a page load: the backend refuses
      // the token (403), the app renews it with the refresh cookie and retries, unseen.
      stand.expireAccessTokens();
      const statuses: string[] = [];
      page.on('response', (response) => {
        const path = new URL(response.url()).pathname;
        if (response.url().startsWith(stand.apiUrl)) statuses.push(`${response.status()} ${path}`);
      });
      await navigateInApp(page, '/no-such-page');
      await expect(page.getByTestId('not-found')).toBeVisible();
      await navigateInApp(page, '/');
      await expect(page.getByTestId('count-open')).toHaveText(/^\d+$/);
      expect(statuses).toContain('403 /tickets');
      expect(statuses).toContain('200 /auth/refresh_token');
      expect(statuses.lastIndexOf('200 /tickets')).toBeGreaterThan(statuses.indexOf('200 /auth/refresh_token'));
      await expect(page.getByTestId('login-submit')).toHaveCount(0);

      // Logout ends the session on the backend and in the browser.
      await page.getByTestId('user-menu').click();
      // The app shows the login page at once and tells the backend in the background: wait for that call.
      const logout = page.waitForResponse((response) => response.url() === `${stand.apiUrl}/auth/logout`);
      await page.getByTestId('logout').click();
      await expect(page.getByTestId('login-submit')).toBeVisible();
      expect((await logout).status()).toBe(200);
      expect(await page.evaluate((key) => localStorage.getItem(key), tokenKey)).toBeNull();
      await page.reload();
      await expect(page.getByTestId('login-submit')).toBeVisible();
      await expect(page.getByTestId('count-open')).toHaveCount(0);
    });
  });
}

test('two brands served from one origin do not share a session', async ({ page, launchStand }) => {
  const stand = await launchStand({ brand: 'cliente1' });
  await page.goto(stand.appUrl);
  await logIn(page, LOGINS.company1Admin);
  await expect(page.getByTestId('count-open')).toHaveText(/^\d+$/);

  // Swap cliente2's bundle in at the same origin (same backend): it must not pick up cliente1's session.
  const other = mkdtempSync(join(tmpdir(), 'vitrine-e2e-swap-'));
  try {
    const result = await stampBrand('cliente2', {
      brandsDir: BRANDS_DIR,
      distDir: other,
      appDir: TEST_APP_DIR,
      env: { REACT_APP_BACKEND_URL: stand.apiUrl },
      iconCacheDir: TEST_ICON_CACHE_DIR,
    });
    expect(result.ok).toBe(true);
    rmSync(stand.bundleDir, { recursive: true });
    cpSync(join(other, 'cliente2'), stand.bundleDir, { recursive: true });
  } finally {
    rmSync(other, { recursive: true, force: true });
  }
  await page.reload();
  await expect(page).toHaveTitle('Cliente Dois - Central');
  await expect(page.getByTestId('login-submit')).toBeVisible();
  await expect(page.getByTestId('count-open')).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('vitrine:cliente1:token'))).toBeTruthy();
});
