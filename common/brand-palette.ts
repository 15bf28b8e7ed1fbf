/**
 * How the theme turns a brand's colours into its primary palette. The app's theme (src/app/theme/) paints with
 * it, and brand:check (scripts/tools/check-brand/) reports what it gives, so the report is what users see.
 */
import { AA_TEXT_CONTRAST, nearestColorWithContrast, readableColor } from './color-contrast.ts';

export type ColorMode = 'light' | 'dark';

/** MUI's dark background: the surface primary-coloured text and buttons sit on in dark mode. */
export const DARK_BACKGROUND = '#121212';
/** MUI's light background (page and paper). */
export const LIGHT_BACKGROUND = '#ffffff';

export interface PrimaryPalette {
  main: string;
  contrastText: string;
}

/**
 * The brand's colour as a surface, per mode (the theme's `palette.brand`: the login button, the login card's
 * edge; brand:check reports it as what the theme paints):
 * - Light: the brand colour, with white or black text, whichever reaches AA (4.5:1) on it.
 * - Dark: `colorDark`, lightened if needed until it reaches AA against the dark background, because in dark
 *   mode MUI also paints text, links and focus rings in the primary colour; then its AA text colour.
 */
export function primaryPalette(brand: { color: string; colorDark: string }, mode: ColorMode): PrimaryPalette {
  const base =
    mode === 'dark'
      ? (nearestColorWithContrast(brand.colorDark, DARK_BACKGROUND, AA_TEXT_CONTRAST) ?? brand.colorDark)
      : brand.color;
  const { background, text } = readableColor(base, AA_TEXT_CONTRAST);
  return { main: background, contrastText: text };
}

/**
 * The theme's `palette.primary`. MUI paints text in it (text and outlined buttons, links, tabs, focused
 * labels), so it must also read on the page's background: in light mode, a brand colour that does not reach
 * AA against white (#FF5733, a yellow) is darkened until it does, then given its AA text colour. In dark mode
 * it is primaryPalette's colour, which already reads on the dark background.
 */
export function readablePrimaryPalette(brand: { color: string; colorDark: string }, mode: ColorMode): PrimaryPalette {
  if (mode === 'dark') return primaryPalette(brand, mode);
  const base = nearestColorWithContrast(brand.color, LIGHT_BACKGROUND, AA_TEXT_CONTRAST) ?? brand.color;
  const { background, text } = readableColor(base, AA_TEXT_CONTRAST);
  return { main: background, contrastText: text };
}
