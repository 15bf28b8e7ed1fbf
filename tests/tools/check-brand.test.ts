import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import pngToIco from 'png-to-ico';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRANDS_DIR, ROOT } from '../../scripts/paths.ts';
import { DARK_BACKGROUND } from '../../common/brand-palette.ts';
import { nearestColorWithContrast, WHITE } from '../../common/color-contrast.ts';
import { checkBrand } from '../../scripts/tools/check-brand/check-brand.ts';
import { checkBrands } from '../../scripts/tools/check-brand/check-brands.ts';
import { icoSizes } from '../../scripts/tools/check-brand/ico.ts';
import type { CheckReport } from '../../scripts/tools/check-brand/report.ts';
import { createClient } from '../../scripts/tools/new-brand/create-client.ts';
import { captureOutput, tempDir } from './helpers.ts';

const work = tempDir('check-brand');
const brandsDir = join(work.dir, 'brands');

const transparent = { r: 0, g: 0, b: 0, alpha: 0 };
/** A PNG logo: a coloured disc on a transparent (or given) background. */
async function logoPng(
  size: number,
  background: { r: number; g: number; b: number; alpha: number } = transparent,
): Promise<Buffer> {
  const disc = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><circle cx="${size / 2}" cy="${size / 2}" r="${size / 3}" fill="#1565C0"/></svg>`,
  );
  return sharp({ create: { width: size, height: size, channels: 4, background } })
    .composite([{ input: disc }])
    .png()
    .toBuffer();
}
/** Random pixels do not compress: a valid PNG of well over 500 KB. */
async function heavyPng(): Promise<Buffer> {
  const side = 600;
  const pixels = randomBytes(side * side * 4);
  return sharp(pixels, { raw: { width: side, height: side, channels: 4 } })
    .png()
    .toBuffer();
}

function writeBrand(name: string, settings: Record<string, unknown>, files: Record<string, Buffer>): void {
  mkdirSync(join(brandsDir, name), { recursive: true });
  writeFileSync(
    join(brandsDir, name, 'brand.json'),
    JSON.stringify({ name, tabName: name, apiUrl: `https://api-${name}.example.com`, ...settings }),
  );
  for (const [file, bytes] of Object.entries(files)) writeFileSync(join(brandsDir, name, file), bytes);
}

const GOOD = { color: '#1565C0', colorDark: '#90CAF9' };

beforeAll(async () => {
  mkdirSync(brandsDir, { recursive: true });
  cpSync(join(BRANDS_DIR, 'default'), join(brandsDir, 'default'), { recursive: true });
  const good = await logoPng(512);
  writeBrand('good', GOOD, { 'logo.png': good });
  writeBrand('small', GOOD, { 'logo.png': await logoPng(100) });
  writeBrand('heavy', GOOD, { 'logo.png': await heavyPng() });
  writeBrand('huge', GOOD, { 'logo.png': Buffer.concat([good, Buffer.alloc(5.2 * 1024 * 1024)]) });
  writeBrand('gold', { color: '#FFD700' }, { 'logo.png': good });
  writeBrand('opaque', GOOD, { 'logo.png': await logoPng(512, { r: 255, g: 255, b: 255, alpha: 1 }) });
  writeBrand('tiny-favicon', GOOD, {
    'logo.png': good,
    'favicon.png': await sharp(good).resize(16, 20, { fit: 'fill' }).png().toBuffer(),
  });
  writeBrand('ico16', GOOD, {
    'logo.png': good,
    'favicon.ico': await pngToIco([await sharp(good).resize(16, 16).png().toBuffer()]),
  });
  writeBrand('broken', { color: '#12345' }, { 'logo.png': await logoPng(100) });
  await createClient(
    { name: 'fresh', color: '#1565C0', tabName: 'Fresh', domain: 'example.com', userLimit: 10, connectionsLimit: 10 },
    { brandsDir, clientsDir: join(work.dir, 'clients') },
  );
}, 60_000);
afterAll(() => work.cleanup());

const problemsOf = async (brand: string) => (await checkBrand(brandsDir, brand)).problems;

