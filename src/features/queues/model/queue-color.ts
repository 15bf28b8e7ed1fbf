import { contrastRatio, readableColor, WHITE } from '../../../../common/color-contrast.ts';

/** What the backend accepts as a colour (CreateQueueService: `/^#[0-9a-f]{3,6}$/i`). */
export const BACKEND_COLOR = /^#[0-9a-f]{3,6}$/i;

/** What the form asks for: a colour both CSS and the backend read, `#RGB` or `#RRGGBB`. */
export const FORM_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** `#RRGGBB` (lower case) for `#RGB` or `#RRGGBB`; undefined for anything else (`#abcd`, a name, null). */
export function normalizeColor(color: string | null | undefined): string | undefined {
  const value = color?.trim() ?? '';
  if (!FORM_COLOR.test(value)) return undefined;
  const hex = value.slice(1).toLowerCase();
  return hex.length === 3 ? `#${[...hex].map((c) => c + c).join('')}` : `#${hex}`;
}

export interface ChipColors {
  /** The queue's own colour, as `#RRGGBB`. */
  background: string;
  /** White or black, whichever reaches 4.5:1 on it (at that target one always does). */
  text: string;
  /** The contrast of `text` on `background`. */
  contrast: number;
}

/** How a chip in the queue's colour is painted; undefined when the colour is not one CSS can paint. */
export function chipColors(color: string | null | undefined): ChipColors | undefined {
  const hex = normalizeColor(color);
  if (hex === undefined) return undefined;
  const { background, text } = readableColor(hex);
  return { background, text, contrast: contrastRatio(background, text) };
}

/** Whether the chip's text is white (else black): what the form's preview says. */
export function textIsWhite(colors: ChipColors): boolean {
  return colors.text === WHITE;
}

/** Distinct, saturated colours offered to a new queue: the first one no other queue uses. */
export const SUGGESTED_COLORS = [
  '#1565c0',
  '#2e7d32',
  '#c62828',
  '#6a1b9a',
  '#ef6c00',
  '#00838f',
  '#ad1457',
  '#4e342e',
  '#283593',
  '#558b2f',
  '#f9a825',
  '#37474f',
] as const;

/** A suggested colour none of `used` has (compared as `#rrggbb`), or the first suggestion when all are taken. */
export function firstFreeColor(used: ReadonlyArray<string | null | undefined>): string {
  const taken = new Set(used.map((c) => normalizeColor(c)).filter((c) => c !== undefined));
  return SUGGESTED_COLORS.find((c) => !taken.has(c)) ?? SUGGESTED_COLORS[0];
}
