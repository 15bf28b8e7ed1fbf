import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { BRANDS_DIR } from '../../scripts/paths.ts';
import { stampBrand } from '../../scripts/build/build-brands.ts';
import { brandCsp } from '../../scripts/deploy/csp.ts';
import { startApi } from '../../dev-api/server.ts';
import { readableColor } from '../../common/color-contrast.ts';
import { freePort, makeReadable, startNginx } from '../deploy/nginx.ts';
import { LOGINS, expect, logIn, readBrandConfig, rgb, test } from './fixtures.ts';
import { TEST_APP_DIR, TEST_ICON_CACHE_DIR } from './paths.ts';

type Violation = { directive: string; blocked: string; source: string; sample: string };

/**
 * Records every CSP violation the page reports, from before its first script runs. The returned function
 * gives the violations so far: it first makes the page break its own policy once (a fetch to a blocked
 * origin) and waits for that report, on the page and on the console. Reports are delivered in the order the
 * violations happened, so any earlier one has arrived by then, with no fixed wait.
 */
async function recordViolations(page: Page): Promise<() => Promise<Violation[]>> {
  const fromConsole: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) fromConsole.push(message.text());
  });
  await page.addInitScript(() => {
    const list: Array<Record<string, string>> = [];
    (window as unknown as { __csp: typeof list }).__csp = list;
    document.addEventListener('securitypolicyviolation', (event) => {
      list.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: event.sourceFile,
        sample: event.sample,
      });
    });
  });
  let sentinels = 0;
  return async () => {
    const sentinel = `http://csp-sentinel-${(sentinels += 1)}.invalid/`;
    await page.evaluate((url) => fetch(url).catch(() => undefined), sentinel);
    const reported = () => page.evaluate(() => (window as unknown as { __csp: Violation[] }).__csp);
    await expect.poll(async () => (await reported()).some((v) => v.blocked === sentinel)).toBe(true);
    await expect.poll(() => fromConsole.some((text) => text.includes(sentinel))).toBe(true);
    const events = (await reported()).filter((v) => v.blocked !== sentinel);
    // A violation reported only on the console (none should be) still counts; earlier sentinels do not.
    const consoleOnly = fromConsole.filter((text) => !/http:\/\/csp-sentinel-\d+\.invalid\//.test(text));
    return [...events, ...consoleOnly.map((text) => ({ directive: 'console', blocked: '', source: '', sample: text }))];
  };
}

/** A client's bundle served by the shipped nginx config (deploy/nginx.conf), against its own stand-in backend. */
async function launchBehindNginx(brand: string, cleanups: Array<() => Promise<void> | void>) {
  const port = await freePort();
  const appUrl = `http://localhost:${port}`;
  const api = await startApi({
    port: 0,
    dbFile: ':memory:',
    frontendOrigins: [appUrl],
    devInbound: true,
    logErrors: false,
  });
  cleanups.push(() => api.close());
  const distDir = mkdtempSync(join(tmpdir(), `vitrine-deploy-${brand}-`));
  cleanups.push(() => rmSync(distDir, { recursive: true, force: true }));
  makeReadable(distDir);
  const result = await stampBrand(brand, {
    brandsDir: BRANDS_DIR,
    distDir,
    appDir: TEST_APP_DIR,
    env: { REACT_APP_BACKEND_URL: api.url },
    iconCacheDir: TEST_ICON_CACHE_DIR,
  });
  if (!result.ok) throw new Error(`stamping ${brand} failed: ${result.errors?.join('\n')}`);
  const bundleDir = join(distDir, brand);
  const nginx = await startNginx({ mainConfig: 'nginx.conf', bundleDir, port });
  cleanups.push(() => nginx.stop());
  return { appUrl: nginx.url, apiUrl: api.url, bundleDir, config: readBrandConfig(bundleDir), nginx };
}

