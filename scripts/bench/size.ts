/**
 * `npm run bench:size`: what each route makes the browser download, measured in Chromium.
 *
 * Builds the app (`--no-build`: reuse the last build in .cache/app), stamps one brand against a stand-in
 * backend, then visits the login page and, signed in as admin@admin.com, every page of the side navigation
 * (read from the page, so new pages are included). For each route it prints the JS and CSS gzipped (gzip -9
 * of each response body; 1 KB = 1000 bytes):
 *   - fresh load: everything downloaded when the route is the first page opened (empty cache);
 *   - client-side: what navigating to it inside the app adds (its own chunks), from the page before it.
 * Then the login page's budget line and the number of requests to third-party hosts. Exits with 1 when the
 * login page is over budget or a third-party request was seen.
 *
 *   npm run bench:size                          build, measure the "default" brand
 *   npm run bench:size -- --no-build            reuse .cache/app
 *   npm run bench:size -- --brand cliente1      another brand of brands/
 *   npm run bench:size -- --files               also list each route's files
 *   npm run bench:size -- --write-readme        also write the figures into scripts/bench/README-size.md
 *   npm run bench:size -- --no-build --app-dir DIR   measure another build (e.g. of an older commit)
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startApi } from '../../dev-api/server.ts';
import { chromiumLaunchOptions } from '../../tests/browser/chromium.ts';
import { appIsBuilt, buildApp } from '../build/build-app.ts';
import { stampBrand } from '../build/build-brands.ts';
import { APP_BUILD_DIR, BRANDS_DIR, ICON_CACHE_DIR, ROOT } from '../paths.ts';
import { serveStatic } from '../serve/static-server.ts';
import {
  AssetRecorder,
  budgetLine,
  formatKB,
  LOGIN_JS_BUDGET_BYTES,
  renderMarkdownTable,
  renderTable,
  replaceSection,
  sideNavigationLinks,
  totals,
  type LoadedAsset,
} from './size-measure.ts';

const { values: args } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    brand: { type: 'string', default: 'default' },
    files: { type: 'boolean', default: false },
    'write-readme': { type: 'boolean', default: false },
    'app-dir': { type: 'string', default: APP_BUILD_DIR },
  },
});
const appDir = resolve(args['app-dir']);

const LOGIN = { email: 'admin@admin.com', password: '123456' };
const README = join(ROOT, 'scripts', 'bench', 'README-size.md');
const VIEWPORT = { width: 1280, height: 800 };

interface RouteFigures {
  path: string;
  name: string;
  fresh: LoadedAsset[];
  /** Undefined for the login page, which is only ever a first page. */
  clientSide?: LoadedAsset[];
}

function fail(message: string): never {
  console.error(`bench:size: ${message}`);
  process.exit(1);
}

async function newPage(
  browser: Browser,
  storageState?: Awaited<ReturnType<BrowserContext['storageState']>>,
): Promise<Page> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    locale: 'pt-BR',
    ...(storageState && { storageState }),
  });
  return context.newPage();
}

async function measure(
  appUrl: string,
  apiUrl: string,
): Promise<{ routes: RouteFigures[]; thirdParty: string[]; chromiumVersion: string }> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  const allowed = [appUrl, apiUrl];
  const thirdParty: string[] = [];
  try {
    // The login page, as a first visit.
    const page = await newPage(browser);
    const recorder = new AssetRecorder(page, allowed);
    await page.goto(`${appUrl}/login`);
    await page.getByTestId('login-submit').waitFor();
    await recorder.settle();
    const routes: RouteFigures[] = [{ path: '/login', name: 'login', fresh: recorder.all() }];

    // Signing in, then every page of the side navigation, the way a user moves around.
    let mark = recorder.mark();
    recorder.touch();
    await page.getByTestId('login-email').fill(LOGIN.email);
    await page.getByTestId('login-password').fill(LOGIN.password);
    await page.getByTestId('login-submit').click();
    const links = await sideNavigationLinks(page);
    await recorder.settle();
    const clientSide = new Map<string, LoadedAsset[]>([['/', recorder.since(mark)]]);
    for (const link of links.filter((candidate) => candidate.path !== '/')) {
      mark = recorder.mark();
      recorder.touch();
      await page.locator(`nav a[href="${link.path}"]`).click();
      await page.waitForURL((url) => url.pathname === link.path);
      await recorder.settle();
      clientSide.set(link.path, recorder.since(mark));
    }
    const signedIn = await page.context().storageState();
    thirdParty.push(...recorder.thirdPartyRequests());
    await page.context().close();

    // Each page again as the first page opened (a reload, or a link from elsewhere), signed in, cache empty.
    for (const link of links) {
      const fresh = await newPage(browser, signedIn);
      const freshRecorder = new AssetRecorder(fresh, allowed);
      await fresh.goto(`${appUrl}${link.path}`);
      await fresh.locator('nav a[href]').first().waitFor();
      await freshRecorder.settle();
      routes.push({
        path: link.path,
        name: link.name,
        fresh: freshRecorder.all(),
        clientSide: clientSide.get(link.path) ?? [],
      });
      thirdParty.push(...freshRecorder.thirdPartyRequests());
      await fresh.context().close();
    }
    return { routes, thirdParty, chromiumVersion: browser.version() };
  } finally {
    await browser.close();
  }
}

