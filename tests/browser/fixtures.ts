import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { BRANDS_DIR } from '../../scripts/paths.ts';
import { stampBrand } from '../../scripts/build/build-brands.ts';
import { serveStatic } from '../../scripts/serve/static-server.ts';
import { startApi } from '../../dev-api/server.ts';
import { BRAND_CONFIG_ELEMENT_ID, type BrandConfig } from '../../common/brand-contract.ts';
import { TEST_APP_DIR, TEST_ICON_CACHE_DIR } from './paths.ts';

export const EXAMPLE_BRANDS = ['default', 'cliente1', 'cliente2'] as const;

export const LOGINS = {
  company1Admin: { email: 'admin@admin.com', password: '123456' },
  company1Agent: { email: 'agente@admin.com', password: '123456' },
  company2Admin: { email: 'admin@empresa2.com', password: '123456' },
  expiredCompanyAdmin: { email: 'admin@vencida.com', password: '123456' },
} as const;

/** The stand-in's access-token lifetime (its default); refresh tokens live a week, so they outlast expiries. */
const ACCESS_TOKEN_TTL_SECONDS = 900;

export interface StandOptions {
  brand: string;
  /** Stamp this API URL instead of the stand-in's (e.g. a closed port, to test an unreachable backend). */
  apiUrlOverride?: string;
  userLimit?: number;
  connectionsLimit?: number;
  /** How long the stand-in shows a new connection's QR code before it turns CONNECTED (default 3000 ms). */
  fakePairingMs?: number;
}

/** One client, for real: its bundle stamped against its own stand-in backend, both on free loopback ports. */
export interface Stand {
  brand: string;
  appUrl: string;
  apiUrl: string;
  bundleDir: string;
  config: BrandConfig;
  /** Moves the backend's clock past the access tokens' lifetime: every token issued so far is refused (403). */
  expireAccessTokens(): void;
}

/**
 * Two people of one company at once, as on two computers: each page in a browser context of its own (its own
 * storage, so its own session). The pages are blank: the test signs them in (`admin` as company 1's admin,
 * `agent` as its agent), after setting up what must be in place before the app loads (an init script on
 * `page.context()`, a clock). Both contexts close when the test ends.
 */
export interface TwoAgents {
  admin: Page;
  agent: Page;
}

/** Starts a stand for the test (closed when it ends). */
export type LaunchStand = (options: StandOptions) => Promise<Stand>;

export const test = base.extend<{ launchStand: LaunchStand; twoAgents: TwoAgents }>({
  launchStand: async ({}, use) => {
    const cleanups: Array<() => Promise<void> | void> = [];
    await use(async (options) => {
      const distDir = mkdtempSync(join(tmpdir(), `vitrine-e2e-${options.brand}-`));
      cleanups.push(() => rmSync(distDir, { recursive: true, force: true }));
      const bundleDir = join(distDir, options.brand);
      // The static server comes first: the backend needs its origin for CORS, the bundle needs the backend's URL.
      const web = await serveStatic(bundleDir);
      cleanups.push(() => web.close());
      const api = await startApi({
        port: 0,
        dbFile: ':memory:',
        frontendOrigins: [web.url],
        devInbound: true,
        accessTokenTtlSeconds: ACCESS_TOKEN_TTL_SECONDS,
        ...(options.userLimit && { userLimit: options.userLimit }),
        ...(options.connectionsLimit && { connectionsLimit: options.connectionsLimit }),
        ...(options.fakePairingMs && { fakePairingMs: options.fakePairingMs }),
      });
      cleanups.push(() => api.close());
      const apiUrl = options.apiUrlOverride ?? api.url;
      const result = await stampBrand(options.brand, {
        brandsDir: BRANDS_DIR,
        distDir,
        appDir: TEST_APP_DIR,
        env: { REACT_APP_BACKEND_URL: apiUrl },
        iconCacheDir: TEST_ICON_CACHE_DIR,
      });
      if (!result.ok) throw new Error(`stamping ${options.brand} failed: ${result.errors?.join('\n')}`);
      return {
        brand: options.brand,
        appUrl: web.url,
        apiUrl,
        bundleDir,
        config: readBrandConfig(bundleDir),
        expireAccessTokens: () => api.clock.advance(ACCESS_TOKEN_TTL_SECONDS + 1),
      };
    });
    for (const cleanup of cleanups.reverse()) await cleanup();
  },
  twoAgents: async ({ browser }, use) => {
    const contexts = await Promise.all([browser.newContext(), browser.newContext()]);
    try {
      const [adminContext, agentContext] = contexts;
      const admin = await adminContext.newPage();
      const agent = await agentContext.newPage();
      await use({ admin, agent });
    } finally {
      for (const context of contexts) await context.close();
    }
  },
});

export { expect };

export function readBrandConfig(bundleDir: string): BrandConfig {
  const html = readFileSync(join(bundleDir, 'index.html'), 'utf8');
  const match = new RegExp(`<script type="application/json" id="${BRAND_CONFIG_ELEMENT_ID}">(.*?)</script>`, 's').exec(
    html,
  );
  if (!match?.[1]) throw new Error(`no brand config in ${bundleDir}/index.html`);
  return JSON.parse(match[1]) as BrandConfig;
}

export async function logIn(page: Page, credentials: { email: string; password: string }): Promise<void> {
  await page
    .getByTestId('login-email')
    .locator('input')
    .or(page.locator('input[data-testid="login-email"]'))
    .first()
    .fill(credentials.email);
  await page
    .getByTestId('login-password')
    .locator('input')
    .or(page.locator('input[data-testid="login-password"]'))
    .first()
    .fill(credentials.password);
  await page.getByTestId('login-submit').click();
}

/** `rgb(r, g, b)` for a `#RRGGBB` colour, as getComputedStyle reports it. */
export function rgb(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255})`;
}
