import { createServer } from 'node:net';
import { LOGINS, expect, logIn, test } from './fixtures.ts';
import { EXAMPLE_BRANDS } from './fixtures.ts';

/** A loopback port nothing listens on: the backend is "unreachable". */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

for (const brand of EXAMPLE_BRANDS) {
  test.describe(`brand ${brand}`, () => {
    test('a wrong password says so, translated, and stays on the login page', async ({ page, launchStand }) => {
      const stand = await launchStand({ brand });
      await page.goto(stand.appUrl);
      await logIn(page, { email: LOGINS.company1Admin.email, password: 'wrong-password' });
      const error = page.getByTestId('login-error');
      await expect(error).toBeVisible();
      await expect(error).not.toContainText('ERR_INVALID_CREDENTIALS');
      await expect(error).toContainText(/senha|credenciais/i);
      await expect(page.getByTestId('login-submit')).toBeVisible();
    });

    test('an unreachable backend says the server cannot be reached and offers a retry', async ({
      page,
      launchStand,
    }) => {
      const stand = await launchStand({ brand, apiUrlOverride: `http://localhost:${await closedPort()}` });
      await page.goto(stand.appUrl);
      await logIn(page, LOGINS.company1Admin);
      await expect(page.getByTestId('login-error')).toContainText(/servidor/i);
      await expect(page.getByTestId('retry')).toBeVisible();
    });

    test('a company whose due date has passed cannot log in, and is told why', async ({ page, launchStand }) => {
      const stand = await launchStand({ brand });
      await page.goto(stand.appUrl);
      await logIn(page, LOGINS.expiredCompanyAdmin);
      await expect(page.getByTestId('login-error')).toContainText(/venc|expir/i);
      await expect(page.getByTestId('login-submit')).toBeVisible();
      await expect(page.getByTestId('count-open')).toHaveCount(0);
    });
  });
}
