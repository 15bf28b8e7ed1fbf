import { crc32 } from 'node:zlib';

/**
 * PNG tEXt chunks: keyword/text pairs stored inside the file. The placeholder logo carries one, so
 * `brand:check` can tell it apart from a real logo even after the brand folder is copied or renamed,
 * with no registry to keep in sync. Any real logo exported by an editor simply lacks it.
 */

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface PngChunk {
  type: string;
  data: Buffer;
}

/** The chunks of a PNG file in order, or undefined when the bytes are not a well-formed PNG. */
export function readPngChunks(png: Buffer): PngChunk[] | undefined {
  if (png.length < 8 || !png.subarray(0, 8).equals(PNG_SIGNATURE)) return undefined;
  const chunks: PngChunk[] = [];
  let offset = 8;
  while (offset + 12 <= png.length) {
    const length = png.readUInt32BE(offset);
    const end = offset + 12 + length;
    if (end > png.length) return undefined;
    const type = png.toString('latin1', offset + 4, offset + 8);
    chunks.push({ type, data: png.subarray(offset + 8, offset + 8 + length) });
    offset = end;
    if (type === 'IEND') return chunks;
  }
  return undefined;
}

/** The tEXt entries of a PNG as keyword → text (empty for non-PNG bytes). */
export function readPngText(png: Buffer): Map<string, string> {
  const entries = new Map<string, string>();
  for (const chunk of readPngChunks(png) ?? []) {
    if (chunk.type !== 'tEXt') continue;
    const separator = chunk.data.indexOf(0);
    if (separator <= 0) continue;
    entries.set(chunk.data.toString('latin1', 0, separator), chunk.data.toString('latin1', separator + 1));
  }
  return entries;
}

/** A copy of `png` with one tEXt chunk added just before IEND (the chunk order PNG allows for text). */
export function addPngText(png: Buffer, keyword: string, text: string): Buffer {
  if (!/^[\x20-\x7e]{1,79}$/.test(keyword) || keyword.trim() !== keyword) {
    throw new Error(
      `PNG text keyword ${JSON.stringify(keyword)}: expected 1 to 79 printable ASCII characters without leading or trailing spaces`,
    );
  }
  const chunks = readPngChunks(png);
  const last = chunks?.at(-1);
  if (!chunks || last?.type !== 'IEND')
    throw new Error('not a well-formed PNG: expected a PNG signature and an IEND chunk');
  const data = Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0]), Buffer.from(text, 'latin1')]);
  const iendOffset = png.length - 12;
  return Buffer.concat([png.subarray(0, iendOffset), encodeChunk('tEXt', data), png.subarray(iendOffset)]);
}

function encodeChunk(type: string, data: Buffer): Buffer {
  const header = Buffer.alloc(8);
  header.writeUInt32BE(data.length, 0);
  header.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([header.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([header, data, crc]);
}
