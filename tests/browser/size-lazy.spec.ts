import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BRAND_CONFIG_ELEMENT_ID } from '../../common/brand-contract.ts';
import { LOGINS, expect, logIn, test } from './fixtures.ts';

/**
 * What left the login page's JavaScript for its budget (size.spec.ts) still shows when it is needed: each of
 * these is a chunk of its own, fetched on that path only.
 */
test.describe('parts loaded only when needed', () => {
  test('a stored session that cannot be checked says so and retries (restore-failed chunk)', async ({
    page,
    launchStand,
  }) => {
    const stand = await launchStand({ brand: 'cliente1' });
    await page.goto(stand.appUrl);
    await logIn(page, LOGINS.company1Admin);
    await expect(page.getByTestId('user-menu')).toBeVisible();

    // The backend is unreachable at the next visit: the session is kept, with a retry.
    await page.route(`${stand.apiUrl}/auth/refresh_token`, (route) => route.abort('connectionrefused'));
    await page.reload();
    await expect(page.getByTestId('session-restore-error')).toContainText(/servidor/i);
    await page.unroute(`${stand.apiUrl}/auth/refresh_token`);
    await page.getByTestId('retry').click();
    await expect(page.getByTestId('user-menu')).toBeVisible();
  });

  test('an ended session brings the login page with its notice (login-messages chunk)', async ({
    page,
    launchStand,
  }) => {
    const stand = await launchStand({ brand: 'cliente1' });
    await page.goto(stand.appUrl);
    await logIn(page, LOGINS.company1Admin);
    await expect(page.getByTestId('user-menu')).toBeVisible();

    await page.route(`${stand.apiUrl}/auth/refresh_token`, (route) =>
      route.fulfill({
        status: 401,
        contentType: 'application/json',
        body: JSON.stringify({ error: 'ERR_SESSION_EXPIRED' }),
      }),
    );
    await page.reload();
    await expect(page.getByTestId('session-expired')).toBeVisible();
    await expect(page.getByTestId('login-submit')).toBeVisible();
  });

  test('a bundle without its brand shows the configuration error (config-error chunk)', async ({
    page,
    launchStand,
  }) => {
    const stand = await launchStand({ brand: 'cliente1' });
    const index = join(stand.bundleDir, 'index.html');
    const html = readFileSync(index, 'utf8');
    const withoutBrand = html.replace(
      new RegExp(`<script type="application/json" id="${BRAND_CONFIG_ELEMENT_ID}">.*?</script>`, 's'),
      '',
    );
    expect(withoutBrand).not.toBe(html);
    writeFileSync(index, withoutBrand);

    await page.goto(stand.appUrl);
    await expect(page.getByTestId('config-error')).toBeVisible();
    await expect(page.getByTestId('login-submit')).toHaveCount(0);
  });
});
