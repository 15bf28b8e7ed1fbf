/**
 * What the browser downloads, measured in a real page: every JS and CSS response, gzipped (-9) from its body,
 * and every request to a host other than the app's and its backend's. Shared by `npm run bench:size`
 * (scripts/bench/size.ts) and the browser test that holds the login page to its budget
 * (tests/browser/size.spec.ts); the formatting helpers below are pure (tests/unit/app/bundle-size.test.ts).
 */
import { gzipSync } from 'node:zlib';
import type { Page, Request, Response } from 'playwright-core';

/** The login page's JavaScript budget: 143 KB = 143,000 bytes gzipped (not KiB): what it weighs now (was 150). */
export const LOGIN_JS_BUDGET_BYTES = 143_000;

export type AssetKind = 'js' | 'css';

export interface LoadedAsset {
  /** Path of the file on the app's host, e.g. /assets/index-abc123.js. */
  path: string;
  kind: AssetKind;
  bytes: number;
  gzipBytes: number;
}

/** JS or CSS, judged by the URL's extension or else the content type; anything else (images, fonts, API calls) is not counted. */
export function assetKind(url: string, contentType = ''): AssetKind | undefined {
  if (!/^https?:/.test(url)) return undefined;
  const { pathname } = new URL(url);
  if (/\.m?js$/.test(pathname) || /javascript/.test(contentType)) return 'js';
  if (/\.css$/.test(pathname) || /text\/css/.test(contentType)) return 'css';
  return undefined;
}

/** True for a network request to an origin that is neither the app's nor its backend's (data: and blob: URLs are not requests). */
export function isThirdParty(url: string, allowedOrigins: readonly string[]): boolean {
  if (/^(data|blob|about|chrome-extension):/.test(url)) return false;
  const origin = new URL(url).origin;
  return !allowedOrigins.some((allowed) => sameOrigin(origin, allowed));
}

/** `localhost` and `127.0.0.1` on the same port are the same server here (the stand-in listens on both). */
function sameOrigin(a: string, b: string): boolean {
  const normalise = (url: string) => new URL(url).origin.replace('//127.0.0.1:', '//localhost:');
  return normalise(a) === normalise(b);
}

export function gzipSize(body: Buffer): number {
  return gzipSync(body, { level: 9 }).length;
}

export interface AssetTotals {
  jsGzip: number;
  cssGzip: number;
  jsFiles: number;
  cssFiles: number;
}

export function totals(assets: readonly LoadedAsset[]): AssetTotals {
  const of = (kind: AssetKind) => assets.filter((asset) => asset.kind === kind);
  const sum = (list: readonly LoadedAsset[]) => list.reduce((total, asset) => total + asset.gzipBytes, 0);
  return { jsGzip: sum(of('js')), cssGzip: sum(of('css')), jsFiles: of('js').length, cssFiles: of('css').length };
}

/** 142931 → "142.9 KB" (1 KB = 1000 bytes, as the budget is stated). */
export function formatKB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

/** The budget check line the bench prints and the README quotes. */
export function budgetLine(label: string, bytes: number, limit = LOGIN_JS_BUDGET_BYTES): string {
  return `${label}: ${formatKB(bytes)} gzipped (limit ${limit / 1000} KB): ${bytes <= limit ? 'ok' : 'OVER'}`;
}

