import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  apiOrigins,
  brandCsp,
  cspDirectives,
  cspMetaTag,
  EMPTY_STYLE_HASH,
  renderNginxHeaders,
} from '../../../scripts/deploy/csp.ts';
import { stampBrand } from '../../../scripts/build/build-brands.ts';
import { copyBrands, makeFakeApp } from '../../deploy/fixtures.ts';

const directive = (policy: string, name: string) =>
  policy
    .split('; ')
    .find((part) => part.split(' ')[0] === name)
    ?.split(' ')
    .slice(1);

describe('the Content-Security-Policy of a brand', () => {
  const { header, meta } = brandCsp('https://api-cliente1.example.com');

  it('lets scripts come only from the bundle: no inline script, no eval', () => {
    expect(directive(header, 'script-src')).toEqual(["'self'"]);
    expect(directive(header, 'default-src')).toEqual(["'self'"]);
    expect(header).not.toContain('unsafe-');
    expect(header).not.toContain('nonce-');
  });

  it('lets styles come only from the bundle, plus empty <style> elements (emotion fills them through the CSSOM)', () => {
    expect(EMPTY_STYLE_HASH).toBe(`'sha256-${createHash('sha256').update('').digest('base64')}'`);
    expect(EMPTY_STYLE_HASH).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(directive(header, 'style-src')).toEqual(["'self'", EMPTY_STYLE_HASH]);
    expect(directive(header, 'style-src-elem')).toEqual(["'self'", EMPTY_STYLE_HASH]);
    expect(directive(header, 'style-src-attr')).toEqual(["'none'"]);
  });

  it("limits connections to the page's origin and this brand's API, over http(s) and ws(s)", () => {
    expect(directive(header, 'connect-src')).toEqual([
      "'self'",
      'https://api-cliente1.example.com',
      'wss://api-cliente1.example.com',
    ]);
    expect(directive(brandCsp('http://localhost:8080/api/').header, 'connect-src')).toEqual([
      "'self'",
      'http://localhost:8080',
      'ws://localhost:8080',
    ]);
    expect(directive(brandCsp('https://API.Example.com:8443').header, 'connect-src')).toEqual([
      "'self'",
      'https://api.example.com:8443',
      'wss://api.example.com:8443',
    ]);
  });

  it("gives two brands policies that never name each other's backend", () => {
    const other = brandCsp('https://api-cliente2.example.com').header;
    expect(other).not.toContain('api-cliente1');
    expect(header).not.toContain('api-cliente2');
  });

  it('forbids plugins, <base>, framing (header only: a <meta> cannot) and foreign form targets', () => {
    expect(directive(header, 'object-src')).toEqual(["'none'"]);
    expect(directive(header, 'base-uri')).toEqual(["'none'"]);
    expect(directive(header, 'form-action')).toEqual(["'self'"]);
    expect(directive(header, 'frame-ancestors')).toEqual(["'none'"]);
    expect(directive(meta, 'frame-ancestors')).toBeUndefined();
    expect(`${meta}; frame-ancestors 'none'`).toBe(header);
  });

  it("allows images and media from the brand's backend (uploads) and WhatsApp avatars, not from anywhere", () => {
    expect(directive(header, 'img-src')).toEqual([
      "'self'",
      'data:',
      'blob:',
      'https://api-cliente1.example.com',
      'https://pps.whatsapp.net',
    ]);
    expect(directive(header, 'media-src')).toEqual(["'self'", 'data:', 'blob:', 'https://api-cliente1.example.com']);
    expect(header).not.toMatch(/\s(https?:|\*)(;|\s|$)/);
  });

  it('refuses API URLs that could not be written safely into a policy or an nginx config', () => {
    for (const bad of [
      'ftp://api.example.com',
      'not a url',
      'https://[::1]:8080',
      'https://a"b.example.com',
      "https://a'b.example.com",
      'https://a$b.example.com',
    ]) {
      expect(() => apiOrigins(bad), bad).toThrow(/apiUrl/);
    }
    expect(() => cspDirectives('javascript:alert(1)')).toThrow();
  });

  it('writes the meta tag with the policy escaped, and the nginx snippet as an always-sent header', () => {
    expect(cspMetaTag("default-src 'self'")).toBe(
      '<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;" />',
    );
    const snippet = renderNginxHeaders('cliente1', header);
    expect(snippet).toContain(`add_header Content-Security-Policy "${header}" always;`);
    expect(snippet.split('\n').filter((line) => line && !line.startsWith('#'))).toHaveLength(1);
    expect(() => renderNginxHeaders('x', 'default-src "self"')).toThrow(/nginx/);
  });
});

describe('a stamped bundle', () => {
  const work = mkdtempSync(join(tmpdir(), 'vitrine-csp-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('carries its policy as the first thing in <head> that a browser applies, before any script or style', async () => {
    const appDir = await makeFakeApp(join(work, 'app'));
    const brandsDir = copyBrands(join(work, 'brands'), ['cliente2']);
    const result = await stampBrand('cliente2', {
      brandsDir,
      distDir: join(work, 'dist'),
      appDir,
      env: { REACT_APP_BACKEND_URL: 'https://api.cliente2.example.org' },
    });
    expect(result.errors).toBeUndefined();
    const html = readFileSync(join(work, 'dist', 'cliente2', 'index.html'), 'utf8');
    const policy = brandCsp('https://api.cliente2.example.org');
    const metaAt = html.indexOf(cspMetaTag(policy.meta));
    expect(metaAt).toBeGreaterThan(0);
    for (const tag of ['<script', '<link rel="stylesheet"', '<style']) {
      const at = html.indexOf(tag);
      if (at >= 0) expect(at, tag).toBeGreaterThan(metaAt);
    }
    expect(readFileSync(join(work, 'dist', 'cliente2', 'nginx-headers.conf'), 'utf8')).toBe(
      renderNginxHeaders('cliente2', policy.header),
    );
  });

  it('fails, leaving no bundle, when the API URL cannot go into a policy', async () => {
    const appDir = join(work, 'app');
    const brandsDir = copyBrands(join(work, 'brands-ipv6'), ['cliente1']);
    const result = await stampBrand('cliente1', {
      brandsDir,
      distDir: join(work, 'dist-ipv6'),
      appDir,
      env: { REACT_APP_BACKEND_URL: 'http://[::1]:8080' },
    });
    expect(result.ok).toBe(false);
    expect(result.errors?.join('\n')).toMatch(/\[cliente1\].*cannot be written into a Content-Security-Policy/);
  });
});
