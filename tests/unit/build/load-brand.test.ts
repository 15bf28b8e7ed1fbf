import { rmSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inspectBrand, loadBrand, listBrandNames } from '../../../scripts/brand/load-brand.ts';
import { formatProblem } from '../../../scripts/brand/problems.ts';
import { makeBrandsDir, VALID_BRAND, writeBrandJson } from './fixtures.ts';

let brandsDir: string;
let cleanup: () => void;
beforeEach(() => ({ dir: brandsDir, cleanup } = makeBrandsDir()));
afterEach(() => cleanup());

async function errorsOf(brand: string, env: Record<string, string> = {}): Promise<string[]> {
  const { problems } = await inspectBrand(brandsDir, brand, env);
  return problems.filter((p) => p.severity === 'error').map(formatProblem);
}

describe('brand.json', () => {
  it('loads a valid brand with every setting from brand.json', async () => {
    writeBrandJson(brandsDir, 'cliente1', VALID_BRAND);
    const brand = await loadBrand(brandsDir, 'cliente1');
    expect(brand.settings).toMatchObject({ ...VALID_BRAND, colorDark: VALID_BRAND.color });
    expect(brand.sources.color).toMatch(/cliente1\/brand\.json$/);
    expect(brand.logo.format).toBe('png');
  });

  it.each([
    ['red', 'color'],
    ['#12345', 'color'],
    ['#682EE3; background:url(x)', 'color'],
  ])('rejects the colour %j, naming the field, the value and the expected form', async (color) => {
    writeBrandJson(brandsDir, 'cliente1', { ...VALID_BRAND, color });
    const [error, ...rest] = await errorsOf('cliente1');
    expect(rest).toEqual([]);
    expect(error).toContain('[cliente1]');
    expect(error).toContain('brand.json');
    expect(error).toContain('field "color"');
    expect(error).toContain(JSON.stringify(color));
    expect(error).toContain('#RRGGBB');
  });

  it.each(['ftp://api.example.com', 'javascript:alert(1)', 'api.example.com', 'http://'])(
    'rejects the API URL %j',
    async (apiUrl) => {
      writeBrandJson(brandsDir, 'cliente1', { ...VALID_BRAND, apiUrl });
      const errors = await errorsOf('cliente1');
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain('field "apiUrl"');
      expect(errors[0]).toContain('http:// or https://');
    },
  );

  it('takes maxUploadMb (MB, above 0, at most 2048) and refuses anything else, naming the field', async () => {
    writeBrandJson(brandsDir, 'cliente1', { ...VALID_BRAND, maxUploadMb: 64 });
    expect((await loadBrand(brandsDir, 'cliente1')).settings.maxUploadMb).toBe(64);
    for (const maxUploadMb of [0, -5, '16', 5000]) {
      writeBrandJson(brandsDir, 'cliente1', { ...VALID_BRAND, maxUploadMb });
      const errors = await errorsOf('cliente1');
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain('field "maxUploadMb"');
      expect(errors[0]).toMatch(/megabytes|at most 2048/);
    }
  });

  it('reports invalid JSON with its line and column', async () => {
    writeBrandJson(brandsDir, 'cliente1', '{\n  "name": "X",\n  "tabName" "Y"\n}');
    const errors = await errorsOf('cliente1');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/invalid JSON at line 3, column \d+/);
  });

  it('reports a missing brand.json', async () => {
    rmSync(join(brandsDir, 'cliente1', 'brand.json'));
    expect((await errorsOf('cliente1'))[0]).toMatch(/cliente1\/brand\.json: missing brand\.json/);
  });

  it('reports every unknown and every missing field at once', async () => {
    writeBrandJson(brandsDir, 'cliente1', { name: 'X', colour: '#682EE3', extra: 1 });
    const errors = await errorsOf('cliente1');
    expect(errors.some((e) => e.includes('field "colour"') && e.includes('unknown field'))).toBe(true);
    expect(errors.some((e) => e.includes('field "extra"') && e.includes('unknown field'))).toBe(true);
    for (const field of ['tabName', 'color', 'apiUrl']) {
      expect(errors.some((e) => e.includes(`field "${field}"`) && e.includes('missing required field'))).toBe(true);
    }
  });
});

describe('brand names', () => {
  it.each(['../cliente1', 'cliente1/..', 'a/b', 'Cliente1', '..', '-x', '', 'preview'])(
    'rejects %j before building any path',
    async (name) => {
      const { problems } = await inspectBrand(brandsDir, name);
      expect(problems).toHaveLength(1);
      expect(problems[0]?.message).toContain('invalid brand name');
    },
  );

  it('names the brands that exist when asked for one that does not', async () => {
    const errors = await errorsOf('cliente9');
    expect(errors[0]).toContain('no brand named "cliente9"');
    expect(errors[0]).toContain('cliente1, cliente2');
  });

  it('lists only folders with valid names', async () => {
    writeFileSync(join(brandsDir, 'README.md'), 'not a brand');
    expect(await listBrandNames(brandsDir)).toEqual(['cliente1', 'cliente2']);
  });
});

