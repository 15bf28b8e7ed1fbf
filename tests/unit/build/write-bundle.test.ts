import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stampBrand } from '../../../scripts/build/build-brands.ts';
import { makeBrandsDir, writeBrandJson } from './fixtures.ts';

/** A stand-in for Vite's output: the template and one shared JS file. */
function makeAppDir(root: string): string {
  const app = join(root, 'app');
  mkdirSync(join(app, 'assets'), { recursive: true });
  writeFileSync(
    join(app, 'index.html'),
    '<html><head><!--vitrine:head--></head><body><div id="root"><!--vitrine:splash--></div></body></html>',
  );
  writeFileSync(join(app, 'assets', 'index-abc123.js'), 'console.log("shared app")');
  return app;
}

/** Every file below `dir` with its bytes, to compare a folder before and after. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      files[join(entry.parentPath, entry.name).slice(dir.length)] = readFileSync(
        join(entry.parentPath, entry.name),
      ).toString('base64');
  }
  return files;
}

let root: string;
let brandsDir: string;
let cleanupBrands: () => void;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'vitrine-dist-'));
  ({ dir: brandsDir, cleanup: cleanupBrands } = makeBrandsDir());
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  cleanupBrands();
});

describe('writing a bundle', () => {
  it('writes a self-contained bundle with the shared files byte for byte', async () => {
    const appDir = makeAppDir(root);
    const distDir = join(root, 'dist');
    const result = await stampBrand('cliente1', { brandsDir, distDir, appDir, env: {} });
    expect(result.ok).toBe(true);
    const bundle = join(distDir, 'cliente1');
    expect(readFileSync(join(bundle, 'assets', 'index-abc123.js'), 'utf8')).toBe('console.log("shared app")');
    expect(readFileSync(join(bundle, 'index.html'), 'utf8')).toContain('<title>Cliente Um | Atendimento</title>');
    expect(JSON.parse(readFileSync(join(bundle, 'version.json'), 'utf8'))).toMatchObject({ brand: 'cliente1' });
    for (const file of ['favicon.ico', 'manifest.webmanifest']) expect(existsSync(join(bundle, file))).toBe(true);
    // No staging or backup folders are left behind.
    expect(readdirSync(distDir)).toEqual(['cliente1']);
  });

  it('leaves the previous bundle exactly as it was when the brand turns out broken', async () => {
    const appDir = makeAppDir(root);
    const distDir = join(root, 'dist');
    expect((await stampBrand('cliente1', { brandsDir, distDir, appDir, env: {} })).ok).toBe(true);
    const before = snapshot(join(distDir, 'cliente1'));

    writeBrandJson(brandsDir, 'cliente1', { name: 'X', tabName: 'X', color: 'red', apiUrl: 'https://x.example.com' });
    const broken = await stampBrand('cliente1', { brandsDir, distDir, appDir, env: {} });
    expect(broken.ok).toBe(false);
    expect(broken.errors?.[0]).toContain('field "color"');
    expect(snapshot(join(distDir, 'cliente1'))).toEqual(before);
  });

  it('leaves the previous bundle as it was when writing fails part-way', async () => {
    const appDir = makeAppDir(root);
    const distDir = join(root, 'dist');
    expect((await stampBrand('cliente1', { brandsDir, distDir, appDir, env: {} })).ok).toBe(true);
    const before = snapshot(join(distDir, 'cliente1'));

    rmSync(join(appDir, 'index.html')); // the template vanishes after the brand checked out fine
    const failed = await stampBrand('cliente1', { brandsDir, distDir, appDir, env: {} });
    expect(failed.ok).toBe(false);
    expect(snapshot(join(distDir, 'cliente1'))).toEqual(before);
    expect(readdirSync(distDir)).toEqual(['cliente1']);
  });
});
