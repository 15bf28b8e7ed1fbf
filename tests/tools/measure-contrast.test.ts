import { describe, expect, it } from 'vitest';
import { readablePrimaryPalette } from '../../common/brand-palette.ts';
import { measureContrast } from '../../scripts/tools/check-brand/measure-contrast.ts';

const upper = (palette: { main: string; contrastText: string }) => ({
  main: palette.main.toUpperCase(),
  contrastText: palette.contrastText.toUpperCase(),
});

/** brand:check must report what the app's theme really paints, so it reads the theme's own palette rules. */
describe('measureContrast', () => {
  it.each([
    // A light colour: the theme darkens it in light mode and keeps it in dark mode.
    ['#FFD700', '#FFD700', { light: true, dark: false }],
    ['#FF5733', '#FF5733', { light: true, dark: false }],
    // A dark colour: kept in light mode, lightened for the dark background.
    ['#1565C0', '#1565C0', { light: false, dark: true }],
    ['#682EE3', '#4A148C', { light: false, dark: true }],
  ])('reports the theme primary of %s / %s as the theme computes it', (color, colorDark, adjusted) => {
    const [light, dark] = measureContrast({ color, colorDark });
    const theme = {
      light: upper(readablePrimaryPalette({ color, colorDark }, 'light')),
      dark: upper(readablePrimaryPalette({ color, colorDark }, 'dark')),
    };
    if (adjusted.light) expect(light?.themeUses).toEqual(theme.light);
    else expect([light?.themeUses, theme.light]).toEqual([undefined, { main: color, contrastText: '#FFFFFF' }]);
    if (adjusted.dark) expect(dark?.themeUses).toEqual(theme.dark);
    else expect([dark?.themeUses, theme.dark.main]).toEqual([undefined, colorDark]);
  });
});