describe('environment overrides', () => {
  it('lets REACT_APP_* win over brand.json and records where each value came from', async () => {
    const brand = await loadBrand(brandsDir, 'cliente1', {
      REACT_APP_COLOR: '#00FF00',
      REACT_APP_TAB_NAME: 'Aba',
      REACT_APP_BACKEND_URL: 'http://localhost:9999',
    });
    expect(brand.settings).toMatchObject({ color: '#00FF00', tabName: 'Aba', apiUrl: 'http://localhost:9999' });
    expect(brand.sources).toMatchObject({
      color: 'REACT_APP_COLOR',
      tabName: 'REACT_APP_TAB_NAME',
      apiUrl: 'REACT_APP_BACKEND_URL',
    });
    expect(brand.sources.name).toMatch(/brand\.json$/);
  });

  it('accepts the Vite-style aliases and TAB_NAME, with REACT_APP_* first', async () => {
    const brand = await loadBrand(brandsDir, 'cliente1', {
      VITE_COLOR: '#111111',
      TAB_NAME: 'T',
      VITE_BACKEND_URL: 'https://b.example.com',
    });
    expect(brand.sources).toMatchObject({ color: 'VITE_COLOR', tabName: 'TAB_NAME', apiUrl: 'VITE_BACKEND_URL' });
    const both = await loadBrand(brandsDir, 'cliente1', { VITE_COLOR: '#111111', REACT_APP_COLOR: '#222222' });
    expect(both.settings.color).toBe('#222222');
  });

  it('ignores empty values, as docker build passes unset ARGs', async () => {
    const brand = await loadBrand(brandsDir, 'cliente1', { REACT_APP_COLOR: '', REACT_APP_TAB_NAME: '  ' });
    expect(brand.settings.color).toBe('#682EE3');
    expect(brand.sources.color).toMatch(/brand\.json$/);
  });

  it('rejects a bad override naming the variable', async () => {
    const errors = await errorsOf('cliente1', { REACT_APP_COLOR: 'red' });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('REACT_APP_COLOR');
    expect(errors[0]).toContain('"red"');
  });
});

describe('logo and favicon', () => {
  const logo = () => join(brandsDir, 'cliente1', 'logo.png');

  it('refuses a brand without a logo instead of falling back to the default one', async () => {
    rmSync(logo());
    const errors = await errorsOf('cliente1');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('missing logo: expected logo.png or logo.svg');
  });

  it('refuses an empty logo', async () => {
    writeFileSync(logo(), '');
    expect((await errorsOf('cliente1'))[0]).toContain('logo.png: the file is empty');
  });

  it('refuses a file that is not a PNG', async () => {
    writeFileSync(logo(), 'hello, I am text');
    expect((await errorsOf('cliente1'))[0]).toContain('not a PNG image');
  });

  it('refuses a truncated (corrupt) PNG', async () => {
    const bytes = readFileSync(logo());
    writeFileSync(logo(), bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect((await errorsOf('cliente1'))[0]).toContain('cannot be decoded');
  });

  it('refuses two logos at once', async () => {
    writeFileSync(
      join(brandsDir, 'cliente1', 'logo.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>',
    );
    expect((await errorsOf('cliente1'))[0]).toContain('both logo.png and logo.svg exist');
  });

  it('refuses a favicon.ico that is not an icon', async () => {
    writeFileSync(join(brandsDir, 'cliente1', 'favicon.ico'), readFileSync(logo()));
    expect((await errorsOf('cliente1'))[0]).toContain('favicon.ico: not an ICO file');
  });

  const svgLogo = (inner: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="64" height="64">${inner}<rect width="64" height="64" fill="#123456"/></svg>`;

  it.each([
    ['<script>alert(1)</script>', '<script> element'],
    ['<rect onload="alert(1)" width="1" height="1"/>', 'event-handler attribute'],
    ['<foreignObject><div>x</div></foreignObject>', '<foreignObject>'],
    ['<a href="javascript:alert(1)"><rect width="1" height="1"/></a>', 'javascript: URL'],
    ['<image href="https://evil.example.com/x.png" width="1" height="1"/>', 'external reference'],
    ['<use xlink:href="//evil.example.com/s.svg#a"/>', 'external reference'],
    ['<style>@import url(https://evil.example.com/x.css);</style>', 'external reference in CSS'],
  ])('refuses an SVG logo with %s', async (inner, what) => {
    rmSync(logo());
    writeFileSync(join(brandsDir, 'cliente1', 'logo.svg'), svgLogo(inner));
    const errors = await errorsOf('cliente1');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('unsafe SVG');
    expect(errors[0]).toContain(what);
  });

  it('accepts a static SVG logo with internal references', async () => {
    rmSync(logo());
    writeFileSync(
      join(brandsDir, 'cliente1', 'logo.svg'),
      svgLogo('<defs><linearGradient id="g"/></defs><use href="#g"/>'),
    );
    const brand = await loadBrand(brandsDir, 'cliente1');
    expect(brand.logo).toMatchObject({ format: 'svg', width: 64, height: 64 });
  });
});
