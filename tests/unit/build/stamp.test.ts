import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { loadBrand } from '../../../scripts/brand/load-brand.ts';
import { renderBrandFiles } from '../../../scripts/brand/brand-files.ts';
import { stampHtml } from '../../../scripts/brand/stamp.ts';
import { BRAND_CONFIG_ELEMENT_ID, type BrandConfig } from '../../../common/brand-contract.ts';
import { makeBrandsDir, VALID_BRAND, writeBrandJson } from './fixtures.ts';

const TEMPLATE =
  '<html><head><!--vitrine:head--><script type="module" src="/assets/index-abc.js"></script></head><body><div id="root"><!--vitrine:splash--></div></body></html>';
const HOSTILE = '</title><script>alert(1)</script>';

async function stampedBrand(settings: Record<string, unknown>, env: Record<string, string> = {}) {
  const { dir, cleanup } = makeBrandsDir(['cliente1']);
  try {
    writeBrandJson(dir, 'cliente1', settings);
    const files = await renderBrandFiles(await loadBrand(dir, 'cliente1', env));
    return { files, html: stampHtml(TEMPLATE, files.stamp) };
  } finally {
    cleanup();
  }
}

function configIn(html: string): BrandConfig {
  const match = new RegExp(`<script type="application/json" id="${BRAND_CONFIG_ELEMENT_ID}">(.*?)</script>`).exec(html);
  if (!match?.[1]) throw new Error('no config block');
  return JSON.parse(match[1]) as BrandConfig;
}

describe('stamping a brand', () => {
  it('writes the title, theme colour, icons, manifest link and config into the HTML', async () => {
    const { html, files } = await stampedBrand({ ...VALID_BRAND, colorDark: '#B39DDB' });
    expect(html).toContain('<title>Teste | Atendimento</title>');
    expect(html).toContain('<meta name="theme-color" content="#682EE3" />');
    expect(html).toContain('<link rel="icon" href="/favicon.ico"');
    expect(html).toMatch(
      /<link rel="icon" type="image\/png" sizes="32x32" href="\/brand\/favicon-32\.[0-9a-f]{10}\.png" \/>/,
    );
    expect(html).toMatch(
      /<link rel="apple-touch-icon" sizes="180x180" href="\/brand\/apple-touch-icon\.[0-9a-f]{10}\.png" \/>/,
    );
    expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest" />');
    expect(html).not.toContain('<!--vitrine:');
    const config = configIn(html);
    expect(config).toMatchObject({
      id: 'cliente1',
      name: 'Cliente Teste',
      color: '#682EE3',
      colorDark: '#B39DDB',
      apiUrl: 'https://api-teste.example.com',
    });
    expect(files.files.has(config.logoUrl.slice(1))).toBe(true);
    // The splash that shows before React mounts is this brand's logo.
    expect(html).toContain(`<img src="${config.logoUrl}" alt="Cliente Teste" />`);
  });

  it('makes every icon at its size, the maskable one on the brand colour', async () => {
    const { files } = await stampedBrand(VALID_BRAND);
    const manifest = JSON.parse(files.files.get('manifest.webmanifest')!.toString());
    expect(manifest).toMatchObject({
      name: 'Cliente Teste',
      theme_color: '#682EE3',
      start_url: '/',
      display: 'standalone',
    });
    const sizes: Record<string, number> = {};
    for (const icon of manifest.icons as Array<{ src: string; sizes: string; purpose?: string }>) {
      const bytes = files.files.get(icon.src.slice(1));
      expect(bytes, icon.src).toBeDefined();
      const meta = await sharp(bytes!).metadata();
      expect(`${meta.width}x${meta.height}`).toBe(icon.sizes);
      sizes[icon.purpose ?? 'any'] = meta.width!;
      if (icon.purpose === 'maskable') {
        const { data } = await sharp(bytes!)
          .extract({ left: 2, top: 2, width: 1, height: 1 })
          .raw()
          .toBuffer({ resolveWithObject: true });
        expect([...data.subarray(0, 3)]).toEqual([0x68, 0x2e, 0xe3]);
      }
    }
    expect(sizes).toEqual({ any: 512, maskable: 512 });
    expect(files.files.get('favicon.ico')!.subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
    const apple = [...files.files.keys()].find((path) => path.startsWith('brand/apple-touch-icon.'))!;
    expect((await sharp(files.files.get(apple)!).metadata()).width).toBe(180);
  });

  it('escapes HTML in the name and tab name everywhere it is written', async () => {
    const { html, files } = await stampedBrand({ ...VALID_BRAND, name: HOSTILE, tabName: HOSTILE });
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(html.match(/<\/script>/g)).toHaveLength(2); // the config block's own and the module script's
    expect(configIn(html).name).toBe(HOSTILE);
    expect(JSON.parse(files.files.get('manifest.webmanifest')!.toString()).name).toBe(HOSTILE);
  });

  it('applies environment overrides to what it writes', async () => {
    const { html } = await stampedBrand(VALID_BRAND, {
      REACT_APP_COLOR: '#00AA00',
      REACT_APP_TAB_NAME: 'Outra aba',
      REACT_APP_BACKEND_URL: 'http://localhost:9000/',
    });
    expect(html).toContain('<title>Outra aba</title>');
    expect(html).toContain('content="#00AA00"');
    expect(configIn(html).apiUrl).toBe('http://localhost:9000');
  });

  it('refuses a template without placeholders', () => {
    expect(() => stampHtml('<html></html>', { config: {} as BrandConfig, urls: {} as never })).toThrow(/placeholder/);
  });
});