function tableRows(routes: readonly RouteFigures[]): string[][] {
  const header = ['route', 'page', 'fresh load: JS', 'CSS', 'files', 'client-side: JS', 'CSS', 'files'];
  return [
    header,
    ...routes.map(({ path, name, fresh, clientSide }) => {
      const first = totals(fresh);
      const added = clientSide && totals(clientSide);
      return [
        path,
        name,
        formatKB(first.jsGzip),
        formatKB(first.cssGzip),
        String(first.jsFiles + first.cssFiles),
        added ? formatKB(added.jsGzip) : '—',
        added ? formatKB(added.cssGzip) : '—',
        added ? String(added.jsFiles + added.cssFiles) : '—',
      ];
    }),
  ];
}

function fileList(routes: readonly RouteFigures[]): string {
  const describe = (assets: readonly LoadedAsset[]) =>
    assets.map((asset) => `    ${formatKB(asset.gzipBytes).padStart(9)}  ${asset.path}`).join('\n');
  return routes
    .map(({ path, fresh, clientSide }) =>
      [
        `${path} (fresh load)`,
        describe(fresh),
        ...(clientSide ? [`${path} (client-side)`, describe(clientSide) || '    (nothing new)'] : []),
      ].join('\n'),
    )
    .join('\n');
}

const distDir = mkdtempSync(join(tmpdir(), 'vitrine-bench-size-'));
try {
  if (!args['no-build']) {
    console.log(`Building the app into ${appDir}…`);
    await buildApp(appDir, { quiet: true });
  } else if (!appIsBuilt(appDir)) {
    fail(`--no-build: no app build in ${appDir} (run npm run build:app first)`);
  }

  const bundleDir = join(distDir, args.brand);
  const web = await serveStatic(bundleDir);
  const api = await startApi({ port: 0, dbFile: ':memory:', frontendOrigins: [web.url], logErrors: false });
  try {
    const stamped = await stampBrand(args.brand, {
      brandsDir: BRANDS_DIR,
      distDir,
      appDir,
      env: { REACT_APP_BACKEND_URL: api.url },
      iconCacheDir: ICON_CACHE_DIR,
    });
    if (!stamped.ok) fail(`stamping ${args.brand} failed:\n${stamped.errors?.join('\n')}`);

    console.log(`Measuring brand "${args.brand}" in Chromium…\n`);
    const { routes, thirdParty, chromiumVersion } = await measure(web.url, api.url);
    const login = totals(routes[0]!.fresh);
    const rows = tableRows(routes);
    const checks = [budgetLine('login', login.jsGzip), `third-party requests: ${thirdParty.length}`];

    console.log(
      `Gzipped size (gzip -9 of each response; 1 KB = 1000 bytes), brand "${args.brand}", Chromium ${chromiumVersion}`,
    );
    console.log(
      'fresh load: the route opened first, empty cache; client-side: what moving to it inside the app adds\n',
    );
    console.log(renderTable(rows, 2));
    if (args.files) console.log(`\n${fileList(routes)}`);
    console.log(`\n${checks.join('\n')}`);
    for (const url of thirdParty) console.log(`  third-party: ${url}`);

    if (args['write-readme']) {
      const section = [
        `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench:size\` (brand \`${args.brand}\`, Chromium ${chromiumVersion}, locale pt-BR, desktop width).`,
        '',
        renderMarkdownTable(rows, 2),
        '',
        '```',
        ...checks,
        '```',
      ].join('\n');
      writeFileSync(README, replaceSection(readFileSync(README, 'utf8'), section));
      console.log(`\nwrote the figures into ${README}`);
    }
    process.exitCode = login.jsGzip <= LOGIN_JS_BUDGET_BYTES && thirdParty.length === 0 ? 0 : 1;
  } finally {
    await Promise.all([web.close(), api.close()]);
  }
} finally {
  rmSync(distDir, { recursive: true, force: true });
}
