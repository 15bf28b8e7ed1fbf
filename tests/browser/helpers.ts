import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { DARK_BACKGROUND, LIGHT_BACKGROUND } from '../../common/brand-palette.ts';
import { EXAMPLE_BRANDS, LOGINS, expect, logIn, rgb, type LaunchStand, type Stand } from './fixtures.ts';

/**
 * Waits until no animation or transition that ends is still running, so colours are read settled (a label
 * mid-transition just after the theme changed would be measured wrong). Spinners loop forever: they are not
 * waited for. Polled rather than awaited once, so a transition that starts meanwhile is waited for too, and a
 * paused animation cannot hang the test.
 */
export async function animationsSettled(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            document
              .getAnimations()
              .filter(
                (animation) =>
                  animation.playState === 'running' &&
                  Number.isFinite(Number(animation.effect?.getComputedTiming().endTime)),
              ).length,
        ),
      // Polled often: a transition lasts a few hundred ms, the default back-off would wait up to a second more.
      { intervals: [50] },
    )
    .toBe(0);
}

/**
 * Serious or critical accessibility violations on the page at rest, one line per rule: its id, then each
 * element with axe's summary of what to fix (so a failure says why without rerunning).
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  // At rest: a button left under the mouse by the last click would be checked in its hover colours.
  await page.mouse.move(0, 0);
  await animationsSettled(page);
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => `${node.target.join(' ')} (${node.failureSummary?.replace(/\s+/g, ' ').trim() ?? ''})`).join(', ')}`,
    );
}

/**
 * Collects, from now on, the console messages about Content-Security-Policy violations (the stamped page
 * carries the policy in a meta tag). The returned list fills as the page runs: check it at the end of a test.
 */
export function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

/** Relative luminance of the page's background, 0 (black) to 1 (white): tells that the dark theme is on. */
export async function backgroundLuminance(page: Page): Promise<number> {
  const colour = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r = 0, g = 0, b = 0] = (colour.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

export type ColorScheme = 'light' | 'dark';

/**
 * The app follows the system's colour scheme while the user has not chosen one: the page is painted in the
 * scheme its context emulates (MUI's dark or light background), so a run said to be dark checks the dark theme.
 */
export async function expectColorScheme(page: Page, colorScheme: ColorScheme): Promise<void> {
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe(rgb(colorScheme === 'dark' ? DARK_BACKGROUND : LIGHT_BACKGROUND));
}

/** Every example brand, in light and in dark mode: one axe test each (`inBrandAndScheme`). */
export const BRANDS_AND_SCHEMES = EXAMPLE_BRANDS.flatMap((brand) =>
  (['light', 'dark'] as const).map((colorScheme) => ({ brand, colorScheme })),
);

/** What the walk of `inBrandAndScheme` is given. */
export interface BrandSchemeRun {
  /** Signed out, at the test's start address (the login form on screen), painted in the scheme. */
  page: Page;
  stand: Stand;
  colorScheme: ColorScheme;
  /** For a second user: a context of their own. */
  browser: Browser;
  /** Where the walk puts what axe finds, one line each; the test fails listing them all. */
  found: string[];
}

/**
 * The body of a test for one brand in one colour scheme: the brand's own stand, a context emulating the
 * scheme at desktop width (1280 × 800), its page opened at `start` and checked to be painted in that scheme,
 * then `walk`. The context is closed whatever happens; then every line `walk` found fails the test.
 */
export function inBrandAndScheme(
  { brand, colorScheme }: { brand: string; colorScheme: ColorScheme },
  start: string,
  walk: (run: BrandSchemeRun) => Promise<void>,
) {
  return async ({ browser, launchStand }: { browser: Browser; launchStand: LaunchStand }): Promise<void> => {
    const stand = await launchStand({ brand });
    const context = await browser.newContext({ colorScheme, locale: 'pt-BR', viewport: { width: 1280, height: 800 } });
    const found: string[] = [];
    try {
      const page = await context.newPage();
      await page.goto(`${stand.appUrl}${start}`);
      await expect(page.getByTestId('login-submit')).toBeVisible();
      await expectColorScheme(page, colorScheme);
      await walk({ page, stand, colorScheme, browser, found });
    } finally {
      await context.close();
    }
    expect(found, `axe, ${brand} in ${colorScheme} mode:\n${found.join('\n')}`).toEqual([]);
  };
}

/** Logs in through the stand-in backend's API (company 1's admin unless told) and returns the access token. */
export async function apiToken(
  apiUrl: string,
  login: { email: string; password: string } = LOGINS.company1Admin,
): Promise<string> {
  const response = await fetch(`${apiUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(login),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

/** One authenticated request to the API, as another tab or user would make it behind the page's back. */
export function apiCall(
  apiUrl: string,
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<Response> {
  return fetch(`${apiUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
}

/** Signs in at `path` (company 1's admin unless told) and waits for the tickets screen. */
export async function openTickets(
  page: Page,
  stand: Pick<Stand, 'appUrl'>,
  path = '/tickets',
  login: { email: string; password: string } = LOGINS.company1Admin,
): Promise<void> {
  await page.goto(`${stand.appUrl}${path}`);
  await logIn(page, login);
  await expect(page.getByTestId('tickets-screen')).toBeVisible();
}
