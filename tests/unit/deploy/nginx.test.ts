import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brandCsp } from '../../../scripts/deploy/csp.ts';
import {
  BROTLI_STATIC_MODULE,
  freePort,
  makeReadable,
  NGINX_BIN,
  startNginx,
  type RunningNginx,
} from '../../deploy/nginx.ts';
import { copyBrands, FAKE_APP_SCRIPT, get, makeFakeApp, runBuild } from '../../deploy/fixtures.ts';

/**
 * Debian's nginx, started with the configs the images ship (deploy/nginx.conf for one client,
 * deploy/nginx-clients.conf with the dist/nginx.conf that `npm run build` writes for many), serving bundles
 * stamped by the real build, checked over HTTP.
 */
const work = mkdtempSync(join(tmpdir(), 'vitrine-nginx-test-'));
const distDir = join(work, 'dist');
const API = { cliente1: 'https://api-cliente1.example.com', cliente2: 'https://api-cliente2.example.com' } as const;
const HOST = { cliente1: 'app-cliente1.example.com', cliente2: 'app-cliente2.example.com' } as const;
const YEAR_IMMUTABLE = 'public, max-age=31536000, immutable';

let client: RunningNginx;
let clients: RunningNginx;
let clientsPort: number;
let buildOutput: string;

const bundleFile = (brand: string, path: string) => readFileSync(join(distDir, brand, path));
const title = (html: string | Buffer) => /<title>(.*?)<\/title>/.exec(html.toString())?.[1];
const brandFileOf = (brand: string, stem: string) => {
  const match = new RegExp(`/brand/${stem}\\.[0-9a-f]+\\.[a-z]+`).exec(bundleFile(brand, 'index.html').toString());
  if (!match) throw new Error(`no ${stem} in ${brand}'s index.html`);
  return match[0];
};

beforeAll(async () => {
  makeReadable(work);
  const appDir = await makeFakeApp(join(work, 'app'));
  const brandsDir = copyBrands(join(work, 'brands'), ['cliente1', 'cliente2', 'default']);
  clientsPort = await freePort();
  const build = runBuild([
    '--stamp-only',
    '--app-dir',
    appDir,
    '--brands-dir',
    brandsDir,
    '--dist-dir',
    distDir,
    '--icon-cache-dir',
    join(work, 'icons'),
    '--nginx-listen',
    `127.0.0.1:${clientsPort}`,
  ]);
  buildOutput = build.output;
  if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
  makeReadable(distDir);
  [client, clients] = await Promise.all([
    startNginx({ mainConfig: 'nginx.conf', bundleDir: join(distDir, 'cliente1') }),
    startNginx({ mainConfig: 'nginx-clients.conf', clientsDir: distDir, port: clientsPort }),
  ]);
});

afterAll(async () => {
  await Promise.all([client?.stop(), clients?.stop()]);
  rmSync(work, { recursive: true, force: true });
});

