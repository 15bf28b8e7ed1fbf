import { readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brandCsp } from '../../scripts/deploy/csp.ts';
import { readRecords } from '../../scripts/images/records.ts';
import { get, type RawResponse } from '../deploy/fixtures.ts';
import { runContainer, type RunningContainer } from './containers.ts';

/**
 * The images the runner (scripts/images/main.ts) built from the README's commands, each run as a
 * container and checked over HTTP, plus what the build logs and timings show about the layer cache.
 */
const records = readRecords();
const runId = process.env.VITRINE_IMAGES_RUN ?? records.runId;
const buildOf = (predicate: (tag: string, target: string) => boolean, what: string) => {
  const found = records.builds.find((b) => predicate(b.tag, b.target));
  if (!found) throw new Error(`the README's "Images" section builds no ${what}: ${records.builds.map((b) => b.tag)}`);
  return found;
};
const [firstClient, nextClient] = records.builds.filter((b) => b.target === 'client');
const clientsBuild = buildOf((_, target) => target === 'clients', '--target clients image');
const argOf = (command: string, name: string) =>
  new RegExp(`--build-arg ${name}=(?:"([^"]*)"|(\\S+))`)
    .exec(command)
    ?.slice(1)
    .find((v) => v !== undefined);
const brandOf = (command: string) => argOf(command, 'STACK_NAME')!;

const HOSTS = { cliente1: 'app-cliente1.example.com', cliente2: 'app-cliente2.example.com' };
const API = { cliente1: 'https://api-cliente1.example.com', cliente2: 'https://api-cliente2.example.com' };
const TITLES = { cliente1: 'Cliente Um | Atendimento', cliente2: 'Cliente Dois - Central' };
const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};
const title = (response: RawResponse) => /<title>(.*?)<\/title>/.exec(response.body.toString())?.[1];
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
const ICO = Buffer.from([0, 0, 1, 0]);

