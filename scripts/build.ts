/**
 * `npm run build`: builds the app once with Vite, then stamps every brand (or STACK_NAME's) onto it,
 * into dist/<brand>/ each. One broken brand does not stop the others; the exit code says if any failed.
 *
 *   STACK_NAME=cliente1 npm run build        one brand, with REACT_APP_* overrides
 *   npm run build                            every brand in brands/
 *   npm run build -- --stamp-only            reuse the last app build (.cache/app) and only stamp
 *   --brands-dir, --dist-dir, --app-dir, --icon-cache-dir   other folders (tests, benchmark)
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { APP_BUILD_DIR, BRANDS_DIR, DIST_DIR, ICON_CACHE_DIR } from './paths.ts';
import { findEnvOverrides, stackNameFrom } from './brand/env-overrides.ts';
import { listBrandNames } from './brand/load-brand.ts';
import { brandNameSchema } from './brand/schema.ts';
import { appIsBuilt, buildApp } from './build/build-app.ts';
import { stampBrand, type BrandBuildResult } from './build/build-brands.ts';

const { values: args } = parseArgs({
  options: {
    'brands-dir': { type: 'string', default: BRANDS_DIR },
    'dist-dir': { type: 'string', default: DIST_DIR },
    'app-dir': { type: 'string', default: APP_BUILD_DIR },
    'icon-cache-dir': { type: 'string', default: ICON_CACHE_DIR },
    'stamp-only': { type: 'boolean', default: false },
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

const stackName = stackNameFrom(process.env);
const overrides = findEnvOverrides(process.env);
if (!stackName && overrides.length > 0) {
  fail(`${overrides.map((o) => o.variable).join(', ')} override one brand's settings: set STACK_NAME to the brand they are for, or unset them to build every brand`);
}
if (stackName && !brandNameSchema.safeParse(stackName).success) {
  fail(`STACK_NAME ${JSON.stringify(stackName)} is not a brand name: expected lower-case letters, digits and "-" (like cliente1), as in brands/<name>/`);
}
const brands = stackName ? [stackName] : await listBrandNames(brandsDir);
if (brands.length === 0) fail(`no brands found in ${brandsDir}: expected folders like brands/default/`);
if (stackName && !(await listBrandNames(brandsDir)).includes(stackName)) {
  fail(`STACK_NAME=${stackName}: no brand named "${stackName}" in ${brandsDir}: expected one of ${(await listBrandNames(brandsDir)).join(', ')}`);
}

const started = performance.now();
if (args['stamp-only']) {
  if (!appIsBuilt(appDir)) fail(`--stamp-only: no app build in ${appDir}: run npm run build (or npm run build:app) first`);
} else {
  console.log(`Building the app once for ${brands.length} brand(s)…`);
  await buildApp(appDir, { quiet: args.quiet });
}

const results: BrandBuildResult[] = [];
for (const brand of brands) {
  const result = await stampBrand(brand, { brandsDir, distDir, appDir, env: stackName ? process.env : {}, iconCacheDir: resolve(args['icon-cache-dir']) });
  results.push(result);
  printResult(result);
}

const failed = results.filter((result) => !result.ok);
console.log(`\n${results.length - failed.length} of ${results.length} brand(s) built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
for (const result of results) {
  console.log(result.ok ? `  ok      ${result.brand.padEnd(24)} ${result.outDir}` : `  FAILED  ${result.brand.padEnd(24)} ${result.errors?.[0] ?? ''}`);
}
process.exit(failed.length > 0 ? 1 : 0);

function printResult(result: BrandBuildResult): void {
  if (!result.ok) {
    console.error(`\n✗ ${result.brand}: not built (dist/${result.brand}/ left as it was)`);
    for (const error of result.errors ?? []) console.error(`  ${error}`);
    return;
  }
  console.log(`\n✓ ${result.brand} → ${result.outDir} (${result.milliseconds} ms)`);
  if (!result.settings || !result.sources) return;
  for (const field of ['name', 'tabName', 'color', 'colorDark', 'apiUrl', 'domain'] as const) {
    const value = result.settings[field];
    if (value === undefined) continue;
    console.log(`  ${field.padEnd(9)} ${JSON.stringify(value)}  from ${result.sources[field]}`);
  }
}
