import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { loadBrand, type ResolvedBrand } from '../brand/load-brand.ts';
import { renderBrandFiles } from '../brand/brand-files.ts';
import { IconCache } from '../brand/icons.ts';
import { BrandError, formatProblem } from '../brand/problems.ts';
import type { Environment } from '../brand/env-overrides.ts';
import { writeBundle, type BundleMetadata } from './write-bundle.ts';
import { ROOT } from '../paths.ts';
import { brandCsp, cspMetaTag, NGINX_HEADERS_FILE, renderNginxHeaders } from '../deploy/csp.ts';

export interface BrandBuildResult {
  brand: string;
  ok: boolean;
  /** Output folder when ok. */
  outDir?: string;
  /** Every problem, formatted, when not ok. */
  errors?: string[];
  /** Where each setting came from, when ok. */
  sources?: ResolvedBrand['sources'];
  settings?: ResolvedBrand['settings'];
  milliseconds: number;
}

export interface StampOptions {
  brandsDir: string;
  distDir: string;
  appDir: string;
  env: Environment;
  iconCacheDir?: string;
}

/** Loads, checks and stamps one brand onto the built app. Never throws: a failure is a result. */
export async function stampBrand(id: string, options: StampOptions): Promise<BrandBuildResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const brand = await loadBrand(options.brandsDir, id, options.env);
    // One policy per brand, from its API URL: as a <meta> tag in index.html (static hosts) and as an
    // nginx snippet in the bundle that sends it as a header (deploy/nginx.conf, dist/nginx.conf).
    const csp = brandCsp(brand.settings.apiUrl);
    const files = await renderBrandFiles(brand, {
      cache: new IconCache(options.iconCacheDir),
      extraHead: cspMetaTag(csp.meta),
    });
    files.files.set(NGINX_HEADERS_FILE, Buffer.from(renderNginxHeaders(id, csp.header)));
    const outDir = join(options.distDir, id);
    await writeBundle(options.appDir, files, outDir, bundleMetadata(id));
    return { brand: id, ok: true, outDir, sources: brand.sources, settings: brand.settings, milliseconds: elapsed() };
  } catch (error) {
    const errors =
      error instanceof BrandError
        ? error.problems.map(formatProblem)
        : [`[${id}] ${error instanceof Error ? error.message : String(error)}`];
    return { brand: id, ok: false, errors, milliseconds: elapsed() };
  }
}

let cachedCommit: string | undefined;
function bundleMetadata(brand: string): BundleMetadata {
  cachedCommit ??= gitCommit();
  return {
    brand,
    version: process.env.npm_package_version ?? '0.0.0',
    commit: cachedCommit,
    builtAt: new Date().toISOString(),
  };
}

function gitCommit(): string {
  if (process.env.GIT_COMMIT) return process.env.GIT_COMMIT;
  try {
    return execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return 'unknown';
  }
}
