import { describe, expect, it } from 'vitest';
import { renderBrandFiles } from '../../../scripts/brand/brand-files.ts';
import { escapeJsonMarkup, jsonForScriptElement } from '../../../scripts/brand/html.ts';
import { loadBrand } from '../../../scripts/brand/load-brand.ts';
import { makeBrandsDir, VALID_BRAND, writeBrandJson } from '../build/fixtures.ts';

/** The web manifest holds the brand's own strings: written as the page's config block is, with no markup. */
const HOSTILE = '</script><b>R&D</b> <!-- x -->';

async function manifestOf(settings: Record<string, unknown>): Promise<string> {
  const { dir, cleanup } = makeBrandsDir(['cliente1']);
  try {
    writeBrandJson(dir, 'cliente1', settings);
    const { files } = await renderBrandFiles(await loadBrand(dir, 'cliente1'));
    return files.get('manifest.webmanifest')!.toString();
  } finally {
    cleanup();
  }
}

describe('manifest.webmanifest', () => {
  it('writes <, > and & in its strings as \\u003c, \\u003e and \\u0026', async () => {
    const text = await manifestOf({ ...VALID_BRAND, name: HOSTILE, tabName: `${HOSTILE} tab` });
    expect(text).not.toMatch(/[<>&]/);
    expect(text).toContain('\\u003c/script\\u003e\\u003cb\\u003eR\\u0026D');
    const manifest = JSON.parse(text) as { name: string; short_name: string };
    // The same strings for whoever reads it as JSON (a browser installing the app).
    expect(manifest.name).toBe(HOSTILE);
    expect(manifest.short_name).toBe(HOSTILE);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('is the same text as before for a brand without those characters', async () => {
    const text = await manifestOf(VALID_BRAND);
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  });

  it('escapes as the config block does: one function, the same escapes', () => {
    const value = { s: `${HOSTILE}\u2028\u2029` };
    expect(jsonForScriptElement(value)).toBe(escapeJsonMarkup(JSON.stringify(value)));
    expect(JSON.parse(escapeJsonMarkup(JSON.stringify(value, null, 2)))).toEqual(value);
    expect(escapeJsonMarkup(JSON.stringify(value))).not.toMatch(/[<>&\u2028\u2029]/);
  });
});
