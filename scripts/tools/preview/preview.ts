import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { startApi } from '../../../dev-api/server.ts';
import { ENV_OVERRIDES } from '../../brand/env-overrides.ts';
import { inspectBrand } from '../../brand/load-brand.ts';
import { formatProblem } from '../../brand/problems.ts';
import { appIsBuilt } from '../../build/build-app.ts';
import { stampBrand } from '../../build/build-brands.ts';
import { replaceDirectory, stagingPathFor } from '../../build/replace-directory.ts';
import { ROOT } from '../../paths.ts';
import { serveStatic } from '../../serve/static-server.ts';
import type { Output } from '../shared/cli.ts';
import { renderGallery, type GalleryRow } from './gallery.ts';
import { captureShots } from './shots.ts';

export interface PreviewOptions {
  brandsDir: string;
  /** The gallery folder, replaced as a whole when the new one is complete. */
  outDir: string;
  brands: string[];
  /** Reuse the app build in `appDir` instead of running the build. */
  stampOnly: boolean;
  /** Where the app is built (default: a temporary folder). */
  appDir?: string;
  iconCacheDir?: string;
  output: Output;
  env?: NodeJS.ProcessEnv;
}

export interface PreviewResult {
  rows: GalleryRow[];
  indexFile: string;
}