/** A plain-text table: the first row is the header; the first `textColumns` columns are left-aligned, the others (numbers) right-aligned. */
export function renderTable(rows: readonly (readonly string[])[], textColumns = 1): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) => (column < textColumns ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(rows[0]!), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** The same table as Markdown, for the README. */
export function renderMarkdownTable(rows: readonly (readonly string[])[], textColumns = 1): string {
  const line = (row: readonly string[]) => `| ${row.join(' | ')} |`;
  const separator = `|${rows[0]!.map((_, column) => (column < textColumns ? ' --- ' : ' ---: ')).join('|')}|`;
  return [line(rows[0]!), separator, ...rows.slice(1).map(line)].join('\n');
}

export const README_START = '<!-- bench:size:start -->';
export const README_END = '<!-- bench:size:end -->';

/** Replaces what lies between the markers (appending the section when the markers are missing). */
export function replaceSection(document: string, content: string): string {
  const start = document.indexOf(README_START);
  const end = document.indexOf(README_END);
  const section = `${README_START}\n${content.trim()}\n${README_END}`;
  if (start === -1 || end === -1 || end < start) return `${document.trimEnd()}\n\n${section}\n`;
  return `${document.slice(0, start)}${section}${document.slice(end + README_END.length)}`;
}

/**
 * Records, from now on, the JS and CSS a page downloads (each file once, in the order it arrived) and every
 * request to a third-party host (including WebSockets).
 */
export class AssetRecorder {
  private readonly assets = new Map<string, LoadedAsset>();
  private readonly bodies = new Map<string, Buffer>();
  private readonly pending = new Set<Promise<void>>();
  private readonly foreign: string[] = [];
  private inFlight = 0;
  private lastActivity = Date.now();

  constructor(
    page: Page,
    private readonly allowedOrigins: readonly string[],
  ) {
    page.on('request', (request) => this.onRequest(request));
    page.on('requestfinished', (request) => this.onSettled(request));
    page.on('requestfailed', (request) => this.onSettled(request));
    page.on('response', (response) => this.onResponse(response));
    page.on('websocket', (socket) => {
      if (isThirdParty(socket.url().replace(/^ws/, 'http'), this.allowedOrigins)) this.foreign.push(socket.url());
    });
  }

  private onRequest(request: Request): void {
    if (isThirdParty(request.url(), this.allowedOrigins)) this.foreign.push(request.url());
    if (assetKind(request.url())) {
      this.inFlight++;
      this.lastActivity = Date.now();
    }
  }

  private onSettled(request: Request): void {
    if (assetKind(request.url())) {
      this.inFlight = Math.max(0, this.inFlight - 1);
      this.lastActivity = Date.now();
    }
  }

  private onResponse(response: Response): void {
    const url = response.url();
    const kind = assetKind(url, response.headers()['content-type']);
    if (!kind || response.status() !== 200 || isThirdParty(url, this.allowedOrigins)) return;
    const path = new URL(url).pathname;
    const read = response.body().then(
      (body) => {
        if (this.assets.has(path)) return;
        this.assets.set(path, { path, kind, bytes: body.length, gzipBytes: gzipSize(body) });
        this.bodies.set(path, body);
      },
      () => undefined, // the page navigated away before the body could be read
    );
    this.pending.add(read);
    void read.finally(() => this.pending.delete(read));
  }

  /** Every JS and CSS file downloaded so far. */
  all(): LoadedAsset[] {
    return [...this.assets.values()];
  }

  /** How many files were downloaded so far: pass it to since() later for what came after. */
  mark(): number {
    return this.assets.size;
  }

  since(mark: number): LoadedAsset[] {
    return this.all().slice(mark);
  }

  /** The paths of the files downloaded so far whose content includes `text`. */
  filesContaining(text: string): string[] {
    return [...this.bodies].filter(([, body]) => body.includes(text)).map(([path]) => path);
  }

  /** URLs of requests to hosts other than the app's and the backend's. */
  thirdPartyRequests(): string[] {
    return [...this.foreign];
  }

  /**
   * Counts as activity now: call it just before a click that leads to a lazy page, so settle() gives the app
   * time to ask for the page's chunks (the router may render it a moment after the URL changes).
   */
  touch(): void {
    this.lastActivity = Date.now();
  }

  /**
   * Waits until no JS or CSS has been requested or received for `quietMs` (lazy chunks, translations), and
   * every body has been measured.
   */
  async settle(quietMs = 700, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.inFlight > 0 || Date.now() - this.lastActivity < quietMs) {
      if (Date.now() > deadline) throw new Error(`JS/CSS still loading after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await Promise.all(this.pending);
  }
}

export interface NavLink {
  /** The link's path, e.g. /contacts. */
  path: string;
  /** Its text, e.g. "Contatos". */
  name: string;
}

/**
 * The pages of the side navigation, read from the page itself (so new pages are measured and checked without
 * touching the scripts). Needs a signed-in page wide enough for the permanent drawer (≥ 900 px).
 */
export async function sideNavigationLinks(page: Page): Promise<NavLink[]> {
  const links = page.locator('nav a[href]');
  await links.first().waitFor();
  const anchors = await links.evaluateAll((elements) =>
    elements.map((element) => ({ href: element.getAttribute('href') ?? '', name: element.textContent ?? '' })),
  );
  // Resolved here rather than in the page: the Node side has no DOM types (HTMLAnchorElement.href).
  const found = anchors.map(({ href, name }) => ({ path: new URL(href, page.url()).pathname, name: name.trim() }));
  return found.filter((link, index) => found.findIndex((other) => other.path === link.path) === index);
}
