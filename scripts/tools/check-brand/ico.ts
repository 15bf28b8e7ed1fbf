/** The image sizes listed in an ICO file's directory, e.g. [16, 32, 48]; undefined when unreadable. */
export function icoSizes(bytes: Buffer): Array<{ width: number; height: number }> | undefined {
  // ICONDIR: reserved 0, type 1 (icon), count; then 16-byte entries whose first two bytes are width and height (0 means 256).
  if (bytes.length < 6 || bytes.readUInt16LE(0) !== 0 || bytes.readUInt16LE(2) !== 1) return undefined;
  const count = bytes.readUInt16LE(4);
  if (count === 0 || bytes.length < 6 + 16 * count) return undefined;
  const sizes: Array<{ width: number; height: number }> = [];
  for (let i = 0; i < count; i++) {
    const entry = 6 + 16 * i;
    sizes.push({ width: bytes.readUInt8(entry) || 256, height: bytes.readUInt8(entry + 1) || 256 });
  }
  return sizes;
}