describe('nginx for one client (deploy/nginx.conf)', () => {
  it('answers /healthz with 200', async () => {
    const response = await get(client.port, '/healthz');
    expect(response.status).toBe(200);
    expect(response.body.toString()).toBe('ok\n');
  });

  it('serves index.html for the app routes (SPA fallback), but 404 for missing files', async () => {
    const index = bundleFile('cliente1', 'index.html');
    for (const path of ['/', '/index.html', '/login', '/tickets/9f1c2b', '/contacts?page=2']) {
      const response = await get(client.port, path);
      expect(response.status, path).toBe(200);
      expect(response.headers['content-type'], path).toMatch(/^text\/html/);
      expect(response.body.equals(index), path).toBe(true);
    }
    for (const path of ['/assets/index-gone.js', '/brand/logo.0000000000.png', '/robots.txt', '/nginx-headers.conf']) {
      expect((await get(client.port, path)).status, path).toBe(404);
    }
  });

  it('says brand, version, commit and build time in version.json', async () => {
    const response = await get(client.port, '/version.json');
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const version = JSON.parse(response.body.toString()) as Record<string, string>;
    expect(version).toMatchObject({ brand: 'cliente1' });
    expect(version.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(version.commit).toBeTruthy();
    expect(Number.isNaN(Date.parse(version.builtAt!))).toBe(false);
  });

  it('never caches index.html or the manifest; caches content-hashed files for a year, immutable', async () => {
    const cases: Array<[string, string, RegExp]> = [
      ['/', 'no-cache', /^text\/html/],
      ['/index.html', 'no-cache', /^text\/html/],
      ['/login', 'no-cache', /^text\/html/],
      ['/manifest.webmanifest', 'no-cache', /^application\/manifest\+json/],
      ['/favicon.ico', 'no-cache', /^image\//],
      [`/${FAKE_APP_SCRIPT}`, YEAR_IMMUTABLE, /javascript/],
      [brandFileOf('cliente1', 'logo'), YEAR_IMMUTABLE, /^image\/png/],
      [brandFileOf('cliente1', 'brand'), YEAR_IMMUTABLE, /^text\/css/],
    ];
    for (const [path, cacheControl, type] of cases) {
      const response = await get(client.port, path);
      expect(response.status, path).toBe(200);
      expect(response.headers['cache-control'], path).toBe(cacheControl);
      expect(response.headers['content-type'], path).toMatch(type);
      expect(response.headers.etag ?? response.headers['last-modified'], path).toBeTruthy();
    }
  });

  it('sends the files the build compressed: gzip, and brotli where the module is loaded', async () => {
    const original = bundleFile('cliente1', FAKE_APP_SCRIPT);
    const gz = await get(client.port, `/${FAKE_APP_SCRIPT}`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.vary).toMatch(/Accept-Encoding/i);
    expect(gz.body.equals(bundleFile('cliente1', `${FAKE_APP_SCRIPT}.gz`))).toBe(true);
    expect(gunzipSync(gz.body).equals(original)).toBe(true);
    expect(gz.headers['cache-control']).toBe(YEAR_IMMUTABLE);

    const plain = await get(client.port, `/${FAKE_APP_SCRIPT}`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(original)).toBe(true);

    const html = await get(client.port, '/', { 'accept-encoding': 'gzip' });
    expect(html.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(html.body).equals(bundleFile('cliente1', 'index.html'))).toBe(true);

    if (!existsSync(BROTLI_STATIC_MODULE)) return; // Debian's libnginx-mod-http-brotli-static (.ci/run installs it)
    const br = await get(client.port, `/${FAKE_APP_SCRIPT}`, { 'accept-encoding': 'br, gzip' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).equals(original)).toBe(true);
  });

  it("sends the brand's Content-Security-Policy (the meta tag's, plus frame-ancestors) and the security headers", async () => {
    const policy = brandCsp(API.cliente1);
    for (const path of ['/', '/login', `/${FAKE_APP_SCRIPT}`, '/healthz', '/missing.png']) {
      const response = await get(client.port, path);
      expect(response.headers['content-security-policy'], path).toBe(policy.header);
      expect(response.headers['x-content-type-options'], path).toBe('nosniff');
      expect(response.headers['x-frame-options'], path).toBe('DENY');
      expect(response.headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(response.headers['permissions-policy'], path).toContain('camera=()');
      expect(response.headers.server, path).toBe('nginx');
    }
    const header = policy.header;
    expect(header).toContain("frame-ancestors 'none'");
    expect(header).toContain(`connect-src 'self' ${API.cliente1} wss://api-cliente1.example.com`);
    expect(header).not.toContain('api-cliente2');
    // The same policy as the bundle's <meta> tag, which cannot carry frame-ancestors.
    const html = bundleFile('cliente1', 'index.html').toString();
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${policy.meta.replaceAll("'", '&#39;')}" />`,
    );
    expect(header.replace("; frame-ancestors 'none'", '')).toBe(policy.meta);
  });
});

describe('one nginx for many clients (dist/nginx.conf)', () => {
  it('is written by the build with one server per brand with a domain', () => {
    const conf = readFileSync(join(distDir, 'nginx.conf'), 'utf8');
    expect(conf.match(/server_name app-cliente\d\.example\.com;/g)).toEqual([
      `server_name ${HOST.cliente1};`,
      `server_name ${HOST.cliente2};`,
    ]);
    expect(conf).toContain(`root ${join(distDir, 'cliente1')};`);
    expect(conf).not.toContain(join(distDir, 'default'));
    expect(buildOutput).toMatch(
      /nginx: .*nginx\.conf serves cliente1 \(app-cliente1\.example\.com\), cliente2 \(app-cliente2\.example\.com\)/,
    );
    expect(buildOutput).toMatch(/not in nginx\.conf: default: no "domain"/);
  });

  it("serves each client's own bundle and policy by Host", async () => {
    for (const brand of ['cliente1', 'cliente2'] as const) {
      const page = await get(clients.port, '/', { host: HOST[brand] });
      expect(page.status).toBe(200);
      expect(page.body.equals(bundleFile(brand, 'index.html'))).toBe(true);
      expect(page.headers['content-security-policy']).toBe(brandCsp(API[brand]).header);
      expect(page.headers['cache-control']).toBe('no-cache');
      const route = await get(clients.port, '/tickets/1', { host: `${HOST[brand].toUpperCase()}:${clientsPort}` });
      expect(title(route.body)).toBe(title(bundleFile(brand, 'index.html')));
      expect((await get(clients.port, '/healthz', { host: HOST[brand] })).status).toBe(200);
      const logo = await get(clients.port, brandFileOf(brand, 'logo'), { host: HOST[brand] });
      expect(logo.status).toBe(200);
      expect(logo.headers['cache-control']).toBe(YEAR_IMMUTABLE);
    }
    expect(title(bundleFile('cliente1', 'index.html'))).not.toBe(title(bundleFile('cliente2', 'index.html')));
    // One client's brand files are not served under another's host.
    expect((await get(clients.port, brandFileOf('cliente1', 'logo'), { host: HOST.cliente2 })).status).toBe(404);
  });

  it("answers 404 to an unknown host or a bare IP (400 without any Host): never another client's app", async () => {
    const titles = ['cliente1', 'cliente2', 'default'].map((brand) => title(bundleFile(brand, 'index.html'))!);
    const attempts = [
      await get(clients.port, '/', { host: 'app-cliente3.example.com' }),
      await get(clients.port, '/login', { host: 'evil.example.net' }),
      await get(clients.port, '/', { host: `127.0.0.1:${clientsPort}` }),
      await get(clients.port, `/${FAKE_APP_SCRIPT}`, { host: 'localhost' }),
    ];
    for (const response of attempts) expect(response.status).toBe(404);
    // Only /healthz answers there: the image's HEALTHCHECK asks 127.0.0.1.
    const health = await get(clients.port, '/healthz', { host: '127.0.0.1' });
    expect([health.status, health.body.toString()]).toEqual([200, 'ok\n']);
    // HTTP/1.1 without a Host header is malformed: nginx refuses it before any server is chosen.
    attempts.push(await get(clients.port, '/', {}, { noHost: true }));
    expect(attempts.at(-1)?.status).toBe(400);
    for (const response of attempts) {
      for (const brandTitle of titles) expect(response.body.toString()).not.toContain(brandTitle);
      expect(response.body.toString()).not.toContain('vitrine-brand');
    }
  });
});

describe('the test setup', () => {
  it('runs the nginx the CI installs', () => {
    expect(existsSync(NGINX_BIN)).toBe(true);
  });
});
