import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { ROOT } from '../paths.ts';
import { HEAD_PLACEHOLDER, SPLASH_PLACEHOLDER } from '../brand/stamp.ts';
import { replaceDirectory, stagingPathFor } from './replace-directory.ts';
import { precompress } from '../deploy/precompress.ts';

/**
 * Builds the brand-free app once with Vite into `outDir`. Its index.html keeps the stamp placeholders;
 * its JS and CSS are the same bytes for every client, with their precompressed .gz and .br files.
 */
export async function buildApp(outDir: string, options: { quiet?: boolean } = {}): Promise<void> {
  const staging = stagingPathFor(outDir);
  // The config's plugin stamps only when asked to; the shared app must be built brand-free.
  delete process.env.VITRINE_STAMP_IN_VITE;
  // Vite takes NODE_ENV from the environment when it is set: a build started from a test runner
  // (NODE_ENV=test) or a shell with NODE_ENV=development would ship React's development build.
  const callerNodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: ROOT,
      configFile: join(ROOT, 'vite.config.ts'),
      mode: 'production',
      logLevel: options.quiet ? 'warn' : 'info',
      build: { outDir: staging, emptyOutDir: true },
    });
  } finally {
    if (callerNodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = callerNodeEnv;
  }
  assertHasPlaceholders(join(staging, 'index.html'));
  // The shared JS and CSS are compressed once here (.gz, .br) and copied into every bundle for nginx's
  // gzip_static/brotli_static, instead of being compressed again per brand or per request.
  if (existsSync(join(staging, 'assets'))) await precompress(join(staging, 'assets'));
  await replaceDirectory(staging, outDir);
}

export function appIsBuilt(outDir: string): boolean {
  return existsSync(join(outDir, 'index.html'));
}

function assertHasPlaceholders(indexPath: string): void {
  const html = readFileSync(indexPath, 'utf8');
  for (const placeholder of [HEAD_PLACEHOLDER, SPLASH_PLACEHOLDER]) {
    if (!html.includes(placeholder)) throw new Error(`the app build lost the ${placeholder} placeholder in index.html`);
  }
}
