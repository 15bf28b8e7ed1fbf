import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { sideNavigationLinks } from '../../scripts/bench/size-measure.ts';
import { LOGINS, expect, logIn, test } from './fixtures.ts';
import { animationsSettled, BRANDS_AND_SCHEMES, inBrandAndScheme } from './helpers.ts';

/**
 * Issue 4, quality: axe finds no serious or critical violation on any page, for every brand, in light and
 * dark mode. One test per brand and mode: the login page (empty, then with its field errors), then, signed in,
 * every page of the side navigation (read from the page, so new pages are checked without editing this file)
 * and the open user menu. Every violation is collected, then reported together, one line per element.
 */

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];

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

for (const run of BRANDS_AND_SCHEMES) {
  test(
    `${run.brand}, ${run.colorScheme} mode: no serious or critical axe violation on the login page and every page`,
    inBrandAndScheme(run, '/login', async ({ page, found }) => {
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
    }),
  );
}
