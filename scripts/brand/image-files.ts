import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { findUnsafeSvgContent, looksLikeSvg } from './svg-safety.ts';

export type ImageFormat = 'png' | 'svg' | 'ico';

/** An image file of a brand, read and checked once. */
export interface ImageAsset {
  /** Absolute path. */
  path: string;
  /** Path as the designer sees it, e.g. `brands/cliente1/logo.png`. */
  displayPath: string;
  format: ImageFormat;
  bytes: Buffer;
  /** Pixel size (for ico: unknown, 0). */
  width: number;
  height: number;
}

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ICO_SIGNATURE = Buffer.from([0x00, 0x00, 0x01, 0x00]);

/**
 * Reads and verifies one image: the bytes must be what the extension says, fully decodable, and (for
 * SVG) free of active content. Returns the asset, or a sentence saying what is wrong and what is expected.
 */
export async function readImage(
  path: string,
  displayPath: string,
  format: ImageFormat,
): Promise<{ asset: ImageAsset } | { problem: string }> {
  const bytes = await readFile(path);
  if (bytes.length === 0) return { problem: `the file is empty: expected a ${format.toUpperCase()} image` };
  if (bytes.length > MAX_IMAGE_BYTES) {
    return { problem: `the file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB: expected at most 5 MB` };
  }
  if (format === 'ico') {
    if (!bytes.subarray(0, 4).equals(ICO_SIGNATURE))
      return { problem: 'not an ICO file: expected a Windows icon (.ico)' };
    return { asset: { path, displayPath, format, bytes, width: 0, height: 0 } };
  }
  if (format === 'png' && !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) {
    return { problem: 'not a PNG image (wrong file signature): expected a PNG file' };
  }
  if (format === 'svg') {
    const text = bytes.toString('utf8');
    if (!looksLikeSvg(text)) return { problem: 'not an SVG image (no <svg> element): expected an SVG file' };
    const unsafe = findUnsafeSvgContent(text);
    if (unsafe.length > 0) {
      const list = unsafe.map((finding) => `${finding.what} near ${JSON.stringify(finding.excerpt)}`).join('; ');
      return {
        problem: `unsafe SVG: it contains ${list}. Expected a static SVG: remove scripts, event handlers, <foreignObject> and external references`,
      };
    }
  }
  try {
    // Decoding every pixel (not just the header) catches truncated and corrupt files.
    const { info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
    return { asset: { path, displayPath, format, bytes, width: info.width, height: info.height } };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { problem: `the image cannot be decoded (${reason}): expected a valid ${format.toUpperCase()} file` };
  }
}
