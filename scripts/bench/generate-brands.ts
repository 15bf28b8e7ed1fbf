import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

/** Writes `count` distinct valid brands (own colour, own PNG logo) into `brandsDir`, for benchmarks. */
export async function generateBrands(brandsDir: string, count: number): Promise<string[]> {
  const names: string[] = [];
  for (let index = 1; index <= count; index += 1) {
    const name = `bench-${String(index).padStart(2, '0')}`;
    const hue = Math.round((index * 360) / count);
    const color = hslToHex(hue, 0.65, 0.45);
    mkdirSync(join(brandsDir, name), { recursive: true });
    writeFileSync(
      join(brandsDir, name, 'brand.json'),
      JSON.stringify({
        name: `Cliente ${index}`,
        tabName: `Cliente ${index} | Atendimento`,
        color,
        apiUrl: `https://api-${name}.example.com`,
      }),
    );
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512"><rect width="512" height="512" rx="96" fill="${color}"/><text x="256" y="330" font-size="220" text-anchor="middle" font-family="DejaVu Sans, sans-serif" fill="#fff">${index}</text></svg>`;
    await sharp(Buffer.from(svg))
      .png()
      .toFile(join(brandsDir, name, 'logo.png'));
    names.push(name);
  }
  return names;
}

function hslToHex(hue: number, saturation: number, lightness: number): string {
  const a = saturation * Math.min(lightness, 1 - lightness);
  const channel = (n: number) => {
    const k = (n + hue / 30) % 12;
    const value = lightness - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`.toUpperCase();
}
