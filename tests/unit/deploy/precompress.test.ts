import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { MIN_BYTES, precompress } from '../../../scripts/deploy/precompress.ts';

describe('precompressed files for nginx', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vitrine-precompress-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes .gz and .br next to compressible files above the threshold, with the same content', async () => {
    mkdirSync(join(dir, 'assets'));
    const js = Buffer.from('export const x = 1;\n'.repeat(500));
    writeFileSync(join(dir, 'assets', 'app.js'), js);
    writeFileSync(join(dir, 'assets', 'tiny.css'), 'a{b:c}');
    writeFileSync(join(dir, 'assets', 'logo.png'), Buffer.alloc(5000, 7));
    writeFileSync(join(dir, 'assets', 'font.woff2'), Buffer.alloc(5000, 1));
    const written = await precompress(dir);
    expect(written).toEqual(['assets/app.js.br', 'assets/app.js.gz']);
    expect(gunzipSync(readFileSync(join(dir, 'assets', 'app.js.gz'))).equals(js)).toBe(true);
    expect(brotliDecompressSync(readFileSync(join(dir, 'assets', 'app.js.br'))).equals(js)).toBe(true);
    expect(existsSync(join(dir, 'assets', 'tiny.css.gz'))).toBe(false);
    expect(MIN_BYTES).toBe(1024);
  });

  it('compresses only the paths it is given, and never its own output again', async () => {
    writeFileSync(join(dir, 'index.html'), `<p>${'hello '.repeat(400)}</p>`);
    writeFileSync(join(dir, 'other.html'), `<p>${'other '.repeat(400)}</p>`);
    expect(await precompress(dir, ['index.html'])).toEqual(['index.html.br', 'index.html.gz']);
    expect(existsSync(join(dir, 'other.html.gz'))).toBe(false);
    const again = await precompress(dir);
    expect(again.filter((file) => /\.(gz|br)\.(gz|br)$/.test(file))).toEqual([]);
  });
});
