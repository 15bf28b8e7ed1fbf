import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../../src');
/** Shared with the build, but shipped with the app: its imports count too (paths `../common/…`). */
const COMMON = join(import.meta.dirname, '../../../common');

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

const files = [...sourceFiles(SRC), ...sourceFiles(COMMON)].map((path) => ({
  path: relative(SRC, path),
  code: readFileSync(path, 'utf8'),
}));

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
    const importers = files
      .filter((file) => valueImports(file.code).some((spec) => spec.endsWith('/api-client.ts')))
      .map((file) => file.path);
    expect(importers).toEqual([]);
    expect(files.find((file) => file.path === 'app/services.ts')?.code).toMatch(
      /import\('\.\.\/lib\/api-client\.ts'\)/,
    );
  });

  it('socket.io-client stays out of the app spine', () => {
    const importers = files
      .filter((file) => valueImports(file.code).includes('socket.io-client'))
      .map((file) => file.path);
    expect(importers.filter((path) => !path.startsWith('features/'))).toEqual([]);
  });

  it('MUI icons are imported one by one', () => {
    const barrel = files
      .filter((file) => valueImports(file.code).includes('@mui/icons-material'))
      .map((file) => file.path);
    expect(barrel).toEqual([]);
  });

  it('no inline script or eval', () => {
    for (const file of files) {
      expect(file.code, file.path).not.toMatch(/\beval\(|new Function\(|dangerouslySetInnerHTML/);
    }
  });
});

/** Every static import specifier of a file: `import … from`, `export … from`, and bare `import '…'`. */
function staticSpecifiers(code: string): string[] {
  const bare = [...code.matchAll(/^import\s+'([^']+)'/gm)].map((match) => match[1]!);
  const reexports = [...code.matchAll(/^export\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)].map((match) => match[1]!);
  return [...valueImports(code), ...bare, ...reexports];
}

/**
 * What a module brings along statically: the source files (relative to src/, so common/ is `../common/`) and
 * the packages, following static imports only (a dynamic import() is another chunk, fetched later).
 */
function staticClosure(entry: string): { files: Set<string>; packages: Set<string> } {
  const byPath = new Map(files.map((file) => [file.path, file.code]));
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const specifier of staticSpecifiers(byPath.get(path) ?? '')) {
      if (!specifier.startsWith('.')) {
        packages.add(specifier);
        continue;
      }
      const target = relative(SRC, join(SRC, path, '..', specifier));
      if (byPath.has(target)) visit(target);
    }
  };
  visit(entry);
  return { files: seen, packages };
}

/**
 * The login page's JavaScript budget (143 KB gzipped, tests/browser/size.spec.ts measures it) rests on what the
 * main bundle and the login page import statically. These rules name the imports that once made it too big.
 */
describe('login page bundle', () => {
  const main = staticClosure('main.tsx');
  const login = staticClosure('app/routes/login.tsx');
  const loginPage = {
    files: new Set([...main.files, ...login.files]),
    packages: new Set([...main.packages, ...login.packages]),
  };

  it('follows static imports (and only those)', () => {
    expect(main.files).toContain('app/router.tsx');
    expect(main.files).toContain('lib/auth/require-auth.tsx');
    expect(main.files).toContain('../common/brand-formats.ts');
    expect(main.files).not.toContain('app/routes/login.tsx');
    expect(loginPage.files).toContain('features/login/components/login-form.tsx');
    expect(staticClosure('app/routes/signed-in.tsx').files).toContain('app/navigation.ts');
  });

  it('the main bundle carries no signed-in libraries, no schema library, no pages list', () => {
    for (const pkg of ['axios', 'socket.io-client', 'qrcode', 'zod', 'zod/mini', 'i18next-browser-languagedetector']) {
      expect(main.packages.has(pkg), pkg).toBe(false);
    }
    // The pages (and their icons) come with the signed-in routes' chunk (app/routes/signed-in.tsx).
    expect(main.files.has('app/navigation.ts')).toBe(false);
    expect(
      [...main.files].filter((path) => path.startsWith('features/') && !path.startsWith('features/auth/')),
    ).toEqual([]);
  });

  it('the login page uses neither MUI inputs, buttons and alerts nor icons beyond its own', () => {
    const heavy = [...loginPage.packages].filter((pkg) =>
      /^@mui\/material\/(Button|IconButton|ButtonBase|TextField|OutlinedInput|InputBase|InputLabel|FormControl|Alert|Menu|Dialog|Select|Paper|Typography)$/.test(
        pkg,
      ),
    );
    expect(heavy).toEqual([]);
    expect([...loginPage.packages].filter((pkg) => pkg.startsWith('@mui/icons-material/')).sort()).toEqual([
      '@mui/icons-material/Visibility',
      '@mui/icons-material/VisibilityOff',
    ]);
  });

  it('the theme provider is the one without CSS variables', () => {
    const colorMode = files.find((file) => file.path === 'app/theme/color-mode.tsx')!.code;
    expect(colorMode).not.toMatch(/import\s*\{[^}]*\bThemeProvider\b[^}]*\}\s*from\s*'@mui\/material\/styles'/);
    expect(valueImports(colorMode)).toContain('@mui/system/ThemeProvider');
  });
});
