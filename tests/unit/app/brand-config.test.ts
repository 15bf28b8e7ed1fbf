import { describe, expect, it } from 'vitest';
import { parseBrandConfig } from '../../../src/config/brand.ts';
import type { BrandConfig } from '../../../common/brand-contract.ts';

const valid: BrandConfig = {
  id: 'cliente1',
  name: 'Cliente Um',
  tabName: 'Cliente Um - Atendimento',
  color: '#682EE3',
  colorDark: '#9B7BFF',
  apiUrl: 'https://api-cliente1.example.com',
  logoUrl: '/brand/logo.0123456789.png',
  logoDarkUrl: '/brand/logo-dark.0123456789.svg',
};

const parse = (value: unknown) => parseBrandConfig(JSON.stringify(value));

describe('parseBrandConfig', () => {
  it('accepts the config the build writes', () => {
    expect(parse(valid)).toEqual({ ok: true, brand: valid });
    expect(parse({ ...valid, apiUrl: 'http://localhost:8080' })).toMatchObject({ ok: true });
    expect(parse({ ...valid, logoUrl: 'https://cdn.example.com/logo.png' })).toMatchObject({ ok: true });
  });

  it('reads maxUploadMb when the build wrote it, and lets older bundles without it through', () => {
    expect(parse({ ...valid, maxUploadMb: 16 })).toEqual({ ok: true, brand: { ...valid, maxUploadMb: 16 } });
    expect(parse({ ...valid, maxUploadMb: 0.5 })).toMatchObject({ ok: true, brand: { maxUploadMb: 0.5 } });
    expect(parse(valid)).toEqual({ ok: true, brand: valid });
    for (const bad of [0, -1, '16', 4096, null])
      expect(parse({ ...valid, maxUploadMb: bad })).toMatchObject({ ok: false, detail: /maxUploadMb: expected/ });
  });

  it('reports a missing or empty element', () => {
    expect(parseBrandConfig(null)).toMatchObject({ ok: false, reason: 'missing' });
    expect(parseBrandConfig(undefined)).toMatchObject({ ok: false, reason: 'missing' });
    expect(parseBrandConfig('  ')).toMatchObject({ ok: false, reason: 'missing' });
  });

  it('reports text that is not JSON', () => {
    expect(parseBrandConfig('{"id": ')).toMatchObject({ ok: false, reason: 'not-json' });
  });

  it.each([
    ['a missing field', { ...valid, apiUrl: undefined }, 'apiUrl'],
    ['a colour that is not #RRGGBB', { ...valid, color: 'purple' }, 'color'],
    ['a short colour', { ...valid, colorDark: '#fff' }, 'colorDark'],
    ['an API URL with a trailing slash', { ...valid, apiUrl: 'https://api.example.com/' }, 'apiUrl'],
    ['an API URL that is not http(s)', { ...valid, apiUrl: 'javascript:alert(1)' }, 'apiUrl'],
    ['a logo on a scheme-relative host', { ...valid, logoUrl: '//evil.example.com/x.png' }, 'logoUrl'],
    ['a data: logo', { ...valid, logoDarkUrl: 'data:image/png;base64,AAAA' }, 'logoDarkUrl'],
    ['an empty name', { ...valid, name: '  ' }, 'name'],
    ['an id that is not a folder name', { ...valid, id: '../x' }, 'id'],
  ])('rejects %s', (_what, value, field) => {
    const result = parse(value);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe('invalid');
      expect(result.detail).toContain(field);
    }
  });

  it('rejects a value that is not an object', () => {
    expect(parse([valid])).toMatchObject({ ok: false, reason: 'invalid' });
    expect(parse('cliente1')).toMatchObject({ ok: false, reason: 'invalid' });
  });
});
