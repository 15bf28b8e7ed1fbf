import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../../scripts/paths.ts';
import { makeBrandsDir, writeBrandJson } from './fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'vitrine-build-cli-'));
const { dir: brandsDir, cleanup } = makeBrandsDir(['cliente1', 'cliente2']);
const distDir = join(work, 'dist');
const appDir = join(work, 'app');

/** Runs `npm run build`'s script as a user would, with a clean environment plus `env`. */
function build(env: Record<string, string> = {}, extraArgs: string[] = []) {
  const run = spawnSync(
    process.execPath,
    [
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
      '--icon-cache-dir',
      join(work, 'icons'),
      ...extraArgs,
    ],
    { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env } },
  );
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const read = (brand: string, file: string) => readFileSync(join(distDir, brand, file));
const html = (brand: string) => read(brand, 'index.html').toString();
const filesUnder = (brand: string, folder: string) => readdirSync(join(distDir, brand, folder)).sort();

describe('npm run build', () => {
  let everyBrand: ReturnType<typeof build>;
  beforeAll(() => {
    // A third, broken brand must not stop the other two.
    cpSync(join(brandsDir, 'cliente1'), join(brandsDir, 'quebrado'), { recursive: true });
    writeBrandJson(brandsDir, 'quebrado', {
      name: 'Q',
      tabName: 'Q',
      color: '#12345',
      apiUrl: 'https://q.example.com',
    });
    everyBrand = build();
  });
  afterAll(() => {
    cleanup();
    rmSync(work, { recursive: true, force: true });
  });

  it('builds every good brand, reports the broken one and exits non-zero', () => {
    expect(everyBrand.status).toBe(1);
    expect(everyBrand.output).toMatch(/2 of 3 brand\(s\) built/);
    expect(everyBrand.output).toMatch(/ok\s+cliente1/);
    expect(everyBrand.output).toMatch(/ok\s+cliente2/);
    expect(everyBrand.output).toMatch(/FAILED\s+quebrado\s+.*field "color".*"#12345"/);
    expect(existsSync(join(distDir, 'quebrado'))).toBe(false);
  });

  it('prints where each value came from', () => {
    expect(everyBrand.output).toMatch(/color\s+"#682EE3"\s+from .*cliente1\/brand\.json/);
  });

  it('gives each brand its own title, colour, API URL, logo and icons', () => {
    expect(html('cliente1')).toContain('<title>Cliente Um | Atendimento</title>');
    expect(html('cliente2')).toContain('<title>Cliente Dois - Central</title>');
    expect(html('cliente1')).toContain('"apiUrl":"https://api-cliente1.example.com"');
    expect(html('cliente2')).toContain('"apiUrl":"https://api-cliente2.example.com"');
    expect(html('cliente1')).toContain('content="#682EE3"');
    expect(html('cliente2')).toContain('content="#FF5733"');
    expect(read('cliente1', 'favicon.ico').equals(read('cliente2', 'favicon.ico'))).toBe(false);
    const brandFiles1 = filesUnder('cliente1', 'brand');
    const brandFiles2 = filesUnder('cliente2', 'brand');
    expect(brandFiles1.some((file) => /^logo\.[0-9a-f]+\.png$/.test(file))).toBe(true);
    expect(brandFiles2.some((file) => /^logo\.[0-9a-f]+\.svg$/.test(file))).toBe(true);
    expect(brandFiles1.filter((file) => brandFiles2.includes(file))).toEqual([]);
  });

  it('shares the same JS and CSS files, names and bytes, across brands', () => {
    const assets = filesUnder('cliente1', 'assets');
    expect(assets.some((file) => file.endsWith('.js'))).toBe(true);
    expect(filesUnder('cliente2', 'assets')).toEqual(assets);
    for (const file of assets)
      expect(read('cliente1', `assets/${file}`).equals(read('cliente2', `assets/${file}`)), file).toBe(true);
    // And none of them carries a brand: the JS is the same for every client.
    for (const file of assets) expect(read('cliente1', `assets/${file}`).toString()).not.toContain('#682EE3');
  });

  it('builds the production app even when NODE_ENV says otherwise (as under a test runner)', () => {
    const run = build({ NODE_ENV: 'test', STACK_NAME: 'cliente1' });
    expect(run.status).toBe(0);
    const js = filesUnder('cliente1', 'assets').filter((file) => file.endsWith('.js'));
    const code = js.map((file) => read('cliente1', `assets/${file}`).toString()).join('\n');
    // A development-only warning of react-dom: absent from its production build.
    expect(code).not.toContain('In HTML, %s cannot be a child');
  });

  it('builds one brand with STACK_NAME and environment overrides, reusing the app build', () => {
    const before = filesUnder('cliente2', 'brand');
    const one = build({ STACK_NAME: 'cliente1', REACT_APP_COLOR: '#00AA00', REACT_APP_TAB_NAME: 'Aba da Env' }, [
      '--stamp-only',
    ]);
    expect(one.status).toBe(0);
    expect(one.output).toMatch(/color\s+"#00AA00"\s+from REACT_APP_COLOR/);
    expect(html('cliente1')).toContain('<title>Aba da Env</title>');
    expect(filesUnder('cliente2', 'brand')).toEqual(before);
  });

  it.each([
    [{ STACK_NAME: 'cliente9' }, /no brand named "cliente9".*expected one of cliente1, cliente2, quebrado/],
    [{ STACK_NAME: '../cliente1' }, /STACK_NAME "\.\.\/cliente1" is not a brand name/],
    [{ STACK_NAME: 'Cliente1' }, /STACK_NAME "Cliente1" is not a brand name/],
    [{ REACT_APP_COLOR: '#00AA00' }, /REACT_APP_COLOR override one brand's settings: set STACK_NAME/],
    [{ STACK_NAME: 'cliente1', REACT_APP_COLOR: 'red' }, /REACT_APP_COLOR.*"red"/],
  ])('refuses %j with a clear message and leaves dist/ alone', (env, message) => {
    const before = html('cliente1');
    const run = build(env, ['--stamp-only']);
    expect(run.status).toBe(1);
    expect(run.output).toMatch(message);
    expect(html('cliente1')).toBe(before);
  });
});
