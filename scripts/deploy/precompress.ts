import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Text-like files worth compressing; images (PNG) and fonts (WOFF2) are compressed already. */
export const COMPRESSIBLE = /\.(js|mjs|css|html|json|webmanifest|svg|ico|txt|xml|map)$/i;
/** The same threshold as nginx's `gzip_min_length` in deploy/nginx/bundle.conf. */
export const MIN_BYTES = 1024;

export interface PrecompressOptions {
  /** Brotli quality, 0–11 (default 11: the shared assets are compressed once per app build). */
  brotliQuality?: number;
}

/**
 * Writes `<file>.gz` (gzip -9) and `<file>.br` (brotli) next to each compressible file of at least
 * MIN_BYTES, for nginx's `gzip_static` and `brotli_static`, only when smaller than the file. Node's zlib
 * has both built in: no dependency. `paths` are relative to `dir`; without them, every file below `dir`.
 */
export async function precompress(dir: string, paths?: string[], options: PrecompressOptions = {}): Promise<string[]> {
  const candidates = paths ?? (await listFiles(dir));
  const written: string[] = [];
  await Promise.all(
    candidates
      .filter((path) => COMPRESSIBLE.test(path))
      .map(async (path) => {
        const file = join(dir, path);
        if ((await stat(file)).size < MIN_BYTES) return;
        const bytes = await readFile(file);
        const [gz, br] = await Promise.all([
          gzipAsync(bytes, { level: 9 }),
          brotliAsync(bytes, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: options.brotliQuality ?? 11,
              [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
              [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
            },
          }),
        ]);
        if (gz.length < bytes.length) {
          await writeFile(`${file}.gz`, gz);
          written.push(`${path}.gz`);
        }
        if (br.length < bytes.length) {
          await writeFile(`${file}.br`, br);
          written.push(`${path}.br`);
        }
      }),
  );
  return written.sort();
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}