/** Another client's backend: it would answer this page (CORS allows it), so only the CSP can stop the request. */
async function otherBackend(
  allowOrigin: string,
): Promise<{ url: string; hits: () => number; close: () => Promise<void> }> {
  let hits = 0;
  const server: Server = createServer((_request, response) => {
    hits += 1;
    response.writeHead(200, {
      'Access-Control-Allow-Origin': allowOrigin,
      'Access-Control-Allow-Credentials': 'true',
      'Content-Type': 'application/json',
    });
    response.end('{"secret":"another client"}');
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  return {
    url: `http://localhost:${(server.address() as AddressInfo).port}`,
    hits: () => hits,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const cleanups: Array<() => Promise<void> | void> = [];
test.afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

test('behind the shipped nginx config, a bundle logs in with its CSP header and meta tag and no violation', async ({
  page,
}) => {
  const stand = await launchBehindNginx('cliente1', cleanups);
  const violations = await recordViolations(page);

  const response = await page.goto(`${stand.appUrl}/`);
  const expected = brandCsp(stand.apiUrl);
  expect(response?.headers()['content-security-policy']).toBe(expected.header);
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(expected.meta);

  // MUI's styles are there (emotion's rules went in through the CSSOM, into empty <style> elements).
  const button = page.getByTestId('login-submit');
  await expect(button).toBeVisible();
  expect(await button.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(
    rgb(readableColor(stand.config.color).background),
  );

  await logIn(page, LOGINS.company1Admin);
  await expect(page.getByTestId('count-open')).toBeVisible();
  // Menus, dialogs and a theme switch make MUI insert (and replace) many more rules at run time.
  const background = () => page.locator('body').evaluate((element) => getComputedStyle(element).backgroundColor);
  const lightBackground = await background();
  await page.getByTestId('user-menu').click();
  await page.getByTestId('color-mode').click();
  await expect.poll(background).not.toBe(lightBackground);
  await page.keyboard.press('Escape');
  await page.getByTestId('user-menu').click();
  await page.getByTestId('profile').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  // This document's reports are lost once the next one loads: check them now.
  expect(await violations()).toEqual([]);
  // A client-side route straight from the server: nginx's SPA fallback, under the same policy.
  const deepLink = await page.goto(`${stand.appUrl}/login`);
  expect(deepLink?.status()).toBe(200);
  expect(deepLink?.headers()['content-security-policy']).toBe(expected.header);
  // Still signed in: the login route sends the session on to the dashboard.
  await expect(page.getByTestId('count-open')).toBeVisible();

  expect(await violations()).toEqual([]);
});

test('with only the meta tag (a static host without headers), the bundle logs in with no violation', async ({
  page,
  launchStand,
}) => {
  const stand = await launchStand({ brand: 'cliente2' });
  const violations = await recordViolations(page);
  const response = await page.goto(stand.appUrl);
  expect(response?.headers()['content-security-policy']).toBeUndefined();
  await logIn(page, LOGINS.company1Admin);
  await expect(page.getByTestId('count-open')).toBeVisible();
  expect(await violations()).toEqual([]);
});

test("the policy blocks requests to any other origin, such as another client's backend", async ({ page }) => {
  const stand = await launchBehindNginx('cliente2', cleanups);
  const other = await otherBackend(stand.appUrl);
  cleanups.push(() => other.close());
  const violations = await recordViolations(page);
  await page.goto(stand.appUrl);
  await expect(page.getByTestId('login-submit')).toBeVisible();

  const attempts = await page.evaluate(async (target) => {
    const fetched = await fetch(`${target}/tickets`, { credentials: 'include' }).then(
      () => 'answered',
      (error: Error) => `refused: ${error.message}`,
    );
    const socket = await new Promise<string>((resolve) => {
      try {
        const ws = new WebSocket(`${target.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`);
        ws.onopen = () => resolve('open');
        ws.onerror = () => resolve('refused');
      } catch (error) {
        resolve(`refused: ${(error as Error).message}`);
      }
    });
    // Media (a customer's photo or voice note) only from the brand's own backend: img-src, media-src.
    const image = await new Promise<string>((resolve) => {
      const img = new Image();
      img.onload = () => resolve('loaded');
      img.onerror = () => resolve('refused');
      img.src = `${target}/public/photo.png`;
    });
    const audio = await new Promise<string>((resolve) => {
      const element = new Audio();
      element.onloadedmetadata = () => resolve('loaded');
      element.onerror = () => resolve('refused');
      element.src = `${target}/public/voice.ogg`;
    });
    return { fetched, socket, image, audio };
  }, other.url);

  expect(attempts.fetched).toMatch(/^refused/);
  expect(attempts.socket).toMatch(/^refused/);
  expect(attempts.image).toBe('refused');
  expect(attempts.audio).toBe('refused');
  expect(other.hits()).toBe(0);
  const reported = await violations();
  expect(reported.filter((v) => v.directive === 'connect-src').map((v) => new URL(v.blocked).host)).toEqual(
    expect.arrayContaining([new URL(other.url).host]),
  );
  for (const directive of ['img-src', 'media-src']) {
    expect(
      reported.filter((v) => v.directive === directive).map((v) => new URL(v.blocked).host),
      directive,
    ).toEqual(expect.arrayContaining([new URL(other.url).host]));
  }
  // Its own backend stays reachable.
  expect(
    await page.evaluate(
      async (api) => (await fetch(`${api}/auth/refresh_token`, { method: 'POST', credentials: 'include' })).status,
      stand.apiUrl,
    ),
  ).toBeGreaterThan(0);
});

test('the bundle on disk has no inline script or style that the policy would block', async () => {
  const stand = await launchBehindNginx('default', cleanups);
  const html = readFileSync(join(stand.bundleDir, 'index.html'), 'utf8');
  // Every <script> is either external (src) or a JSON data block, which is never executed.
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g))
    expect(tag).toMatch(/\bsrc="\/assets\/|type="application\/json"/);
  expect(html).not.toMatch(/<style\b/);
  expect(html).not.toMatch(/\sstyle="/);
  expect(html).not.toMatch(/\son[a-z]+="/);
});
