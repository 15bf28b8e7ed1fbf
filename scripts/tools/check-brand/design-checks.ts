import sharp from 'sharp';
import { AA_TEXT_CONTRAST, BLACK, toHexColor, WHITE } from '../../../common/color-contrast.ts';
import type { BrandProblem } from '../../brand/problems.ts';
import type { ImageAsset } from '../../brand/image-files.ts';
import { isPlaceholderLogo } from '../new-brand/placeholder-logo.ts';
import type { ContrastMeasurement } from './measure-contrast.ts';
import { icoSizes } from './ico.ts';

/** Which check found a problem: 'build' ones are the build's own validations (errors stop the build). */
export type CheckKind = 'build' | 'logo' | 'favicon' | 'color' | 'placeholder';

/** A problem with the check that found it and, for design checks, how to fix it. */
export interface CheckProblem extends BrandProblem {
  check: CheckKind;
  fix?: string;
}

export const MIN_LOGO_SHORT_SIDE = 256;
export const LOGO_WARN_BYTES = 500 * 1024;
export const MIN_FAVICON_SIDE = 32;

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

/** Size, weight and background of a logo (or dark logo) the build already accepted. */
export async function checkLogo(asset: ImageAsset, brand: string, role: 'logo' | 'logo-dark'): Promise<CheckProblem[]> {
  const problems: CheckProblem[] = [];
  const warn = (message: string, fix: string, value?: string) =>
    problems.push({
      severity: 'warning',
      check: 'logo',
      brand,
      file: asset.displayPath,
      message,
      fix,
      ...(value !== undefined && { value }),
    });

  // An SVG scales to any size: only a bitmap can be too small.
  const shortSide = Math.min(asset.width, asset.height);
  if (asset.format === 'png' && shortSide < MIN_LOGO_SHORT_SIDE) {
    warn(
      `the ${role} is ${asset.width}×${asset.height} px: below ${MIN_LOGO_SHORT_SIDE} px on its short side it looks blurry on high-density screens and in the 512 px app icons`,
      `export it at least ${MIN_LOGO_SHORT_SIDE} px on the short side (512 px or more is best), or as SVG`,
      `${asset.width}x${asset.height}`,
    );
  }
  if (asset.bytes.length > LOGO_WARN_BYTES) {
    warn(
      `the ${role} file is ${kb(asset.bytes.length)}: above ${kb(LOGO_WARN_BYTES)} it slows down the login page (the limit is 5 MB)`,
      asset.format === 'svg'
        ? 'simplify or minify the SVG (e.g. with svgo), and remove embedded bitmaps'
        : 'compress it (e.g. oxipng, or fewer colours), scale it down to about 512–1024 px, or use SVG',
      String(asset.bytes.length),
    );
  }
  const corner = await opaqueCornerColor(asset);
  if (corner) {
    warn(
      `the ${role} has an opaque background (${corner} in every corner): a transparent background is advised, so it sits cleanly on the light and dark screens and in the icons`,
      'export it with a transparent background (PNG with alpha, or SVG without a background rectangle)',
    );
  }
  return problems;
}

/** The corners' colour when all four are fully opaque, else undefined (a transparent background). */
async function opaqueCornerColor(asset: ImageAsset): Promise<string | undefined> {
  try {
    const { data, info } = await sharp(asset.bytes).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const { width, height, channels } = info;
    const at = (x: number, y: number) => (y * width + x) * channels;
    const corners = [at(0, 0), at(width - 1, 0), at(0, height - 1), at(width - 1, height - 1)];
    if (!corners.every((offset) => data[offset + 3] === 255)) return undefined;
    const first = corners[0] ?? 0;
    return toHexColor({ r: data[first] ?? 0, g: data[first + 1] ?? 0, b: data[first + 2] ?? 0 });
  } catch {
    // The build already decoded it; if sharp fails here, the build's error says so.
    return undefined;
  }
}

