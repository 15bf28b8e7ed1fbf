import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRANDS_DIR, ROOT } from '../../scripts/paths.ts';
import { renderGallery } from '../../scripts/tools/preview/gallery.ts';
import { SHOTS } from '../../scripts/tools/preview/shots.ts';
import { tempDir } from './helpers.ts';

const EXAMPLES = ['cliente1', 'cliente2', 'default'];
const work = tempDir('preview');
const brandsDir = join(work.dir, 'brands');
const outDir = join(work.dir, 'out', 'preview');
let run: { status: number | null; stdout: string; stderr: string };
let html = '';

/** The one preview run all assertions share (it builds the app and drives Chromium: the slow part). */
beforeAll(async () => {
  mkdirSync(brandsDir, { recursive: true });
  for (const brand of EXAMPLES) cpSync(join(BRANDS_DIR, brand), join(brandsDir, brand), { recursive: true });
  // A brand the build refuses: it must get a row with its error, not a gap.
  cpSync(join(BRANDS_DIR, 'cliente1'), join(brandsDir, 'quebrado'), { recursive: true });
  writeFileSync(
    join(brandsDir, 'quebrado', 'brand.json'),
    JSON.stringify({ name: 'Quebrado', tabName: 'Quebrado', color: '#12345', apiUrl: 'https://api-q.example.com' }),
  );

  run = await new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(ROOT, 'scripts/tools/preview/main.ts'),
        '--brands-dir',
        brandsDir,
        '--out-dir',
        outDir,
        '--icon-cache-dir',
        join(work.dir, 'icons'),
      ],
      {
        cwd: ROOT,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? '',
          ...(process.env.CHROME_PATH && { CHROME_PATH: process.env.CHROME_PATH }),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
  html = existsSync(join(outDir, 'index.html')) ? readFileSync(join(outDir, 'index.html'), 'utf8') : '';
}, 300_000);
afterAll(() => work.cleanup());

const rowOf = (brand: string) => new RegExp(`<tr data-brand="${brand}"[^>]*>.*?</tr>`, 's').exec(html)?.[0] ?? '';
const shotPath = (brand: string, shot: string) => join(outDir, brand, `${shot}.png`);
const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('npm run brand:preview over the example brands and a broken one', () => {
  it('shows progress brand by brand and exits 1 because one brand failed', () => {
    expect(html, `${run.stdout}\n${run.stderr}`).not.toBe('');
    for (const [i, brand] of [...EXAMPLES, 'quebrado'].entries())
      expect(run.stdout).toContain(`[${i + 1}/4] ${brand}: `);
    expect(run.stdout).toMatch(/3 of 4 brand\(s\) rendered; failed: quebrado/);
    expect(run.stdout).toContain(`Gallery: ${join(outDir, 'index.html')}`);
    expect(run.status).toBe(1);
  });

  it('lists every brand in the gallery, the broken one as a row with its error', () => {
    expect(html.match(/<tr data-brand="/g)).toHaveLength(4);
    const broken = rowOf('quebrado');
    expect(broken).toContain('class="failed"');
    expect(broken).toMatch(/field &#34;color&#34;.*#12345/s);
    expect(broken).not.toContain('<img');
  });

  it('renders the login page and main screen, light and dark, of every good brand', async () => {
    for (const brand of EXAMPLES) {
      const row = rowOf(brand);
      expect(row).not.toContain('class="failed"');
      for (const shot of SHOTS) {
        expect(row).toContain(`src="${brand}/${shot.id}.png"`);
        const meta = await sharp(shotPath(brand, shot.id)).metadata();
        expect([meta.format, meta.width, meta.height]).toEqual(['png', 1280, 800]);
      }
    }
  });

  it('gives each brand its own pictures, and dark differs from light', () => {
    for (const shot of SHOTS) {
      const digests = EXAMPLES.map((brand) => digest(shotPath(brand, shot.id)));
      expect(new Set(digests).size, shot.id).toBe(EXAMPLES.length);
    }
    for (const brand of EXAMPLES) {
      expect(digest(shotPath(brand, 'login-light'))).not.toBe(digest(shotPath(brand, 'login-dark')));
      expect(digest(shotPath(brand, 'main-light'))).not.toBe(digest(shotPath(brand, 'main-dark')));
      expect(digest(shotPath(brand, 'login-light'))).not.toBe(digest(shotPath(brand, 'main-light')));
    }
  });

  it('shows the brand colour in its pictures (the primary button on the login page)', async () => {
    // The login button is the page's largest patch of the primary colour: cliente1's purple must be there.
    const { data, info } = await sharp(shotPath('cliente1', 'login-light'))
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    let purple = 0;
    for (let i = 0; i < data.length; i += info.channels)
      if (data[i] === 0x68 && data[i + 1] === 0x2e && data[i + 2] === 0xe3) purple++;
    expect(purple).toBeGreaterThan(1000);
  });
});

describe('preview gallery page', () => {
  it("escapes what brands say and shows a failed brand's errors in its row", () => {
    const page = renderGallery(
      [
        {
          brand: 'a',
          name: '<b>A & Co</b>',
          color: '#112233',
          colorDark: '#112233',
          shots: { 'login-light': 'a/login-light.png' },
          errors: [],
        },
        { brand: 'b', shots: {}, errors: ['[b] brand.json: "<oops>"'] },
      ],
      { generatedAt: new Date('2026-01-01T00:00:00Z') },
    );
    expect(page).toContain('&#60;b&#62;A &#38; Co&#60;/b&#62;');
    expect(page).toContain('<td class="missing">not taken</td>');
    expect(page).toMatch(/<tr data-brand="b" class="failed">.*&#34;&#60;oops&#62;&#34;/);
    expect(page).toContain('2 brand(s), 1 with errors');
    expect(page).not.toContain('colorDark');
  });
});
