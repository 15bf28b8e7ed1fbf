import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPathInside } from '../../../scripts/path-inside.ts';

const brands = join('/repo', 'brands');
const brandDir = join(brands, 'default');

describe('isPathInside (which file changes reload the dev server brand)', () => {
  it('accepts the brand folder itself and anything under it', () => {
    expect(isPathInside(brandDir, brandDir)).toBe(true);
    expect(isPathInside(join(brandDir, 'brand.json'), brandDir)).toBe(true);
    expect(isPathInside(join(brandDir, 'icons', 'logo.png'), brandDir)).toBe(true);
    // A name that merely starts with two dots is still inside.
    expect(isPathInside(join(brandDir, '..logo.png'), brandDir)).toBe(true);
  });

  it('refuses a sibling brand whose name starts with the same letters', () => {
    expect(isPathInside(join(brands, 'default-2', 'brand.json'), brandDir)).toBe(false);
    expect(isPathInside(join(brands, 'default-2'), brandDir)).toBe(false);
    expect(isPathInside(join(brands, 'defaults'), brandDir)).toBe(false);
  });

  it('refuses the parent folder, other brands and unrelated files', () => {
    expect(isPathInside(brands, brandDir)).toBe(false);
    expect(isPathInside(join(brands, 'cliente1', 'brand.json'), brandDir)).toBe(false);
    expect(isPathInside(join('/repo', 'src', 'main.tsx'), brandDir)).toBe(false);
  });
});