/** The sizes a favicon offers: browsers want 32×32 (and 16, 48) crisp images. */
export function checkFavicon(asset: ImageAsset, brand: string): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const warn = (message: string, fix: string, value?: string) =>
    problems.push({
      severity: 'warning',
      check: 'favicon',
      brand,
      file: asset.displayPath,
      message,
      fix,
      ...(value !== undefined && { value }),
    });

  if (asset.format === 'ico') {
    const sizes = icoSizes(asset.bytes);
    if (!sizes) {
      warn(
        'favicon.ico has no readable icon directory: browsers may show no icon',
        'export it again as a multi-size .ico (16, 32 and 48 px), or use favicon.png',
      );
      return problems;
    }
    const listed = sizes.map((size) => `${size.width}×${size.height}`).join(', ');
    if (!sizes.some((size) => Math.min(size.width, size.height) >= MIN_FAVICON_SIDE)) {
      warn(
        `favicon.ico holds only ${listed}: blurry in tabs on high-density screens`,
        'include 16, 32 and 48 px images in the .ico',
        listed,
      );
    }
    if (sizes.some((size) => size.width !== size.height))
      warn(`favicon.ico holds non-square images (${listed}): browsers squash them`, 'use square images', listed);
    return problems;
  }
  const shortSide = Math.min(asset.width, asset.height);
  if (asset.width !== asset.height) {
    warn(
      `the favicon is ${asset.width}×${asset.height} px: not square, browsers squash it`,
      'export a square image, 48×48 px or larger',
      `${asset.width}x${asset.height}`,
    );
  }
  if (shortSide < MIN_FAVICON_SIDE) {
    warn(
      `the favicon is ${asset.width}×${asset.height} px: below ${MIN_FAVICON_SIDE} px it is blurry in tabs on high-density screens`,
      'export it at 48×48 px or larger (the build makes the small sizes)',
      `${asset.width}x${asset.height}`,
    );
  }
  if (asset.bytes.length > LOGO_WARN_BYTES) {
    warn(
      `the favicon file is ${kb(asset.bytes.length)}: far more than a tab icon needs`,
      'export it at 48–256 px and compress it',
      String(asset.bytes.length),
    );
  }
  return problems;
}

/** The logo `brand:new` generated is fine for a first build, but must not ship. */
export function checkPlaceholder(logo: ImageAsset, brand: string): CheckProblem[] {
  if (logo.format !== 'png' || !isPlaceholderLogo(logo.bytes)) return [];
  return [
    {
      severity: 'warning',
      check: 'placeholder',
      brand,
      file: logo.displayPath,
      message: 'still the placeholder logo made by brand:new (the initials on the brand colour)',
      fix: `replace ${logo.displayPath} with the client's real logo (a PNG of 512 px or more with a transparent background, or an SVG named logo.svg)`,
    },
  ];
}

/** A warning per contrast pair below AA, naming the nearest passing shade and what the theme shows meanwhile. */
export function contrastProblems(
  measurements: ContrastMeasurement[],
  brand: string,
  file: string,
  colorDarkGiven: boolean,
): CheckProblem[] {
  return measurements
    .filter((measurement) => !measurement.passesAA)
    .map((measurement) => {
      const light = measurement.id === 'light';
      const field = light || !colorDarkGiven ? 'color' : 'colorDark';
      const brandColor = light ? measurement.background : measurement.foreground;
      const nearest = measurement.nearestPassing?.toUpperCase();
      const shade = nearest ? `the nearest shade that passes is ${nearest}` : 'no shade of this colour passes';
      const uses = measurement.themeUses;
      const swapped =
        uses && uses.main.toLowerCase() !== brandColor.toLowerCase() ? ` instead of ${brandColor.toUpperCase()}` : '';
      const theme = !uses
        ? ''
        : light
          ? ` The app's theme adjusts on its own: buttons, links and text use ${uses.main.toUpperCase()}${swapped} (${inkName(uses.contrastText)} text on buttons), so nothing is unreadable, but the brand colour itself only shows on the login button.`
          : ` The app's theme adjusts on its own: dark mode uses ${uses.main.toUpperCase()}${swapped} (${inkName(uses.contrastText)} text on buttons), so nothing is unreadable, but it is not quite the brand colour.`;
      const against = light ? 'white text' : `the dark background ${measurement.background}`;
      const fix =
        !light && !colorDarkGiven
          ? `add "colorDark": "${nearest ?? '#RRGGBB'}" to brand.json: a lighter shade for dark mode`
          : `set "${field}": "${nearest ?? '#RRGGBB'}" in brand.json, or another colour with at least ${AA_TEXT_CONTRAST}:1 against ${against}`;
      return {
        severity: 'warning' as const,
        check: 'color' as const,
        brand,
        file,
        field,
        value: brandColor,
        message: `${measurement.description}: contrast ${measurement.ratio.toFixed(2)}:1, below WCAG AA ${AA_TEXT_CONTRAST}:1; ${shade}.${theme}`,
        fix,
      };
    });
}

function inkName(color: string): string {
  return color.toLowerCase() === WHITE ? 'white' : color.toLowerCase() === BLACK ? 'black' : color;
}
