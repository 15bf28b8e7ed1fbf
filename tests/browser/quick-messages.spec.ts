import { LOGINS, expect, logIn, test } from './fixtures.ts';
import { seriousViolations } from './helpers.ts';

test('quick-messages: opens from the navigation with its title, an empty state and no accessibility violation', async ({
  page,
  launchStand,
}) => {
  const stand = await launchStand({ brand: 'default' });
  await page.goto(stand.appUrl);
  await logIn(page, LOGINS.company1Admin);
  await page
    .getByRole('navigation', { name: 'Navegação principal' })
    .getByRole('link', { name: 'Quick messages' })
    .click();
  await expect(page).toHaveURL(/\/quick-messages$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Quick messages' })).toBeVisible();
  await expect(page.getByTestId('quick-messages-empty')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
// Texts: nav.quickMessages in src/locales/*.json, the page's in src/features/quick-messages/locales/*.json.
