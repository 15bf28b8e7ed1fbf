import {
  AssetRecorder,
  budgetLine,
  LOGIN_JS_BUDGET_BYTES,
  sideNavigationLinks,
  totals,
} from '../../scripts/bench/size-measure.ts';
import { LOGINS, expect, logIn, test } from './fixtures.ts';

/**
 * Issue 4, speed: the JavaScript needed to show the login page is at most 143 KB gzipped (143,000 bytes,
 * gzip -9 of each response as the browser received it), and no request ever goes to a third-party host.
 * `npm run bench:size` prints the same figures for every route.
 */
test('the login page loads at most 143 KB of gzipped JavaScript, and no page requests a third-party host', async ({
  page,
  launchStand,
}) => {
  const stand = await launchStand({ brand: 'cliente1' });
  await page.setViewportSize({ width: 1280, height: 800 });
  const recorder = new AssetRecorder(page, [stand.appUrl, stand.apiUrl]);
  // The stamped page carries a Content-Security-Policy: nothing on the way may break it either.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });

  await page.goto(`${stand.appUrl}/login`);
  await expect(page.getByTestId('login-submit')).toBeVisible();
  await recorder.settle();
  const login = totals(recorder.all());
  const files = recorder
    .all()
    .map((asset) => `${asset.path} ${asset.gzipBytes}`)
    .join('\n');
  expect(login.jsGzip, `${budgetLine('login', login.jsGzip)}\n${files}`).toBeLessThanOrEqual(LOGIN_JS_BUDGET_BYTES);
  // The big libraries of the signed-in app are not part of it (until the user types: see login-form.tsx).
  expect(recorder.filesContaining('xsrfCookieName'), 'axios on the login page').toEqual([]);
  expect(recorder.filesContaining('engine.io'), 'socket.io-client on the login page').toEqual([]);
  expect(recorder.filesContaining('$ZodError'), 'zod on the login page').toEqual([]);

  // Signed in, every page of the side navigation: fonts, icons and everything else come from the app's host.
  await logIn(page, LOGINS.company1Admin);
  const links = await sideNavigationLinks(page);
  for (const link of links) {
    recorder.touch();
    await page.locator(`nav a[href="${link.path}"]`).click();
    await page.waitForURL((url) => url.pathname === link.path);
    await recorder.settle();
  }
  expect(links.length).toBeGreaterThan(1);
  expect(
    recorder.filesContaining('engine.io').length,
    'the signed-in pages do load socket.io-client: the check above can fail',
  ).toBeGreaterThan(0);
  expect(recorder.thirdPartyRequests()).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
});
