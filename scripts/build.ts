/**
 * `npm run build`: builds the app once with Vite, then stamps every brand (or STACK_NAME's) onto it,
 * into dist/<brand>/ each. One broken brand does not stop the others; the exit code says if any failed.
 *
 *   STACK_NAME=cliente1 npm run build        one brand, with REACT_APP_* overrides
 *   npm run build                            every brand in brands/
 *   npm run build -- --stamp-only            reuse the last app build (.cache/app) and only stamp (npm run build:stamp)
 *   npm run build -- --app-only              only build the shared app, no brand (npm run build:app)
 *   --brands-dir, --dist-dir, --app-dir, --icon-cache-dir   other folders (tests, benchmark)
 *   --nginx-root DIR, --nginx-listen PORT    where dist/nginx.conf expects the bundles on the server
 *                                            (default: the dist folder) and the port it listens on (8080)
 *
 * After stamping it writes dist/nginx.conf: one nginx server block per brand with a domain (deploy/README.md).
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { APP_BUILD_DIR, BRANDS_DIR, DIST_DIR, ICON_CACHE_DIR } from './paths.ts';
import { findEnvOverrides, stackNameFrom } from './brand/env-overrides.ts';
import { listBrandNames } from './brand/load-brand.ts';
import { brandNameSchema } from './brand/schema.ts';
import { appIsBuilt, buildApp } from './build/build-app.ts';
import { stampBrand, type BrandBuildResult } from './build/build-brands.ts';
import { writeSites } from './deploy/nginx-sites.ts';

const { values: args } = parseArgs({
  options: {
    'brands-dir': { type: 'string', default: BRANDS_DIR },
    'dist-dir': { type: 'string', default: DIST_DIR },
    'app-dir': { type: 'string', default: APP_BUILD_DIR },
    'icon-cache-dir': { type: 'string', default: ICON_CACHE_DIR },
    'stamp-only': { type: 'boolean', default: false },
    'app-only': { type: 'boolean', default: false },
    'nginx-root': { type: 'string' },
    'nginx-listen': { type: 'string', default: '8080' },
    quiet: { type: 'boolean', default: false },
  },
});
const brandsDir = resolve(args['brands-dir']);
const distDir = resolve(args['dist-dir']);
const appDir = resolve(args['app-dir']);

function fail(message: string): never {
  console.error(`build failed: ${message}`);
  process.exit(1);
}

if (args['app-only']) {
  // The Dockerfile's first stage: the same for every client, so one cached layer serves them all.
  if (args['stamp-only']) fail('--app-only and --stamp-only exclude each other');
  const started = performance.now();
  console.log('Building the shared app (no brand)…');
  await buildApp(appDir, { quiet: args.quiet });
  console.log(
    `\napp built in ${appDir} in ${((performance.now() - started) / 1000).toFixed(1)} s: stamp brands onto it with npm run build:stamp`,
  );
  process.exit(0);
}

const stackName = stackNameFrom(process.env);
const overrides = findEnvOverrides(process.env);
if (!stackName && overrides.length > 0) {
  fail(
    `${overrides.map((o) => o.variable).join(', ')} override one brand's settings: set STACK_NAME to the brand they are for, or unset them to build every brand`,
  );
}
if (stackName && !brandNameSchema.safeParse(stackName).success) {
  fail(
    `STACK_NAME ${JSON.stringify(stackName)} is not a brand name: expected lower-case letters, digits and "-" (like cliente1), as in brands/<name>/`,
  );
}
const brands = stackName ? [stackName] : await listBrandNames(brandsDir);
if (brands.length === 0) fail(`no brands found in ${brandsDir}: expected folders like brands/default/`);
if (stackName && !(await listBrandNames(brandsDir)).includes(stackName)) {
  fail(
    `STACK_NAME=${stackName}: no brand named "${stackName}" in ${brandsDir}: expected one of ${(await listBrandNames(brandsDir)).join(', ')}`,
  );
}

const started = performance.now();
if (args['stamp-only']) {
  if (!appIsBuilt(appDir))
    fail(`--stamp-only: no app build in ${appDir}: run npm run build (or npm run build:app) first`);
} else {
  console.log(`Building the app once for ${brands.length} brand(s)…`);
  await buildApp(appDir, { quiet: args.quiet });
}

const results: BrandBuildResult[] = [];
for (const brand of brands) {
  const result = await stampBrand(brand, {
    brandsDir,
    distDir,
    appDir,
    env: stackName ? process.env : {},
    iconCacheDir: resolve(args['icon-cache-dir']),
  });
  results.push(result);
  printResult(result);
}

const failed = results.filter((result) => !result.ok);
const sitesOk = await writeNginxSites();
console.log(
  `\n${results.length - failed.length} of ${results.length} brand(s) built in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
for (const result of results) {
  console.log(
    result.ok
      ? `  ok      ${result.brand.padEnd(24)} ${result.outDir}`
      : `  FAILED  ${result.brand.padEnd(24)} ${result.errors?.[0] ?? ''}`,
  );
}
process.exit(failed.length > 0 || !sitesOk ? 1 : 0);

/** dist/nginx.conf, for one nginx serving every bundle in dist/ by Host. False when it could not be written. */
async function writeNginxSites(): Promise<boolean> {
  try {
    const report = await writeSites(distDir, brandsDir, {
      root: resolve(args['nginx-root'] ?? distDir),
      listen: args['nginx-listen'],
    });
    const served = report.sites.map((site) => `${site.brand} (${site.domain})`).join(', ') || 'no brand with a domain';
    console.log(`\nnginx: ${relative(process.cwd(), report.file) || report.file} serves ${served}`);
    for (const { brand, reason } of report.skipped) console.log(`  not in nginx.conf: ${brand}: ${reason}`);
    return true;
  } catch (error) {
    console.error(`\n✗ nginx.conf not written: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

function printResult(result: BrandBuildResult): void {
  if (!result.ok) {
    console.error(`\n✗ ${result.brand}: not built (dist/${result.brand}/ left as it was)`);
    for (const error of result.errors ?? []) console.error(`  ${error}`);
    return;
  }
  console.log(`\n✓ ${result.brand} → ${result.outDir} (${result.milliseconds} ms)`);
  if (!result.settings || !result.sources) return;
  for (const field of ['name', 'tabName', 'color', 'colorDark', 'apiUrl', 'domain', 'maxUploadMb'] as const) {
    const value = result.settings[field];
    if (value === undefined) continue;
    console.log(`  ${field.padEnd(9)} ${JSON.stringify(value)}  from ${result.sources[field]}`);
  }
}
