import { AA_TEXT_CONTRAST, contrastRatio, nearestColorWithContrast, WHITE } from '../../../common/color-contrast.ts';
import { DARK_BACKGROUND, LIGHT_BACKGROUND, readablePrimaryPalette } from '../../../common/brand-palette.ts';

/** One contrast pair of a brand, measured as WCAG 2.x does. */
export interface ContrastMeasurement {
  id: 'light' | 'dark';
  /** What the pair is, for people. */
  description: string;
  foreground: string;
  background: string;
  /** Rounded to two decimals. */
  ratio: number;
  passesAA: boolean;
  /** When it fails: the nearest shade of the brand colour that reaches AA in this pair. */
  nearestPassing?: string;
  /** What the app's theme paints instead (from the theme's own code), when it had to adjust. */
  themeUses?: { main: string; contrastText: string };
}

const round = (ratio: number) => Math.round(ratio * 100) / 100;
// Designers write #RRGGBB in upper case (as brand.json does): report colours the same way.
const hex = (color: string) => color.toUpperCase();
const upper = (palette: { main: string; contrastText: string }) => ({
  main: hex(palette.main),
  contrastText: hex(palette.contrastText),
});

/**
 * The two pairs that decide whether a brand colour is readable:
 * - light mode: white text on the primary colour; the same ratio applies to the colour as text or links on the
 *   white background (contrast is symmetric), so one measurement covers both;
 * - dark mode: the dark-mode colour (colorDark, or color) as text on MUI's dark background.
 * `themeUses` says what the theme (common/brand-palette.ts) shows instead, when it differs.
 */
export function measureContrast(colors: { color: string; colorDark: string }): ContrastMeasurement[] {
  // The theme's primary palette: the colour MUI paints buttons, links and focused labels with.
  const light = readablePrimaryPalette(colors, 'light');
  const dark = readablePrimaryPalette(colors, 'dark');
  const lightRatio = contrastRatio(WHITE, colors.color);
  const darkRatio = contrastRatio(colors.colorDark, DARK_BACKGROUND);
  const lightAdjusted =
    light.main.toLowerCase() !== colors.color.toLowerCase() || light.contrastText.toLowerCase() !== WHITE;
  const darkAdjusted = dark.main.toLowerCase() !== colors.colorDark.toLowerCase();
  return [
    {
      id: 'light',
      description: `white text on the primary colour (and the colour on the light background ${hex(LIGHT_BACKGROUND)})`,
      foreground: hex(WHITE),
      background: hex(colors.color),
      ratio: round(lightRatio),
      passesAA: lightRatio >= AA_TEXT_CONTRAST,
      ...(lightRatio < AA_TEXT_CONTRAST && {
        nearestPassing: nearestColorWithContrast(colors.color, WHITE)?.toUpperCase(),
      }),
      ...(lightAdjusted && { themeUses: upper(light) }),
    },
    {
      id: 'dark',
      description: `the dark-mode colour on the dark background ${hex(DARK_BACKGROUND)}`,
      foreground: hex(colors.colorDark),
      background: hex(DARK_BACKGROUND),
      ratio: round(darkRatio),
      passesAA: darkRatio >= AA_TEXT_CONTRAST,
      ...(darkRatio < AA_TEXT_CONTRAST && {
        nearestPassing: nearestColorWithContrast(colors.colorDark, DARK_BACKGROUND)?.toUpperCase(),
      }),
      ...(darkAdjusted && { themeUses: upper(dark) }),
    },
  ];
}
