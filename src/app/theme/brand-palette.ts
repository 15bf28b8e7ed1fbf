import { AA_TEXT_CONTRAST, nearestColorWithContrast, readableColor } from '../../lib/color-contrast.ts';

export type ColorMode = 'light' | 'dark';

/** MUI's dark background: the surface primary-coloured text and buttons sit on in dark mode. */
export const DARK_BACKGROUND = '#121212';

export interface PrimaryPalette {
  main: string;
  contrastText: string;
}

/**
 * The theme's primary colour for a mode, from the brand's colours.
 * - Light: the brand colour, with white or black text, whichever reaches AA (4.5:1) on it.
 * - Dark: `colorDark`, lightened if needed until it reaches AA against the dark background, because in dark
 *   mode MUI also paints text, links and focus rings in the primary colour; then its AA text colour.
 */
export function primaryPalette(brand: { color: string; colorDark: string }, mode: ColorMode): PrimaryPalette {
  const base = mode === 'dark' ? (nearestColorWithContrast(brand.colorDark, DARK_BACKGROUND, AA_TEXT_CONTRAST) ?? brand.colorDark) : brand.color;
  const { background, text } = readableColor(base, AA_TEXT_CONTRAST);
  return { main: background, contrastText: text };
}
