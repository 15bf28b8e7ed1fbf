import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Static imports that bring code along (not `import type`). */
function valueImports(code: string): string[] {
  return [...code.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)].map((match) => match[1]!);
}

const files = sourceFiles(SRC).map((path) => ({ path: relative(SRC, path), code: readFileSync(path, 'utf8') }));

/**
 * The login page's JavaScript budget depends on a few import rules that nothing else enforces; a stray
 * import would silently pull a big library back into the first load.
 */
describe('bundle boundaries', () => {
  it('only the API client imports axios code', () => {
    const importers = files.filter((file) => valueImports(file.code).includes('axios')).map((file) => file.path);
    expect(importers).toEqual(['lib/api-client.ts']);
  });

  it('the API client is only loaded dynamically (it carries axios)', () => {
    const importers = files.filter((file) => valueImports(file.code).some((spec) => spec.endsWith('/api-client.ts'))).map((file) => file.path);
    expect(importers).toEqual([]);
    expect(files.find((file) => file.path === 'app/services.ts')?.code).toMatch(/import\('\.\.\/lib\/api-client\.ts'\)/);
  });

  it('socket.io-client stays out of the app spine', () => {
    const importers = files.filter((file) => valueImports(file.code).includes('socket.io-client')).map((file) => file.path);
    expect(importers.filter((path) => !path.startsWith('features/'))).toEqual([]);
  });

  it('MUI icons are imported one by one', () => {
    const barrel = files.filter((file) => valueImports(file.code).includes('@mui/icons-material')).map((file) => file.path);
    expect(barrel).toEqual([]);
  });

  it('no inline script or eval', () => {
    for (const file of files) {
      expect(file.code, file.path).not.toMatch(/\beval\(|new Function\(|dangerouslySetInnerHTML/);
    }
  });
});
