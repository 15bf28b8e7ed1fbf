import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listBrandNames } from '../../brand/load-brand.ts';
import { BRANDS_DIR, DIST_DIR, ICON_CACHE_DIR } from '../../paths.ts';
import { isParseArgsError, processOutput, shownPath, type Output } from '../shared/cli.ts';
import { runPreview } from './preview.ts';

export const PREVIEW_USAGE = `Usage: npm run brand:preview [-- <name>…] [--out-dir DIR] [--brands-dir DIR] [--stamp-only --app-dir DIR]
Builds every brand, then renders each brand's login page and main screen, light and dark, in headless
Chromium against the stand-in backend, into dist/preview/ (PNG files and an index.html gallery).
Exit code 1 when a brand failed to build or render (its row in the gallery says why).
`;

/** `npm run brand:preview`: returns the exit code (0 every brand rendered, 1 some failed, 2 bad usage). */
export async function previewCli(argv: string[], output: Output = processOutput): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'brands-dir': { type: 'string' },
        'out-dir': { type: 'string' },
        'app-dir': { type: 'string' },
        'icon-cache-dir': { type: 'string' },
        'stamp-only': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    if (!isParseArgsError(error)) throw error;
    output.err(`brand:preview: ${error.message}\n\n${PREVIEW_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    output.out(PREVIEW_USAGE);
    return 0;
  }
  if (values['stamp-only'] && !values['app-dir']) {
    output.err(
      `brand:preview: --stamp-only needs --app-dir: the folder of an earlier app build (npm run build puts it in .cache/app)\n`,
    );
    return 2;
  }
  const brandsDir = resolve(values['brands-dir'] ?? BRANDS_DIR);
  const brands = positionals.length > 0 ? [...new Set(positionals)] : await listBrandNames(brandsDir);
  if (brands.length === 0) {
    output.err(`brand:preview: no brands found in ${brandsDir}: expected folders like brands/default/\n`);
    return 1;
  }

  const outDir = resolve(values['out-dir'] ?? join(DIST_DIR, 'preview'));
  try {
    const { rows, indexFile } = await runPreview({
      brandsDir,
      outDir,
      brands,
      stampOnly: values['stamp-only'],
      ...(values['app-dir'] && { appDir: resolve(values['app-dir']) }),
      iconCacheDir: resolve(values['icon-cache-dir'] ?? ICON_CACHE_DIR),
      output,
    });
    const failed = rows.filter((row) => row.errors.length > 0);
    output.out(
      `\n${rows.length - failed.length} of ${rows.length} brand(s) rendered${failed.length > 0 ? `; failed: ${failed.map((row) => row.brand).join(', ')}` : ''}\nGallery: ${shownPath(indexFile)}\n`,
    );
    return failed.length > 0 ? 1 : 0;
  } catch (error) {
    output.err(`\nbrand:preview failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
