import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLE_CONF_SOURCE, renderSites, writeSites } from '../../../scripts/deploy/nginx-sites.ts';
import { copyBrands } from '../../deploy/fixtures.ts';

const options = { root: '/srv/vitrine', listen: '8080' };

describe('dist/nginx.conf', () => {
  it("has one server per brand with a domain, each including its own bundle's CSP and the shared config", () => {
    const conf = renderSites(
      [
        { brand: 'cliente2', domain: 'app-cliente2.example.com' },
        { brand: 'cliente1', domain: 'App-Cliente1.example.com' },
      ],
      options,
    );
    const servers = conf.split(/^server \{$/m).slice(1);
    expect(servers).toHaveLength(3);
    expect(servers[0]).toContain('listen 8080 default_server;');
    expect(servers[0]).toContain('return 404');
    expect(servers[0]).not.toContain('root ');
    expect(servers[1]).toContain('server_name app-cliente1.example.com;');
    expect(servers[1]).toContain('root /srv/vitrine/cliente1;');
    expect(servers[1]).toContain('include /srv/vitrine/cliente1/nginx-headers.conf;');
    expect(servers[1]).toContain('include /srv/vitrine/nginx-bundle.conf;');
    expect(servers[2]).toContain('server_name app-cliente2.example.com;');
    expect(servers[2]).toContain('root /srv/vitrine/cliente2;');
    expect(servers[2]).not.toContain('cliente1');
  });

  it('with no brand with a domain, still answers 404 to every host', () => {
    const conf = renderSites([], { root: '/srv/vitrine/', listen: '127.0.0.1:9000' });
    expect(conf.match(/^server \{$/gm)).toHaveLength(1);
    expect(conf).toContain('listen 127.0.0.1:9000 default_server;');
  });

  it("refuses one domain for two brands: one of them would be served the other's app", () => {
    expect(() =>
      renderSites(
        [
          { brand: 'a', domain: 'app.example.com' },
          { brand: 'b', domain: 'APP.example.com' },
        ],
        options,
      ),
    ).toThrow(/app\.example\.com \(a, b\)/);
  });

  it('refuses a root or listen value that nginx would misread', () => {
    for (const root of ['relative/dist', '/srv/my dist', '/srv/$x', '/srv/a;b'])
      expect(() => renderSites([], { root, listen: '8080' }), root).toThrow(/nginx root/);
    for (const listen of ['80 default_server', 'abc', '8080;'])
      expect(() => renderSites([], { root: '/srv', listen }), listen).toThrow(/nginx listen/);
  });

  describe('written next to the bundles', () => {
    const work = mkdtempSync(join(tmpdir(), 'vitrine-sites-'));
    afterAll(() => rmSync(work, { recursive: true, force: true }));

    it('serves the bundles present whose brand has a domain, and says why others are left out', async () => {
      const brandsDir = copyBrands(join(work, 'brands'), ['cliente1', 'cliente2', 'default']);
      const distDir = join(work, 'dist');
      for (const brand of ['cliente1', 'cliente2', 'default', 'old-client']) {
        mkdirSync(join(distDir, brand), { recursive: true });
        writeFileSync(join(distDir, brand, 'index.html'), '<!doctype html>');
        writeFileSync(join(distDir, brand, 'nginx-headers.conf'), '');
      }
      writeFileSync(join(brandsDir, 'cliente2', 'brand.json'), '{ not json');
      const report = await writeSites(distDir, brandsDir, { root: '/srv/vitrine', listen: '8080' });
      expect(report.sites).toEqual([{ brand: 'cliente1', domain: 'app-cliente1.example.com' }]);
      expect(Object.fromEntries(report.skipped.map((s) => [s.brand, s.reason]))).toEqual({
        cliente2: expect.stringMatching(/not valid JSON/),
        default: 'no "domain" in brand.json',
        'old-client': expect.stringMatching(/no .*brand\.json: its bundle has no brand any more/),
      });
      expect(readFileSync(join(distDir, 'nginx.conf'), 'utf8')).toBe(
        renderSites(report.sites, { root: '/srv/vitrine', listen: '8080' }),
      );
      expect(readFileSync(join(distDir, 'nginx-bundle.conf'), 'utf8')).toBe(readFileSync(BUNDLE_CONF_SOURCE, 'utf8'));
    });
  });
});