describe('brand:check design checks', () => {
  it('finds nothing wrong with a good brand', async () => {
    const report = await checkBrand(brandsDir, 'good');
    expect(report).toMatchObject({ brand: 'good', ok: true, errors: 0, warnings: 0, problems: [] });
    expect(report.contrast.map((c) => [c.id, c.passesAA])).toEqual([
      ['light', true],
      ['dark', true],
    ]);
  });

  it('warns about a logo below 256 px on its short side', async () => {
    const problems = await problemsOf('small');
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        check: 'logo',
        value: '100x100',
        fix: expect.stringMatching(/at least 256 px/),
      }),
    ]);
    expect(problems[0]?.message).toMatch(/100×100 px: below 256 px/);
  });

  it('warns about a logo file above 500 KB', async () => {
    const problems = await problemsOf('heavy');
    expect(problems).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        check: 'logo',
        message: expect.stringMatching(/the logo file is \d+ KB: above 500 KB/),
        fix: expect.stringMatching(/compress/),
      }),
    );
  });

  it('reports a logo above 5 MB as the build does: an error', async () => {
    const report = await checkBrand(brandsDir, 'huge');
    expect(report.ok).toBe(false);
    expect(report.problems).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        check: 'build',
        message: expect.stringMatching(/5\.\d MB: expected at most 5 MB/),
      }),
    );
  });

  it('advises a transparent background when the logo is opaque', async () => {
    const problems = await problemsOf('opaque');
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        check: 'logo',
        message: expect.stringMatching(/opaque background \(#ffffff in every corner\)/),
      }),
    ]);
  });

  it('names the nearest passing shade when white text on the colour fails AA, and says the theme adjusted', async () => {
    const report = await checkBrand(brandsDir, 'gold');
    const nearest = nearestColorWithContrast('#FFD700', WHITE)?.toUpperCase();
    const nearestDark = nearestColorWithContrast('#FFD700', DARK_BACKGROUND);
    expect(nearest).toBeDefined();
    expect(report.contrast[0]).toMatchObject({
      id: 'light',
      foreground: '#FFFFFF',
      background: '#FFD700',
      passesAA: false,
      nearestPassing: nearest,
    });
    expect(report.contrast[0]?.ratio).toBeCloseTo(1.4, 1);
    // The theme's primary is the nearest shade that reads on white, with its AA text colour.
    expect(report.contrast[0]?.themeUses?.main).toBe(nearest);
    expect(nearestDark).toBe('#ffd700');
    expect(report.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        check: 'color',
        field: 'color',
        value: '#FFD700',
        fix: `set "color": "${nearest}" in brand.json, or another colour with at least 4.5:1 against white text`,
      }),
    ]);
    expect(report.problems[0]?.message).toMatch(
      new RegExp(`contrast 1\\.\\d\\d:1, below WCAG AA 4\\.5:1; the nearest shade that passes is ${nearest}`),
    );
    expect(report.problems[0]?.message).toContain(`buttons, links and text use ${nearest} instead of #FFD700`);
  });

  it('suggests a colorDark when the colour is too dark for dark mode', async () => {
    const report = await checkBrand(brandsDir, 'fresh');
    const nearest = nearestColorWithContrast('#1565C0', DARK_BACKGROUND)?.toUpperCase();
    expect(report.problems).toContainEqual(
      expect.objectContaining({
        check: 'color',
        field: 'color',
        fix: `add "colorDark": "${nearest}" to brand.json: a lighter shade for dark mode`,
      }),
    );
    expect(report.problems.find((p) => p.check === 'color')?.message).toMatch(
      new RegExp(`dark mode uses ${nearest} instead of #1565C0`),
    );
  });

  it('warns that a brand still has the placeholder logo from brand:new', async () => {
    const problems = await problemsOf('fresh');
    expect(problems).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        check: 'placeholder',
        file: expect.stringMatching(/fresh\/logo\.png$/),
        fix: expect.stringMatching(/real logo/),
      }),
    );
  });

  it('checks the favicon sizes', async () => {
    const png = await problemsOf('tiny-favicon');
    expect(png.map((p) => [p.check, p.message])).toEqual([
      ['favicon', expect.stringMatching(/16×20 px: not square/)],
      ['favicon', expect.stringMatching(/16×20 px: below 32 px/)],
    ]);
    const ico = await problemsOf('ico16');
    expect(ico).toEqual([
      expect.objectContaining({
        check: 'favicon',
        message: expect.stringMatching(/holds only 16×16/),
        fix: 'include 16, 32 and 48 px images in the .ico',
      }),
    ]);
    expect(icoSizes(await pngToIco([await logoPng(16), await logoPng(32), await logoPng(48)]))).toEqual(
      [16, 32, 48].map((s) => ({ width: s, height: s })),
    );
    expect(icoSizes(Buffer.from('not an icon'))).toBeUndefined();
  });

  it("reports the build's errors and the design warnings of a broken brand at once", async () => {
    const report = await checkBrand(brandsDir, 'broken');
    expect(report).toMatchObject({ ok: false, errors: 1, warnings: 1 });
    expect(report.problems).toEqual([
      expect.objectContaining({ severity: 'error', check: 'build', field: 'color', value: '#12345' }),
      expect.objectContaining({ severity: 'warning', check: 'logo', value: '100x100' }),
    ]);
  });

  it('finds no errors in the example brands, and the light-contrast warning of cliente2', async () => {
    const output = captureOutput();
    expect(await checkBrands(['--brands-dir', BRANDS_DIR], { output, env: {} })).toBe(0);
    const nearest = nearestColorWithContrast('#FF5733', WHITE)?.toUpperCase();
    expect(output.stdout()).toMatch(/✓ default: 0 errors, 0 warnings/);
    expect(output.stdout()).toContain(`the nearest shade that passes is ${nearest}`);
    expect(output.stdout()).toMatch(/3 brands checked: 0 errors, \d+ warnings?\./);
  });
});

