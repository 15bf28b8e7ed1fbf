/**
 * WCAG 2.x contrast maths on `#RRGGBB` colours. The app's theme uses them at run time and the build-time brand
 * tools (brand:check, brand:new) import them, so both judge a brand the same way.
 */
import { HEX_COLOR_PATTERN } from './brand-formats.ts';

/** WCAG AA for normal text. */
export const AA_TEXT_CONTRAST = 4.5;

export const WHITE = '#ffffff';
export const BLACK = '#000000';

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

export function parseHexColor(hex: string): Rgb {
  if (!HEX_COLOR_PATTERN.test(hex)) throw new Error(`Expected a colour as #RRGGBB, got "${hex}"`);
  const value = Number.parseInt(hex.slice(1), 16);
  return { r: (value >> 16) & 0xff, g: (value >> 8) & 0xff, b: value & 0xff };
}

export function toHexColor({ r, g, b }: Rgb): string {
  const channel = (value: number) =>
    Math.round(Math.min(255, Math.max(0, value)))
      .toString(16)
      .padStart(2, '0');
  return `#${channel(r)}${channel(g)}${channel(b)}`;
}

/** Relative luminance as WCAG defines it: 0 for black, 1 for white. */
export function relativeLuminance(hex: string): number {
  const { r, g, b } = parseHexColor(hex);
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** Contrast ratio between two colours, from 1 (same luminance) to 21 (black on white); order does not matter. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The candidate text colour that reads best on `background` (white or black unless told otherwise). */
export function pickContrastText(background: string, candidates: readonly string[] = [WHITE, BLACK]): string {
  let best = candidates[0];
  if (best === undefined) throw new Error('pickContrastText needs at least one candidate');
  for (const candidate of candidates) {
    if (contrastRatio(background, candidate) > contrastRatio(background, best)) best = candidate;
  }
  return best;
}

/**
 * The shade (darker) or tint (lighter) of `color` closest to it whose contrast against `against` is at least
 * `target`: `color` itself when it already passes. Only the HSL lightness moves, so hue and saturation (what
 * makes a brand colour recognisable) stay. Returns undefined when no lightness reaches the target.
 */
export function nearestColorWithContrast(
  color: string,
  against: string,
  target = AA_TEXT_CONTRAST,
): string | undefined {
  const start = toHexColor(parseHexColor(color));
  if (contrastRatio(start, against) >= target) return start;

  const { h, s, l } = rgbToHsl(parseHexColor(start));
  const colorAt = (lightness: number) => toHexColor(hslToRgb({ h, s, l: lightness }));
  const darker = searchLightness(l, 0, colorAt, against, target);
  const lighter = searchLightness(l, 1, colorAt, against, target);
  if (!darker) return lighter?.color;
  if (!lighter) return darker.color;
  return lighter.distance < darker.distance ? lighter.color : darker.color;
}

/**
 * Walks the lightness from `from` towards `to` and returns the first colour that passes. Contrast against a
 * fixed colour is not monotonic in lightness (it dips where the luminances meet), so this steps rather than
 * bisects, then refines between the last failing and the first passing step.
 */
function searchLightness(
  from: number,
  to: number,
  colorAt: (lightness: number) => string,
  against: string,
  target: number,
): { color: string; distance: number } | undefined {
  const steps = 200;
  const passes = (lightness: number) => contrastRatio(colorAt(lightness), against) >= target;
  let previous = from;
  for (let i = 1; i <= steps; i++) {
    const lightness = from + ((to - from) * i) / steps;
    if (passes(lightness)) {
      let fail = previous;
      let pass = lightness;
      for (let j = 0; j < 20; j++) {
        const middle = (fail + pass) / 2;
        if (passes(middle)) pass = middle;
        else fail = middle;
      }
      return { color: colorAt(pass), distance: Math.abs(pass - from) };
    }
    previous = lightness;
  }
  return undefined;
}

export interface Hsl {
  /** Hue in degrees, 0–360. */
  h: number;
  /** Saturation, 0–1. */
  s: number;
  /** Lightness, 0–1. */
  l: number;
}

export function rgbToHsl({ r, g, b }: Rgb): Hsl {
  const rn = r / 255;
  const gn = g / 255;
  const bn = b / 255;
  const max = Math.max(rn, gn, bn);
  const min = Math.min(rn, gn, bn);
  const l = (max + min) / 2;
  const delta = max - min;
  if (delta === 0) return { h: 0, s: 0, l };
  const s = delta / (1 - Math.abs(2 * l - 1));
  let h: number;
  if (max === rn) h = ((gn - bn) / delta) % 6;
  else if (max === gn) h = (bn - rn) / delta + 2;
  else h = (rn - gn) / delta + 4;
  return { h: (h * 60 + 360) % 360, s, l };
}

export function hslToRgb({ h, s, l }: Hsl): Rgb {
  const chroma = (1 - Math.abs(2 * l - 1)) * s;
  const x = chroma * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = l - chroma / 2;
  const [r, g, b] =
    h < 60
      ? [chroma, x, 0]
      : h < 120
        ? [x, chroma, 0]
        : h < 180
          ? [0, chroma, x]
          : h < 240
            ? [0, x, chroma]
            : h < 300
              ? [x, 0, chroma]
              : [chroma, 0, x];
  return { r: (r + m) * 255, g: (g + m) * 255, b: (b + m) * 255 };
}

export interface ReadableColor {
  /** The colour to paint: the input itself, or its nearest shade that passes. */
  background: string;
  /** White or black, whichever reads on `background`. */
  text: string;
  /** True when `background` differs from the input colour. */
  adjusted: boolean;
}

/**
 * A brand colour made safe to carry text: keeps the colour when white or black text on it reaches `target`
 * (choosing the better of the two), otherwise moves to the nearest shade where one of them does.
 * At the AA target (4.5) one of the two always passes (the worst case, a mid grey, gives ~4.58 with both), so
 * only stricter targets move the colour.
 */
export function readableColor(color: string, target = AA_TEXT_CONTRAST): ReadableColor {
  const normalized = toHexColor(parseHexColor(color));
  const text = pickContrastText(normalized);
  if (contrastRatio(normalized, text) >= target) return { background: normalized, text, adjusted: false };

  // Lightness 0 or 1 gives black or white, so each candidate has a passing shade for any target up to 21.
  const options = [WHITE, BLACK]
    .map((candidate) => ({ text: candidate, background: nearestColorWithContrast(normalized, candidate, target) }))
    .filter((option): option is { text: string; background: string } => option.background !== undefined);
  if (options.length === 0)
    throw new Error(`No shade of ${color} reaches a contrast of ${target} with white or black text`);
  const distance = (hex: string) => Math.abs(rgbToHsl(parseHexColor(hex)).l - rgbToHsl(parseHexColor(normalized)).l);
  options.sort((a, b) => distance(a.background) - distance(b.background));
  const best = options[0]!;
  return { background: best.background, text: best.text, adjusted: true };
}
