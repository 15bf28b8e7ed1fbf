import { LOGINS, expect, logIn, test } from './fixtures.ts';
import { seriousViolations } from './helpers.ts';

test('tags: opens from the navigation with its title, an empty state and no accessibility violation', async ({
  page,
  launchStand,
}) => {
  const stand = await launchStand({ brand: 'default' });
  await page.goto(stand.appUrl);
  await logIn(page, LOGINS.company1Admin);
  await page.getByRole('navigation', { name: 'Navegação principal' }).getByRole('link', { name: 'Tags' }).click();
  await expect(page).toHaveURL(/\/tags$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Tags' })).toBeVisible();
  await expect(page.getByTestId('tags-empty')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
// Texts: nav.tags in src/locales/*.json, the page's in src/features/tags/locales/*.json.
