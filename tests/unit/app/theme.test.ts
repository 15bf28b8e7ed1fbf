import { describe, expect, it } from 'vitest';
import {
  DARK_BACKGROUND,
  LIGHT_BACKGROUND,
  primaryPalette,
  readablePrimaryPalette,
} from '../../../common/brand-palette.ts';
import { createAppTheme } from '../../../src/app/theme/create-app-theme.ts';
import { contrastRatio } from '../../../common/color-contrast.ts';
import type { BrandConfig } from '../../../common/brand-contract.ts';

const brand = (color: string, colorDark = color): BrandConfig => ({
  id: 'test',
  name: 'Test',
  tabName: 'Test',
  color,
  colorDark,
  apiUrl: 'http://localhost:8080',
  logoUrl: '/brand/logo.png',
  logoDarkUrl: '/brand/logo.png',
});

const SAMPLE_COLORS = [
  '#682EE3',
  '#FFD600',
  '#1976d2',
  '#00897b',
  '#c62828',
  '#000000',
  '#ffffff',
  '#808080',
  '#4a148c',
  '#ff9800',
];

describe('primaryPalette', () => {
  it('uses the brand colour in light mode, with the readable text colour', () => {
    expect(primaryPalette(brand('#682EE3'), 'light')).toEqual({ main: '#682ee3', contrastText: '#ffffff' });
    expect(primaryPalette(brand('#FFD600'), 'light')).toEqual({ main: '#ffd600', contrastText: '#000000' });
  });

  it("paints the login button in the brand's own colour, with text that reaches AA on it", () => {
    for (const color of SAMPLE_COLORS) {
      const { main, contrastText } = primaryPalette(brand(color), 'light');
      expect(main, color).toBe(color.toLowerCase());
      expect(contrastRatio(main, contrastText), color).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('uses colorDark in dark mode, lightened until it reads on the dark background', () => {
    const dark = primaryPalette(brand('#682EE3', '#4a148c'), 'dark');
    expect(contrastRatio(dark.main, DARK_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
    expect(dark.main).not.toBe('#4a148c');
    expect(primaryPalette(brand('#682EE3', '#b39ddb'), 'dark').main).toBe('#b39ddb');
  });

  it('always gives AA text on the primary colour, and AA primary on the dark background', () => {
    for (const color of SAMPLE_COLORS) {
      for (const mode of ['light', 'dark'] as const) {
        const { main, contrastText } = primaryPalette(brand(color), mode);
        expect(contrastRatio(main, contrastText), `${color} ${mode}`).toBeGreaterThanOrEqual(4.5);
        if (mode === 'dark') expect(contrastRatio(main, DARK_BACKGROUND), color).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});

describe('readablePrimaryPalette', () => {
  it('keeps a brand colour that reads on white, with its readable text colour', () => {
    expect(readablePrimaryPalette(brand('#682EE3'), 'light')).toEqual({ main: '#682ee3', contrastText: '#ffffff' });
  });

  it('darkens a light brand colour in light mode until it reads as text on white', () => {
    for (const color of ['#FFD600', '#FF5733']) {
      const { main } = readablePrimaryPalette(brand(color), 'light');
      expect(main).not.toBe(color.toLowerCase());
      expect(contrastRatio(main, LIGHT_BACKGROUND), color).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('always gives AA text on it, and AA against the background of its mode', () => {
    for (const color of SAMPLE_COLORS) {
      for (const mode of ['light', 'dark'] as const) {
        const { main, contrastText } = readablePrimaryPalette(brand(color), mode);
        expect(contrastRatio(main, contrastText), `${color} ${mode}`).toBeGreaterThanOrEqual(4.5);
        expect(
          contrastRatio(main, mode === 'dark' ? DARK_BACKGROUND : LIGHT_BACKGROUND),
          `${color} ${mode}`,
        ).toBeGreaterThanOrEqual(4.5);
      }
    }
    expect(readablePrimaryPalette(brand('#682EE3', '#4a148c'), 'dark')).toEqual(
      primaryPalette(brand('#682EE3', '#4a148c'), 'dark'),
    );
  });
});

describe('createAppTheme', () => {
  it('builds an MUI theme per mode with the brand primary', () => {
    const light = createAppTheme(brand('#682EE3'), 'light');
    expect(light.palette.mode).toBe('light');
    expect(light.palette.primary.main).toBe('#682ee3');
    expect(light.palette.primary.contrastText).toBe('#ffffff');
    // A light brand colour: the brand surface keeps it, the primary (text) colour is darkened.
    const yellow = createAppTheme(brand('#FFD600'), 'light').palette;
    expect(yellow.brand).toMatchObject({ main: '#ffd600', contrastText: '#000000' });
    expect(contrastRatio(yellow.primary.main, LIGHT_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
    const dark = createAppTheme(brand('#682EE3'), 'dark');
    expect(dark.palette.mode).toBe('dark');
    expect(dark.palette.background.default).toBe(DARK_BACKGROUND);
    expect(contrastRatio(dark.palette.primary.main, dark.palette.primary.contrastText)).toBeGreaterThanOrEqual(4.5);
  });
});