/** Every icon a page links to (favicon, PNG icons, apple-touch-icon) and its manifest lists. */
async function iconsOf(port: number, headers: Record<string, string>, page: RawResponse): Promise<string[]> {
  const html = page.body.toString();
  const links = [...html.matchAll(/<link rel="(?:icon|apple-touch-icon)"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  const manifest = JSON.parse((await get(port, '/manifest.webmanifest', headers)).body.toString()) as {
    icons: Array<{ src: string }>;
  };
  return [...links, ...manifest.icons.map((icon) => icon.src)];
}

async function expectIconsServed(port: number, headers: Record<string, string>, page: RawResponse) {
  const icons = await iconsOf(port, headers, page);
  expect(icons.length).toBeGreaterThanOrEqual(5);
  for (const icon of icons) {
    const response = await get(port, icon, headers);
    expect(response.status, icon).toBe(200);
    expect(response.headers['content-type'], icon).toMatch(/^image\//);
    expect(
      [PNG, ICO].some((magic) => response.body.subarray(0, 4).equals(magic)),
      icon,
    ).toBe(true);
  }
}

/** The app's main script, fetched plainly, with gzip and with brotli: the same bytes each way. */
async function expectPrecompressed(port: number, headers: Record<string, string>, page: RawResponse) {
  const script = /src="(\/assets\/index-[^"]+\.js)"/.exec(page.body.toString())?.[1];
  expect(script).toBeTruthy();
  const plain = await get(port, script!, headers);
  const gzip = await get(port, script!, { ...headers, 'accept-encoding': 'gzip' });
  const brotli = await get(port, script!, { ...headers, 'accept-encoding': 'br, gzip' });
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(gzip.headers['content-encoding']).toBe('gzip');
  expect(brotli.headers['content-encoding']).toBe('br');
  expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
  expect(brotliDecompressSync(brotli.body).equals(plain.body)).toBe(true);
  expect(brotli.body.length).toBeLessThan(gzip.body.length);
}

/** What every image must do as a process: run unprivileged, pass its own HEALTHCHECK, stop on request. */
function describeContainerBehaviour(name: string, container: () => RunningContainer) {
  it(`${name}: runs as a user that is not root`, () => {
    expect(container().inspect('{{.Config.User}}')).toBe('www-data');
    expect(container().exec(['id', '-u'])).not.toBe('0');
    // The process Docker started (nginx's master, after the start script's exec) and its workers.
    const uids = container()
      .exec(['sh', '-c', 'for s in /proc/[0-9]*/status; do grep -h "^Uid:" "$s"; done'])
      .split('\n')
      .map((line) => line.split(/\s+/)[1]);
    expect(uids.length).toBeGreaterThanOrEqual(2);
    expect(uids).not.toContain('0');
    expect(container().exec(['cat', '/proc/1/cmdline']).split('\0')[0]).toMatch(/^nginx/);
  });

  it(`${name}: its HEALTHCHECK command passes (it follows PORT)`, () => {
    const test = JSON.parse(container().inspect('{{json .Config.Healthcheck.Test}}')) as string[];
    expect(test[0]).toBe('CMD-SHELL');
    expect(test[1]).toContain('${PORT:-8080}');
    // exec throws when the command exits non-zero, i.e. when Docker would count the check as failed.
    expect(() => container().exec(['sh', '-c', test[1]!])).not.toThrow();
  });
}

describe(`the "client" image (${firstClient?.tag})`, () => {
  const brand = brandOf(firstClient!.ran) as keyof typeof HOSTS;
  let container: RunningContainer;
  beforeAll(async () => {
    container = await runContainer(firstClient!.tag, runId);
  });
  afterAll(() => container?.remove());

  it('answers /healthz', async () => {
    const response = await get(container.port, '/healthz');
    expect(response.status).toBe(200);
    expect(response.body.toString()).toBe('ok\n');
  });

  it("serves the brand's page: the README's tab name as title, its icons, its manifest", async () => {
    const page = await get(container.port, '/');
    expect(page.status).toBe(200);
    expect(title(page)).toBe(argOf(firstClient!.ran, 'REACT_APP_TAB_NAME') ?? TITLES[brand]);
    await expectIconsServed(container.port, {}, page);
    const manifest = await get(container.port, '/manifest.webmanifest');
    expect(manifest.headers['content-type']).toMatch(/^application\/manifest\+json/);
  });

  it("sends the brand's CSP (from the README's REACT_APP_BACKEND_URL) and the security headers", async () => {
    const page = await get(container.port, '/');
    expect(page.headers['content-security-policy']).toBe(
      brandCsp(argOf(firstClient!.ran, 'REACT_APP_BACKEND_URL') ?? API[brand]).header,
    );
    expect(page.headers).toMatchObject(SECURITY_HEADERS);
    expect(page.headers.server).toBe('nginx');
  });

  it('serves the precompressed brotli and gzip files', async () => {
    await expectPrecompressed(container.port, {}, await get(container.port, '/'));
  });

  it("falls back to index.html for the app's routes, 404 for missing files", async () => {
    const route = await get(container.port, '/tickets/42');
    expect(route.status).toBe(200);
    expect(title(route)).toBe(title(await get(container.port, '/')));
    expect((await get(container.port, '/missing.png')).status).toBe(404);
    expect((await get(container.port, '/nginx-headers.conf')).status).toBe(404);
  });

  it('writes version.json with the commit the README passes', async () => {
    const version = JSON.parse((await get(container.port, '/version.json')).body.toString()) as Record<string, string>;
    expect(version.brand).toBe(brand);
    expect(version.commit).toMatch(/^[0-9a-f]{12}$/);
  });

  describeContainerBehaviour('client', () => container);

  it('docker stop ends it within 10 s, cleanly', () => {
    const stopped = container.stop(10);
    console.log(`images: docker stop took ${stopped.seconds.toFixed(2)} s`);
    expect(stopped.seconds).toBeLessThan(10);
    expect(stopped.exitCode).toBe(0);
  });
});

describe(`the "clients" image (${clientsBuild.tag})`, () => {
  let container: RunningContainer;
  beforeAll(async () => {
    container = await runContainer(clientsBuild.tag, runId);
  });
  afterAll(() => container?.remove());

  it("serves each brand's app, title, icons and CSP by Host", async () => {
    for (const brand of ['cliente1', 'cliente2'] as const) {
      const headers = { host: HOSTS[brand] };
      const page = await get(container.port, '/', headers);
      expect(page.status, brand).toBe(200);
      expect(title(page), brand).toBe(TITLES[brand]);
      expect(page.headers['content-security-policy'], brand).toBe(brandCsp(API[brand]).header);
      expect(page.headers, brand).toMatchObject(SECURITY_HEADERS);
      await expectIconsServed(container.port, headers, page);
      await expectPrecompressed(container.port, headers, page);
      const route = await get(container.port, '/contacts', headers);
      expect(title(route), brand).toBe(TITLES[brand]);
    }
  });

  it("answers 404 to an unknown host, never another client's app", async () => {
    for (const host of ['app-unknown.example.com', '127.0.0.1', 'localhost']) {
      const response = await get(container.port, '/login', { host });
      expect(response.status, host).toBe(404);
      expect(response.body.toString(), host).not.toContain('<title>');
    }
  });

  it('answers /healthz on any host, for its HEALTHCHECK', async () => {
    expect((await get(container.port, '/healthz')).status).toBe(200);
  });

  describeContainerBehaviour('clients', () => container);

  it('docker stop ends it within 10 s, cleanly', () => {
    const stopped = container.stop(10);
    console.log(`images: docker stop took ${stopped.seconds.toFixed(2)} s`);
    expect(stopped.seconds).toBeLessThan(10);
    expect(stopped.exitCode).toBe(0);
  });
});

describe('the layer cache', () => {
  /**
   * The app stage's RUN steps in a plain-progress log, once each: BuildKit pads the step number when a
   * stage has ten or more steps ("[app  4/10]") and repeats a step's header whenever its output resumes.
   */
  const appSteps = (log: string) => {
    const steps = new Map<string, string>();
    for (const m of log.matchAll(/^#(\d+) \[app\s+\d+\/\d+\] (RUN .*)$/gm)) steps.set(m[1]!, m[2]!);
    return [...steps].map(([step, run]) => ({ step, run }));
  };

  it(`the first client's build (${firstClient?.tag}) ran npm ci and the Vite build`, () => {
    const log = readFileSync(firstClient!.log, 'utf8');
    expect(appSteps(log).map((s) => s.run)).toEqual([expect.stringMatching(/npm ci/), 'RUN npm run build:app']);
    expect(log).toMatch(/vite v[\d.]+ building/);
    expect(log).toMatch(/added \d+ packages/);
  });

  it(`the next client's build (${nextClient?.tag}) reuses the app stage: no npm ci, no Vite build`, () => {
    expect(nextClient, 'a second "client" docker build in the README').toBeTruthy();
    expect(brandOf(nextClient!.ran)).not.toBe(brandOf(firstClient!.ran));
    const log = readFileSync(nextClient!.log, 'utf8');
    const steps = appSteps(log);
    expect(steps).toHaveLength(2);
    for (const { step, run } of steps) expect(log, run).toMatch(new RegExp(`^#${step} CACHED$`, 'm'));
    expect(log).not.toMatch(/vite v[\d.]+ building/);
    expect(log).not.toMatch(/added \d+ packages/);
  });

  it("the next client's build takes under a quarter of the first's time", () => {
    expect(nextClient!.seconds).toBeLessThan(firstClient!.seconds / 4);
  });
});