/** Debian's Chromium with the flags this machine needs (as tests/browser/chromium.ts); never a downloaded browser. */
export function chromiumExecutable(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROME_PATH || '/usr/bin/chromium';
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Builds every brand for real, then, brand by brand, stamps it against its own stand-in backend (the real
 * bundles point at the clients' own APIs), logs in with the demo user in headless Chromium and keeps the login
 * page and main screen in light and dark. A brand that fails gets a row with its errors.
 */
export async function runPreview(options: PreviewOptions): Promise<PreviewResult> {
  const { out } = options.output;
  const env = options.env ?? process.env;
  const executablePath = chromiumExecutable(env);
  if (!existsSync(executablePath))
    throw new Error(
      `no Chromium at ${executablePath}: install Debian's chromium package or set CHROME_PATH to a Chromium binary`,
    );

  const work = await mkdtemp(join(tmpdir(), 'vitrine-preview-'));
  const staging = stagingPathFor(options.outDir);
  let browser: Browser | undefined;
  try {
    const appDir = options.appDir ?? join(work, 'app');
    if (options.stampOnly) {
      if (!appIsBuilt(appDir))
        throw new Error(`--stamp-only: no app build in ${appDir}: run npm run build first, or leave out --stamp-only`);
      out(`Reusing the app build in ${appDir}\n`);
    } else {
      await runBuild(options.brandsDir, join(work, 'dist'), appDir, options.iconCacheDir, env, out);
    }

    await mkdir(staging, { recursive: true });
    const rows: GalleryRow[] = [];
    const total = options.brands.length;
    for (const [index, brand] of options.brands.entries()) {
      const started = performance.now();
      out(`[${index + 1}/${total}] ${brand}: `);
      const row = await previewBrand(brand, {
        ...options,
        appDir,
        bundlesDir: join(work, 'bundles'),
        shotsDir: join(staging, brand),
        browser: async () => (browser ??= await chromium.launch({ executablePath, args: CHROMIUM_ARGS })),
        progress: (step) => out(`${step}… `),
      });
      rows.push(row);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      out(
        row.errors.length === 0
          ? `✓ ${seconds} s\n`
          : `✗ ${row.errors[0]}${row.errors.length > 1 ? ` (+${row.errors.length - 1} more)` : ''}\n`,
      );
    }

    await writeFile(join(staging, 'index.html'), renderGallery(rows, { generatedAt: new Date(), commit: gitCommit() }));
    await mkdir(join(options.outDir, '..'), { recursive: true });
    await replaceDirectory(staging, options.outDir);
    return { rows, indexFile: join(options.outDir, 'index.html') };
  } finally {
    await browser?.close();
    await rm(staging, { recursive: true, force: true });
    await rm(work, { recursive: true, force: true });
  }
}

interface BrandContext extends PreviewOptions {
  appDir: string;
  bundlesDir: string;
  shotsDir: string;
  browser: () => Promise<Browser>;
  progress: (step: string) => void;
}

async function previewBrand(brand: string, context: BrandContext): Promise<GalleryRow> {
  // The build's verdict on the brand as written (the preview stamp below overrides its API URL).
  const inspection = await inspectBrand(context.brandsDir, brand, {});
  const errors = inspection.problems.filter((problem) => problem.severity === 'error');
  if (!inspection.brand || errors.length > 0) return { brand, shots: {}, errors: errors.map(formatProblem) };
  const { settings } = inspection.brand;
  const row: GalleryRow = {
    brand,
    name: settings.name,
    color: settings.color,
    colorDark: settings.colorDark,
    shots: {},
    errors: [],
  };

  const cleanups: Array<() => Promise<void>> = [];
  try {
    context.progress('stamping');
    // The static server first: the backend needs its origin for CORS, and the bundle needs the backend's URL.
    const web = await serveStatic(join(context.bundlesDir, brand));
    cleanups.push(() => web.close());
    const api = await startApi({ port: 0, dbFile: ':memory:', frontendOrigins: [web.url], logErrors: false });
    cleanups.push(() => api.close());
    const stamped = await stampBrand(brand, {
      brandsDir: context.brandsDir,
      distDir: context.bundlesDir,
      appDir: context.appDir,
      env: { REACT_APP_BACKEND_URL: api.url },
      ...(context.iconCacheDir && { iconCacheDir: context.iconCacheDir }),
    });
    if (!stamped.ok) return { ...row, errors: stamped.errors ?? ['stamping failed'] };

    context.progress('screenshots');
    const captured = await captureShots(await context.browser(), web.url, context.shotsDir);
    row.shots = Object.fromEntries(Object.entries(captured.files).map(([id, file]) => [id, `${brand}/${file}`]));
    if (captured.error) row.errors.push(`[${brand}] screenshots: ${captured.error}`);
    return row;
  } catch (error) {
    return { ...row, errors: [...row.errors, `[${brand}] ${error instanceof Error ? error.message : String(error)}`] };
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  }
}

/** `npm run build` as a child process (its own Vite, its own memory), into throw-away folders. */
async function runBuild(
  brandsDir: string,
  distDir: string,
  appDir: string,
  iconCacheDir: string | undefined,
  env: NodeJS.ProcessEnv,
  out: (text: string) => void,
): Promise<void> {
  out('Building the app and every brand (npm run build)… ');
  const started = performance.now();
  // Without STACK_NAME the build refuses REACT_APP_* overrides, and with it builds one brand: drop them all.
  const overrideNames = new Set<string>(['STACK_NAME', ...Object.values(ENV_OVERRIDES).flat()]);
  const childEnv = Object.fromEntries(Object.entries(env).filter(([key]) => !overrideNames.has(key)));
  const args = [
    '--import',
    'tsx',
    join(ROOT, 'scripts', 'build.ts'),
    '--quiet',
    '--brands-dir',
    brandsDir,
    '--dist-dir',
    distDir,
    '--app-dir',
    appDir,
  ];
  if (iconCacheDir) args.push('--icon-cache-dir', iconCacheDir);
  const { status, output } = await new Promise<{ status: number | null; output: string }>((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ status: code, output: text }));
  });
  if (!appIsBuilt(appDir)) {
    out('failed\n');
    throw new Error(`the app build failed (exit code ${status}):\n${output.trim().split('\n').slice(-30).join('\n')}`);
  }
  const summary = /(\d+ of \d+ brand\(s\) built)/.exec(output)?.[1] ?? `exit code ${status}`;
  out(`done in ${((performance.now() - started) / 1000).toFixed(1)} s (${summary})\n`);
}

function gitCommit(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return undefined;
  }
}
