import { describe, expect, it } from 'vitest';
import type { BrandConfig } from '../../../common/brand-contract.ts';
import {
  BRAND_NAME_PATTERN,
  HEX_COLOR_PATTERN,
  isHttpUrl,
  RESERVED_BRAND_NAMES,
} from '../../../common/brand-formats.ts';
import { brandFileSchema, brandNameSchema } from '../../../scripts/brand/schema.ts';
import { parseBrandConfig } from '../../../src/config/brand.ts';

describe('HEX_COLOR_PATTERN', () => {
  it('accepts #RRGGBB in either case and nothing else', () => {
    for (const color of ['#682EE3', '#682ee3', '#000000', '#FFFFFF'])
      expect(HEX_COLOR_PATTERN.test(color), color).toBe(true);
    for (const color of ['#fff', '682EE3', '#682EE3FF', '#GGGGGG', 'purple', ' #682EE3', '#682EE3\n'])
      expect(HEX_COLOR_PATTERN.test(color), JSON.stringify(color)).toBe(false);
  });
});

describe('BRAND_NAME_PATTERN', () => {
  it('accepts lower-case folder names of 1 to 41 characters', () => {
    for (const name of ['a', 'cliente1', 'cliente-um', '1x', 'a'.repeat(41)])
      expect(BRAND_NAME_PATTERN.test(name), name).toBe(true);
  });

  it('refuses anything that could leave brands/ or is not URL-safe', () => {
    for (const name of ['', '-x', 'Cliente1', 'a/b', '..', '../x', 'a_b', 'a b', 'a'.repeat(42)])
      expect(BRAND_NAME_PATTERN.test(name), name).toBe(false);
  });

  it('reserves the preview gallery name, which the pattern alone would allow', () => {
    expect(BRAND_NAME_PATTERN.test('preview')).toBe(true);
    expect(RESERVED_BRAND_NAMES.has('preview')).toBe(true);
    expect(RESERVED_BRAND_NAMES.has('cliente1')).toBe(false);
  });
});

describe('isHttpUrl', () => {
  it('accepts absolute http and https URLs with a host', () => {
    for (const url of [
      'https://api-cliente1.example.com',
      'http://localhost:8080',
      'HTTPS://API.example.com/x/',
      'http://10.0.0.1',
    ])
      expect(isHttpUrl(url), url).toBe(true);
  });

  it('refuses other schemes, relative URLs and what only a lenient parser reads as http', () => {
    for (const url of [
      'ftp://api.example.com',
      'javascript:alert(1)',
      'api.example.com',
      '//api.example.com',
      'http://',
      'http:api.example.com',
      'http:/api.example.com',
      'https:///x',
      'http://:80',
      'https://?x',
      '',
    ])
      expect(isHttpUrl(url), url).toBe(false);
  });
});

/**
 * The point of one definition: a value the build accepts in brand.json is one the app accepts in the brand
 * block the build writes from it (and the other way round), field by field.
 */
describe('the build and the app agree', () => {
  const file = { name: 'Cliente', tabName: 'Cliente', color: '#682EE3', apiUrl: 'https://api.example.com' };
  const config: BrandConfig = {
    id: 'cliente1',
    ...file,
    colorDark: '#682EE3',
    logoUrl: '/brand/logo.png',
    logoDarkUrl: '/brand/logo.png',
  };
  const buildAccepts = (settings: Record<string, unknown>) =>
    brandFileSchema.safeParse({ ...file, ...settings }).success;
  const appAccepts = (fields: Partial<Record<keyof BrandConfig, unknown>>) =>
    parseBrandConfig(JSON.stringify({ ...config, ...fields })).ok;

  it.each(['#682EE3', '#abcdef', '#fff', 'purple', '#682EE3 ', ''])('on the colour %j', (color) => {
    expect(appAccepts({ color })).toBe(buildAccepts({ color }));
  });

  it.each([
    'https://api.example.com',
    'http://localhost:8080',
    'ftp://x.example.com',
    'http:api.example.com',
    'http://',
    'javascript:alert(1)',
  ])('on the API URL %j', (apiUrl) => {
    expect(appAccepts({ apiUrl })).toBe(buildAccepts({ apiUrl }));
  });

  it.each(['cliente1', 'a-b', 'A', '-a', '../x', 'a'.repeat(42)])('on the brand name %j', (id) => {
    expect(appAccepts({ id })).toBe(brandNameSchema.safeParse(id).success);
  });
});