describe('npm run brand:check: output and exit codes', () => {
  const run = async (args: string[], env: NodeJS.ProcessEnv = {}) => {
    const output = captureOutput();
    const code = await checkBrands([...args, '--brands-dir', brandsDir], { output, env });
    return { code, stdout: output.stdout(), stderr: output.stderr() };
  };

  it('exits 0 with warnings only', async () => {
    const { code, stdout } = await run(['small', 'gold', 'fresh']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/! small: 0 errors, 1 warning\n/);
    expect(stdout).toMatch(/fix: export it at least 256 px/);
    expect(stdout).toMatch(/3 brands checked: 0 errors, \d+ warnings\./);
  });

  it("exits 1 when a brand has an error, listing every brand's problems", async () => {
    const { code, stdout } = await run([]);
    expect(code).toBe(1);
    for (const brand of [
      'good',
      'small',
      'heavy',
      'huge',
      'gold',
      'opaque',
      'tiny-favicon',
      'ico16',
      'broken',
      'fresh',
      'default',
    ])
      expect(stdout).toMatch(new RegExp(`^[✓!✗] ${brand}: `, 'm'));
    expect(stdout).toMatch(/✗ broken: 1 error, 1 warning/);
    expect(stdout).toMatch(/error {3}.*broken\/brand\.json, field "color": .*\(got "#12345"\)/);
    expect(stdout).toMatch(/2 errors \(broken, huge would not build\)/);
  });

  it('reports an unknown brand as an error', async () => {
    const { code, stdout } = await run(['nope']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/no brand named "nope": expected one of .*good/);
  });

  it('applies REACT_APP_* overrides to the STACK_NAME brand, as the build does', async () => {
    const { code, stdout } = await run([], { STACK_NAME: 'good', REACT_APP_COLOR: 'purple' });
    expect(code).toBe(1);
    expect(stdout).toMatch(/REACT_APP_COLOR, field "color": expected a colour as #RRGGBB/);
    expect(stdout).toMatch(/^1 brand checked/m);
  });

  it('prints a machine-readable report with --json', async () => {
    const { code, stdout } = await run(['small', 'broken', '--json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as CheckReport;
    expect(report).toEqual({
      version: 1,
      ok: false,
      brandsDir,
      summary: { brands: 2, errors: 1, warnings: 2, brandsWithErrors: ['broken'] },
      brands: [
        {
          brand: 'small',
          ok: true,
          errors: 0,
          warnings: 1,
          problems: [expect.any(Object)],
          contrast: expect.any(Array),
        },
        {
          brand: 'broken',
          ok: false,
          errors: 1,
          warnings: 1,
          problems: [expect.any(Object), expect.any(Object)],
          contrast: [],
        },
      ],
    });
    for (const problem of report.brands.flatMap((brand) => brand.problems)) {
      expect(problem).toEqual(
        expect.objectContaining({
          severity: expect.stringMatching(/^(error|warning)$/),
          check: expect.any(String),
          brand: expect.any(String),
          file: expect.any(String),
          message: expect.any(String),
        }),
      );
    }
    expect(report.brands[0]?.problems[0]).toMatchObject({ check: 'logo', fix: expect.any(String) });
    expect(report.brands[0]?.contrast[0]).toEqual({
      id: 'light',
      description: expect.any(String),
      foreground: '#FFFFFF',
      background: '#1565C0',
      ratio: expect.any(Number),
      passesAA: true,
    });
  });

  it('runs as npm run brand:check does, with --json and the exit code', () => {
    const script = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        join(ROOT, 'scripts/tools/check-brand/main.ts'),
        '--json',
        '--brands-dir',
        brandsDir,
        'gold',
        'huge',
      ],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
      },
    );
    expect(script.status).toBe(1);
    const report = JSON.parse(script.stdout) as CheckReport;
    expect(report.summary).toEqual({ brands: 2, errors: 1, warnings: expect.any(Number), brandsWithErrors: ['huge'] });
  });
});
