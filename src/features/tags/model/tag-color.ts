import { contrastRatio, readableColor } from '../../../../common/color-contrast.ts';

/** How a tag's chip is painted: its colour, and white or black text, whichever reaches WCAG AA on it. */
export interface TagChipColors {
  background: string;
  text: string;
  /** The contrast of `text` on `background`: at least 4.5. */
  ratio: number;
}

const SHORT_HEX = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i;
const LONG_HEX = /^#[0-9a-f]{6}$/i;

/**
 * A stored colour as `#rrggbb` (`#abc` becomes `#aabbcc`), or undefined when it is no hex colour: the backend
 * stores whatever it is sent (empty, null, a CSS name), and only a checked colour reaches a style.
 */
export function normalizeTagColor(color: string | null | undefined): string | undefined {
  const value = color?.trim() ?? '';
  const short = SHORT_HEX.exec(value);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toLowerCase();
  return LONG_HEX.test(value) ? value.toLowerCase() : undefined;
}

/** The chip's colours for a tag's colour; undefined when the colour is unusable (the chip is then neutral). */
export function tagChipColors(color: string | null | undefined): TagChipColors | undefined {
  const hex = normalizeTagColor(color);
  if (hex === undefined) return undefined;
  const { background, text } = readableColor(hex);
  return { background, text, ratio: contrastRatio(background, text) };
}
