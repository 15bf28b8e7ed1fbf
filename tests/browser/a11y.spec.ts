import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { sideNavigationLinks } from '../../scripts/bench/size-measure.ts';
import { EXAMPLE_BRANDS, LOGINS, expect, logIn, rgb, test } from './fixtures.ts';
import { animationsSettled } from './helpers.ts';

/**
 * Issue 4, quality: axe finds no serious or critical violation on any page, for every brand, in light and
 * dark mode. One test per brand and mode: the login page (empty, then with its field errors), then, signed in,
 * every page of the side navigation (read from the page, so new pages are checked without editing this file)
 * and the open user menu. Every violation is collected, then reported together, one line per element.
 */

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];
const DARK_BACKGROUND = '#121212';

/** Serious and critical violations on the page as it is now, as readable lines: where, rule, element. */
async function violations(page: Page, where: string): Promise<string[]> {
  await animationsSettled(page);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${where} — ${violation.id} (${violation.impact}): ${violation.help} — ${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(1).join(' ').trim() ?? ''}`,
      ),
    );
}

/** A signed-in page is ready once its heading is there and nothing in it is still loading. */
async function pageReady(page: Page): Promise<void> {
  await expect(page.locator('main h1').first()).toBeVisible();
  // Indeterminate spinners and skeletons: loading. (A determinate bar, e.g. plan usage, is content.)
  await expect(
    page.locator('main [role="progressbar"]:not([aria-valuenow]):not([aria-hidden="true"]), main .MuiSkeleton-root'),
  ).toHaveCount(0);
}

for (const brand of EXAMPLE_BRANDS) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${brand}, ${colorScheme} mode: no serious or critical axe violation on the login page and every page`, async ({
      browser,
      launchStand,
    }) => {
      const stand = await launchStand({ brand });
      const context = await browser.newContext({
        colorScheme,
        locale: 'pt-BR',
        viewport: { width: 1280, height: 800 },
      });
      const page = await context.newPage();
      const found: string[] = [];

      await page.goto(`${stand.appUrl}/login`);
      await expect(page.getByTestId('login-submit')).toBeVisible();
      // The app follows the system's scheme when the user has not chosen: make sure this run checks that mode.
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      if (colorScheme === 'dark') expect(background).toBe(rgb(DARK_BACKGROUND));
      else expect(background).not.toBe(rgb(DARK_BACKGROUND));
      found.push(...(await violations(page, '/login')));

      // The field errors (error colour on the page's background).
      await page.getByTestId('login-submit').click();
      await expect(page.locator('#login-email-helper')).toBeVisible();
      found.push(...(await violations(page, '/login with field errors')));

      await logIn(page, LOGINS.company1Admin);
      const links = await sideNavigationLinks(page);
      expect(links.length).toBeGreaterThan(0);
      const heading = page.locator('main h1').first();
      for (const link of links) {
        if (new URL(page.url()).pathname !== link.path) {
          // The router may keep the previous page on screen while the next one's chunk loads: wait for the
          // next page's own heading before checking anything.
          const previous = (await heading.textContent()) ?? '';
          await page.locator(`nav a[href="${link.path}"]`).click();
          await page.waitForURL((url) => url.pathname === link.path);
          await expect(heading).not.toHaveText(previous);
        }
        await pageReady(page);
        found.push(...(await violations(page, link.path)));
      }

      await page.getByTestId('user-menu').click();
      await expect(page.getByTestId('logout')).toBeVisible();
      found.push(...(await violations(page, 'user menu')));

      expect(found, `axe, ${brand} in ${colorScheme} mode:\n${found.join('\n')}`).toEqual([]);
      await context.close();
    });
  }
}
