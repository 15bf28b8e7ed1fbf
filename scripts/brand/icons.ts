import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import pngToIco from 'png-to-ico';
import type { ImageAsset } from './image-files.ts';

/** One square PNG icon made from a source image: the logo fitted inside, with padding and a background. */
export interface IconRecipe {
  size: number;
  /** Fraction of the side left empty around the logo on each side. */
  padding: number;
  /** `#RRGGBB`, or undefined for transparent. */
  background?: string;
}

/** Bump when the rendering changes, so cached icons made the old way are not reused. */
const RECIPE_VERSION = 2;

export const ICON_RECIPES = {
  favicon32: { size: 32, padding: 0 },
  icon192: { size: 192, padding: 0.05 },
  icon512: { size: 512, padding: 0.05 },
  appleTouch: (background: string): IconRecipe => ({ size: 180, padding: 0.1, background }),
  // Maskable icons are cropped to a circle by some launchers: keep the logo inside the 80 % safe zone.
  maskable512: (background: string): IconRecipe => ({ size: 512, padding: 0.2, background }),
} as const;

const ICO_SIZES = [16, 32, 48];

/** Renders one icon. Pure apart from sharp: same input, same bytes. */
export async function renderIcon(source: ImageAsset, recipe: IconRecipe): Promise<Buffer> {
  const inner = Math.max(1, Math.round(recipe.size * (1 - 2 * recipe.padding)));
  // SVGs are rasterised at a density that gives at least `inner` pixels, so large icons stay sharp.
  const density =
    source.format === 'svg'
      ? Math.min(2400, Math.max(72, Math.ceil((72 * inner) / Math.max(1, Math.min(source.width, source.height)))))
      : undefined;
  const fitted = await sharp(source.bytes, density ? { density } : {})
    .resize(inner, inner, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png()
    .toBuffer();
  const background = recipe.background ? hexToRgba(recipe.background) : { r: 0, g: 0, b: 0, alpha: 0 };
  return sharp({ create: { width: recipe.size, height: recipe.size, channels: 4, background } })
    .composite([{ input: fitted, gravity: 'center' }])
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/** A multi-size favicon.ico (16, 32, 48 px) from a source image. */
export async function renderFaviconIco(source: ImageAsset): Promise<Buffer> {
  const pngs = await Promise.all(ICO_SIZES.map((size) => renderIcon(source, { size, padding: 0 })));
  return pngToIco(pngs);
}

/**
 * Caches rendered icons on disk by the source's content hash and the recipe, so rebuilding a brand
 * whose logo did not change costs a file read instead of an image resize.
 */
export class IconCache {
  constructor(private readonly dir: string | undefined) {}

  async get(key: string, render: () => Promise<Buffer>): Promise<Buffer> {
    if (!this.dir) return render();
    const path = join(this.dir, `${key}.bin`);
    try {
      return await readFile(path);
    } catch {
      const bytes = await render();
      await mkdir(this.dir, { recursive: true });
      // Write-then-rename: two builds racing never leave a half-written icon behind.
      const partial = `${path}.${process.pid}.tmp`;
      await writeFile(partial, bytes);
      await rename(partial, path);
      return bytes;
    }
  }

  static keyFor(source: ImageAsset, recipe: IconRecipe | 'ico'): string {
    return createHash('sha256')
      .update(JSON.stringify({ RECIPE_VERSION, recipe }))
      .update(source.bytes)
      .digest('hex')
      .slice(0, 32);
  }
}

function hexToRgba(hex: string): { r: number; g: number; b: number; alpha: number } {
  const value = Number.parseInt(hex.slice(1), 16);
  return { r: (value >> 16) & 255, g: (value >> 8) & 255, b: value & 255, alpha: 1 };
}
