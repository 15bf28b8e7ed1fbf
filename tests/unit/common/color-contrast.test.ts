import { describe, expect, it } from 'vitest';
import {
  BLACK,
  WHITE,
  contrastRatio,
  hslToRgb,
  nearestColorWithContrast,
  parseHexColor,
  pickContrastText,
  readableColor,
  relativeLuminance,
  rgbToHsl,
  toHexColor,
} from '../../../common/color-contrast.ts';

describe('relative luminance and contrast ratio (WCAG 2.x)', () => {
  it('gives the reference values for black, white and grey', () => {
    expect(relativeLuminance(BLACK)).toBe(0);
    expect(relativeLuminance(WHITE)).toBe(1);
    expect(relativeLuminance('#808080')).toBeCloseTo(0.2159, 4);
  });

  it('computes contrast ratios symmetrically', () => {
    expect(contrastRatio(BLACK, WHITE)).toBeCloseTo(21, 10);
    expect(contrastRatio(WHITE, BLACK)).toBeCloseTo(21, 10);
    expect(contrastRatio('#123456', '#123456')).toBe(1);
    // Known pairs (WebAIM contrast checker).
    expect(contrastRatio('#767676', WHITE)).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#1976d2', WHITE)).toBeCloseTo(4.6, 1);
  });

  it('accepts upper-case hex and rejects other notations', () => {
    expect(relativeLuminance('#FFFFFF')).toBe(1);
    expect(() => relativeLuminance('#fff')).toThrow();
    expect(() => relativeLuminance('red')).toThrow();
  });
});

describe('pickContrastText', () => {
  it('chooses white on dark colours and black on light ones', () => {
    expect(pickContrastText('#682EE3')).toBe(WHITE);
    expect(pickContrastText('#000080')).toBe(WHITE);
    expect(pickContrastText('#FFD600')).toBe(BLACK);
    expect(pickContrastText('#f5f5f5')).toBe(BLACK);
  });

  it('chooses among given candidates', () => {
    expect(pickContrastText('#ffffff', ['#eeeeee', '#333333'])).toBe('#333333');
  });
});

describe('nearestColorWithContrast', () => {
  it('returns the colour itself (normalized) when it already passes', () => {
    expect(nearestColorWithContrast('#682EE3', WHITE, 4.5)).toBe('#682ee3');
  });

  it('darkens a light colour until white text passes, keeping the hue', () => {
    const shade = nearestColorWithContrast('#ff9800', WHITE, 4.5)!;
    expect(contrastRatio(shade, WHITE)).toBeGreaterThanOrEqual(4.5);
    expect(relativeLuminance(shade)).toBeLessThan(relativeLuminance('#ff9800'));
    expect(rgbToHsl(parseHexColor(shade)).h).toBeCloseTo(rgbToHsl(parseHexColor('#ff9800')).h, 0);
  });

  it('lightens a dark colour until it reads against a dark background', () => {
    const tint = nearestColorWithContrast('#4a148c', '#121212', 4.5)!;
    expect(contrastRatio(tint, '#121212')).toBeGreaterThanOrEqual(4.5);
    expect(relativeLuminance(tint)).toBeGreaterThan(relativeLuminance('#4a148c'));
  });

  it('is the nearest passing shade: one step less would fail', () => {
    const shade = nearestColorWithContrast('#2196f3', WHITE, 4.5)!;
    const { h, s, l } = rgbToHsl(parseHexColor(shade));
    const lighter = toHexColor(hslToRgb({ h, s, l: l + 0.01 }));
    expect(contrastRatio(lighter, WHITE)).toBeLessThan(4.5);
  });

  it('returns undefined for an unreachable target', () => {
    expect(nearestColorWithContrast('#808080', '#808080', 22)).toBeUndefined();
  });
});

describe('readableColor', () => {
  it('keeps a brand colour that already carries text', () => {
    expect(readableColor('#682EE3')).toEqual({ background: '#682ee3', text: WHITE, adjusted: false });
    expect(readableColor('#FFD600')).toEqual({ background: '#ffd600', text: BLACK, adjusted: false });
  });

  it('moves a mid-tone colour that neither white nor black text reads on', () => {
    // At 4.5 white or black always passes (the worst mid-grey gives ~4.58 with both); at 7 mid tones fail both.
    const mid = '#f44336';
    expect(contrastRatio(mid, WHITE)).toBeLessThan(7);
    expect(contrastRatio(mid, BLACK)).toBeLessThan(7);
    const result = readableColor(mid, 7);
    expect(result.adjusted).toBe(true);
    expect(contrastRatio(result.background, result.text)).toBeGreaterThanOrEqual(7);
  });

  it('always reaches the target, whatever the colour', () => {
    for (let value = 0; value <= 0xffffff; value += 0x050b13) {
      const color = toHexColor({ r: (value >> 16) & 255, g: (value >> 8) & 255, b: value & 255 });
      for (const target of [4.5, 7]) {
        const result = readableColor(color, target);
        expect(contrastRatio(result.background, result.text)).toBeGreaterThanOrEqual(target);
        if (target === 4.5) expect(result.adjusted).toBe(false);
      }
    }
  });
});

describe('hex and HSL conversions', () => {
  it('round-trip', () => {
    for (const hex of ['#000000', '#ffffff', '#682ee3', '#ffd600', '#00897b', '#c62828']) {
      expect(toHexColor(hslToRgb(rgbToHsl(parseHexColor(hex))))).toBe(hex);
    }
  });
});
