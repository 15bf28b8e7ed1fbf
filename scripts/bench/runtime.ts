/**
 * `npm run bench:runtime`: how the tickets screen holds up with a long history (scripts/bench/README-runtime.md).
 *
 * Builds the app (`--no-build`: reuse .cache/app), stamps the "default" brand against a stand-in seeded with
 * `seed: 'bench'` (a ticket of 5,000 messages of every kind, 2,000 more open tickets), signs in in Chromium
 * (/usr/bin/chromium via playwright-core), then with the CPU throttled 4× (CDP Emulation.setCPUThrottlingRate)
 * measures, in one run:
 *   1. the time from clicking the big ticket to its newest message drawn in view;
 *   2. the frame times (requestAnimationFrame deltas) while scrolling to its first message, every older page
 *      fetched on the way (median, 95th percentile);
 *   3. the DOM nodes at the end (elements, and CDP's Nodes count after a garbage collection);
 *   4. the JS heap growth (CDP Performance.getMetrics JSHeapUsedSize, HeapProfiler.collectGarbage before each
 *      reading) after 10,000 messages from customers arrive by socket on other tickets.
 * Exits 1 when a figure misses its target.
 *
 *   npm run bench:runtime                 build, then measure
 *   npm run bench:runtime -- --no-build   reuse .cache/app
 *   npm run bench:runtime -- --profile scroll.cpuprofile   also a CPU profile of the scroll (top functions printed)
 *   npm run bench:runtime -- --scroll-messages 1000        stop scrolling once 1,000 messages are loaded (a
 *                                                          quicker look while working; the targets are for all)
 *   npm run bench:runtime -- --json figures.json           also the figures as JSON (RuntimeFigures), for
 *                                                          runtime-compare.ts
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { BENCH_HISTORY, HISTORY_CONTACT } from '../../dev-api/history-seed.ts';
import { startApi } from '../../dev-api/server.ts';
import { chromiumLaunchOptions } from '../../tests/browser/chromium.ts';
import { appIsBuilt, buildApp } from '../build/build-app.ts';
import { stampBrand } from '../build/build-brands.ts';
import { APP_BUILD_DIR, BRANDS_DIR, ICON_CACHE_DIR } from '../paths.ts';
import { serveStatic } from '../serve/static-server.ts';
import type { RuntimeFigures } from './runtime-figures.ts';
import { LONG_FRAME_MS, frameStats } from './stats.ts';

const { values: args } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    'app-dir': { type: 'string', default: APP_BUILD_DIR },
    'socket-messages': { type: 'string', default: '10000' },
    'scroll-messages': { type: 'string' },
    profile: { type: 'string' },
    json: { type: 'string' },
  },
});
const appDir = resolve(args['app-dir']);
const SOCKET_MESSAGES = Number(args['socket-messages']);
const scrollUntil = args['scroll-messages'] === undefined ? undefined : Number(args['scroll-messages']);
if (scrollUntil !== undefined && !(scrollUntil > 0)) {
  console.error(`--scroll-messages: expected a number of messages above 0, got "${args['scroll-messages']}"`);
  process.exit(1);
}
const LOGIN = { email: 'admin@admin.com', password: '123456' };
const VIEWPORT = { width: 1280, height: 800 };
const CPU_THROTTLING = 4;
const TARGETS = { openMs: 1000, frameP95Ms: 33, domNodes: 3000, heapGrowthMB: 30 };

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function metric(cdp: CDPSession, name: string): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const found = metrics.find((each) => each.name === name);
  if (!found) throw new Error(`no ${name} metric`);
  return found.value;
}

/** Where the main thread's time went (CDP's cumulative durations, seconds), to subtract before from after. */
async function durations(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const wanted = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'];
  return Object.fromEntries(metrics.filter((m) => wanted.includes(m.name)).map((m) => [m.name, m.value]));
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/** The functions that took the most self time in a CPU profile, as lines "ms  name  file:line". */
function topFunctions(profile: CpuProfile, count: number): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    const where = `${frame.functionName || '(anonymous)'}  ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber + 1}`;
    self.set(where, (self.get(where) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([where, ms]) => `${ms.toFixed(0).padStart(7)} ms  ${where}`);
}

async function collectGarbage(cdp: CDPSession): Promise<void> {
  // Twice: the first pass can leave what only finalizers released.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
}

async function signIn(page: Page, appUrl: string): Promise<void> {
  await page.goto(`${appUrl}/login`);
  await page.locator('[data-testid="login-email"] input, input[data-testid="login-email"]').first().fill(LOGIN.email);
  await page
    .locator('[data-testid="login-password"] input, input[data-testid="login-password"]')
    .first()
    .fill(LOGIN.password);
  await page
    .locator('[data-testid="login-password"] input, input[data-testid="login-password"]')
    .first()
    .press('Enter');
  await page.waitForURL(/\/(dashboard|tickets)?$/);
}

/**
 * What runs in the page, as source text: tsx would otherwise add its own helpers to functions handed to
 * page.evaluate, and this file is type-checked without the DOM library.
 */
const PAGE_CODE = String.raw`
window.__bench = {
  // Time from the click on the ticket to its newest message drawn inside the list's view (ms, page clock).
  timeToNewest(ticketId, newestId) {
    return new Promise((resolve, reject) => {
      const item = document.querySelector('[data-testid="ticket-item-' + ticketId + '"]');
      if (!item) return reject(new Error('ticket-item-' + ticketId + ' is not in the list'));
      const start = performance.now();
      item.click();
      const check = () => {
        const list = document.querySelector('[data-testid="conversation-messages"]');
        const bubble = document.querySelector('[data-testid="message-' + newestId + '"]');
        if (list && bubble) {
          const box = list.getBoundingClientRect();
          const rect = bubble.getBoundingClientRect();
          if (rect.height > 0 && rect.top >= box.top - 1 && rect.bottom <= box.bottom + 1) {
            // Drawn in the frame after the one it was laid out in.
            requestAnimationFrame(() => resolve(performance.now() - start));
            return;
          }
        }
        if (performance.now() - start > 30000) return reject(new Error('the newest message never showed'));
        requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  },
  // Scrolls the message list up 300 px a frame until its first message is at the top with every page
  // loaded (or, given 'until', once that many are loaded); every frame's duration (requestAnimationFrame
  // deltas) meanwhile, and how long it took.
  scrollToFirst(total, until = total) {
    return new Promise((resolve, reject) => {
      const list = document.querySelector('[data-testid="conversation-messages"]');
      if (!list) return reject(new Error('no message list'));
      const frames = [];
      // The frames in which an older page was drawn (the loaded count changed since the frame before).
      const pageFrames = [];
      // How many messages were loaded in each frame (to see whether frames slow down as the history grows).
      const loadedAt = [];
      const start = performance.now();
      let last = start;
      let lastLoaded = Number(list.getAttribute('data-rows'));
      // Steps taken away from the top with no page arriving, and those the list did not move by in full:
      // a view correction wrote a scroll position that dropped the step.
      let lastTop = list.scrollTop;
      let steps = 0;
      let lost = 0;
      const step = (now) => {
        frames.push(now - last);
        last = now;
        const loaded = Number(list.getAttribute('data-rows'));
        loadedAt.push(loaded);
        if (loaded !== lastLoaded) pageFrames.push(frames.length - 1);
        else if (frames.length > 1 && lastTop > 300) {
          steps++;
          if (lastTop - list.scrollTop < 299) lost++;
        }
        lastTop = list.scrollTop;
        lastLoaded = loaded;
        const done = until < total ? loaded >= until : loaded >= total && list.scrollTop === 0;
        if (done && list.getAttribute('aria-busy') === 'false') {
          return resolve({ frames, pageFrames, loadedAt, steps, lost, ms: now - start });
        }
        if (now - start > 600000) return reject(new Error('stuck at ' + loaded + ' of ' + total + ' messages'));
        list.scrollBy({ top: -300 });
        requestAnimationFrame(step);
      };
      requestAnimationFrame((now) => {
        last = now;
        requestAnimationFrame(step);
      });
    });
  },
  count(selector) {
    return document.querySelectorAll(selector).length;
  },
};
`;

const inPage = <T>(page: Page, call: string): Promise<T> => page.evaluate(call) as Promise<T>;

/** The scroll gives up by itself after 10 minutes (its own clock, in the page); a page that stops answering cannot. */
const SCROLL_WATCHDOG_MS = 11 * 60_000;

/** A paused call frame, as CDP's Debugger domain gives it. */
interface PausedFrame {
  functionName: string;
  location: { scriptId: string; lineNumber: number; columnNumber?: number };
}

/**
 * `work`, or, when it has not settled after `ms`, a failure that says where the page's script is: the debugger
 * pauses it and the top of its stack is printed (a page stuck in a loop of its own, or waiting on nothing).
 */
async function watched<T>(cdp: CDPSession, what: string, work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<'expired'>((resolve) => (timer = setTimeout(() => resolve('expired'), ms)));
  const outcome = await Promise.race([work, expired]).finally(() => clearTimeout(timer));
  if (outcome !== 'expired') return outcome;
  // Enabling the debugger names every script the page has (a call frame gives only the script's id).
  const scripts = new Map<string, string>();
  cdp.on('Debugger.scriptParsed', ({ scriptId, url }) => scripts.set(scriptId, url));
  await cdp.send('Debugger.enable');
  const paused = new Promise<{ callFrames: PausedFrame[] }>((resolve) => cdp.once('Debugger.paused', resolve));
  await cdp.send('Debugger.pause');
  const stack = await Promise.race([
    paused,
    new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 10_000)),
  ]);
  const where = ({ functionName, location }: PausedFrame) =>
    `  ${functionName || '(anonymous)'}  ${scripts.get(location.scriptId)?.split('/').pop() ?? location.scriptId}:${location.lineNumber + 1}:${location.columnNumber ?? 0}`;
  const frames = stack
    ? stack.callFrames.slice(0, 15).map(where).join('\n')
    : '  (the page ran no script within 10 s of the pause)';
  fail(`${what}: no answer from the page after ${Math.round(ms / 1000)} s; its script was paused at:\n${frames}`);
}

/** Customers write to `count` random other tickets through the stand-in's simulator, 16 at a time. */
async function burst(apiUrl: string, ticketIds: number[], count: number): Promise<{ ticketId: number; body: string }> {
  let next = 0;
  let lastSent = { ticketId: ticketIds[0] ?? 0, body: '' };
  const worker = async () => {
    while (next < count) {
      const n = next++;
      const ticketId = ticketIds[(n * 7919) % ticketIds.length] ?? 0;
      const body = `Mensagem de cliente ${n + 1}`;
      const response = await fetch(`${apiUrl}/dev/inbound`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ticketId, body }),
      });
      if (response.status !== 200) throw new Error(`POST /dev/inbound: ${response.status}`);
      await response.arrayBuffer();
      if (n === count - 1) lastSent = { ticketId, body };
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  // One more, last for sure, that the page must show before the heap is read.
  const ticketId = ticketIds[1] ?? 0;
  const body = `Última mensagem ${lastSent.body}`;
  const response = await fetch(`${apiUrl}/dev/inbound`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ticketId, body }),
  });
  if (response.status !== 200) throw new Error(`POST /dev/inbound: ${response.status}`);
  return { ticketId, body };
}

async function apiJson<T>(url: string, token: string): Promise<T> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (response.status !== 200) throw new Error(`GET ${url}: ${response.status}`);
  return (await response.json()) as T;
}

const distDir = mkdtempSync(join(tmpdir(), 'vitrine-bench-runtime-'));
try {
  if (!args['no-build']) {
    console.log(`Building the app into ${appDir}…`);
    await buildApp(appDir, { quiet: true });
  } else if (!appIsBuilt(appDir)) {
    fail(`--no-build: no app build in ${appDir} (run npm run build:app first)`);
  }
  const bundleDir = join(distDir, 'default');
  const web = await serveStatic(bundleDir);
  const seedStart = performance.now();
  const api = await startApi({
    port: 0,
    dbFile: ':memory:',
    frontendOrigins: [web.url],
    devInbound: true,
    seed: 'bench',
    logErrors: false,
  });
  const seedMs = performance.now() - seedStart;
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const stamped = await stampBrand('default', {
      brandsDir: BRANDS_DIR,
      distDir,
      appDir,
      env: { REACT_APP_BACKEND_URL: api.url },
      iconCacheDir: ICON_CACHE_DIR,
    });
    if (!stamped.ok) fail(`stamping failed:\n${stamped.errors?.join('\n')}`);

    // The big ticket, its newest message and the other open tickets, as the API gives them.
    const login = await fetch(`${api.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(LOGIN),
    });
    const { token } = (await login.json()) as { token: string };
    const open = await apiJson<{ count: number; tickets: Array<{ id: number; contact: { number: string } }> }>(
      `${api.url}/tickets?status=open&showAll=false&searchParam=&pageNumber=1&queueIds=${encodeURIComponent('[1,2]')}`,
      token,
    );
    const big = open.tickets.find((ticket) => ticket.contact.number === HISTORY_CONTACT.number);
    if (!big) fail('the long conversation is not on the first page of open tickets');
    const newest = await apiJson<{ count: number; messages: Array<{ id: string }> }>(
      `${api.url}/messages/${big.id}?pageNumber=1`,
      token,
    );
    const newestId = newest.messages.at(-1)?.id;
    if (!newestId) fail('the long conversation has no messages');
    // Other open tickets of the seed (ids after the big one), not the big one.
    const others = Array.from({ length: BENCH_HISTORY.openTickets }, (_, i) => big.id + 1 + i);

    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'pt-BR' });
    const page = await context.newPage();
    await signIn(page, web.url);
    await page.goto(`${web.url}/tickets`);
    await page.locator(`[data-testid="ticket-item-${big.id}"]`).waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING });

    await page.evaluate(PAGE_CODE);
    const openMs = await inPage<number>(page, `window.__bench.timeToNewest(${big.id}, ${JSON.stringify(newestId)})`);
    console.log(`conversation shown in ${Math.round(openMs)} ms; scrolling to the first message…`);
    if (args.profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
    }
    const before = await durations(cdp);
    const {
      frames,
      pageFrames,
      loadedAt,
      steps,
      lost,
      ms: scrollMs,
    } = await watched(
      cdp,
      'scroll to the first message',
      inPage<{
        frames: number[];
        pageFrames: number[];
        loadedAt: number[];
        steps: number;
        lost: number;
        ms: number;
      }>(page, `window.__bench.scrollToFirst(${newest.count}, ${scrollUntil ?? newest.count})`),
      SCROLL_WATCHDOG_MS,
    );
    const after = await durations(cdp);
    const spent = (name: string) => (((after[name] ?? 0) - (before[name] ?? 0)) * 1000).toFixed(0);
    const breakdown = `main thread busy ${spent('TaskDuration')} ms: script ${spent('ScriptDuration')} ms, layout ${spent('LayoutDuration')} ms, style ${spent('RecalcStyleDuration')} ms`;
    if (args.profile) {
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      writeFileSync(args.profile, JSON.stringify(profile));
      console.log(
        `CPU profile of the scroll in ${args.profile}; most self time:\n${topFunctions(profile, 20).join('\n')}`,
      );
    }
    const { median, p95, worst, long } = frameStats(frames);
    // A page is committed before the frame that sees its count and drawn in that frame: those two deltas.
    const nearPage = new Set(pageFrames.flatMap((index) => [index, index + 1]));
    const longWithPage = frames.filter((ms, index) => ms > LONG_FRAME_MS && nearPage.has(index)).length;
    const share = (count: number, of: number) => `${((100 * count) / Math.max(1, of)).toFixed(1)} %`;
    const longFrames = `frames over ${LONG_FRAME_MS} ms: ${long} (${share(long, frames.length)}); ${longWithPage} of them as an older page arrives (the 2 frames around each of ${pageFrames.length} pages)`;
    // The same figures for each 1,000 messages loaded: a frame that costs more as the history grows shows here.
    const byThousand = new Map<number, number[]>();
    frames.forEach((ms, index) => {
      const thousand = Math.ceil((loadedAt[index] ?? 0) / 1000);
      const bucket = byThousand.get(thousand) ?? [];
      bucket.push(ms);
      byThousand.set(thousand, bucket);
    });
    const growth = [...byThousand]
      .sort(([a], [b]) => a - b)
      .map(([thousand, each]) => {
        const stats = frameStats(each);
        return `≤ ${thousand},000 loaded: ${each.length} frames, median ${stats.median.toFixed(1)} ms, p95 ${stats.p95.toFixed(1)} ms, over ${LONG_FRAME_MS} ms ${share(stats.long, each.length)}`;
      });
    await collectGarbage(cdp);
    const elements = await inPage<number>(page, `window.__bench.count('*')`);
    const nodes = await metric(cdp, 'Nodes');
    const drawnRows = await inPage<number>(
      page,
      `window.__bench.count('[data-testid="conversation-messages"] > div > div > [data-index]')`,
    );

    console.log(`scrolled in ${(scrollMs / 1000).toFixed(1)} s; ${SOCKET_MESSAGES} socket messages…`);
    await collectGarbage(cdp);
    const heapBefore = await metric(cdp, 'JSHeapUsedSize');
    const burstStart = performance.now();
    const last = await burst(api.url, others, SOCKET_MESSAGES);
    await page
      .locator(`[data-testid="ticket-item-${last.ticketId}"] [data-testid="ticket-item-last"]`)
      .filter({ hasText: last.body })
      .waitFor({ timeout: 300_000 });
    const burstMs = performance.now() - burstStart;
    await collectGarbage(cdp);
    const heapAfter = await metric(cdp, 'JSHeapUsedSize');
    const heapGrowthMB = (heapAfter - heapBefore) / 1e6;
    const ticketRows = await inPage<number>(page, `window.__bench.count('[data-testid="ticket-list"] li')`);
    const nodesAfter = await metric(cdp, 'Nodes');

    const ok = {
      open: openMs < TARGETS.openMs,
      frames: p95 < TARGETS.frameP95Ms,
      dom: nodes < TARGETS.domNodes,
      heap: heapGrowthMB < TARGETS.heapGrowthMB,
    };
    const mark = (pass: boolean) => (pass ? 'ok' : 'MISSED');
    console.log(
      [
        `Runtime with a long history: brand "default", Chromium ${browser.version()}, ${VIEWPORT.width}×${VIEWPORT.height}, CPU throttled ${CPU_THROTTLING}×`,
        `seed: ${newest.count} messages in ticket ${big.id}, ${open.count} open tickets (seeded in ${Math.round(seedMs)} ms)`,
        '',
        `conversation shown (click → newest message in view): ${Math.round(openMs)} ms   target < ${TARGETS.openMs} ms  ${mark(ok.open)}`,
        `scroll ${scrollUntil === undefined ? 'to the first message' : `up until ${scrollUntil} messages are loaded`} (${scrollUntil ?? newest.count} loaded, ${frames.length} frames, ${(scrollMs / 1000).toFixed(1)} s): median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, worst ${worst.toFixed(1)} ms   target p95 < ${TARGETS.frameP95Ms} ms  ${mark(ok.frames)}`,
        `  ${longFrames}`,
        `  steps of 300 px the list did not move by in full (a view correction dropped them): ${lost} of ${steps}`,
        `  meanwhile: ${breakdown}`,
        ...growth.map((line) => `  ${line}`),
        `DOM at the end: ${nodes} nodes (CDP, after GC), ${elements} elements, ${drawnRows} message rows drawn   target < ${TARGETS.domNodes} nodes  ${mark(ok.dom)}`,
        `JS heap after ${SOCKET_MESSAGES} socket messages on other tickets (${(burstMs / 1000).toFixed(1)} s): ${(heapBefore / 1e6).toFixed(1)} MB → ${(heapAfter / 1e6).toFixed(1)} MB, growth ${heapGrowthMB.toFixed(1)} MB   target < ${TARGETS.heapGrowthMB} MB  ${mark(ok.heap)}`,
        `  then: ${ticketRows} ticket rows drawn, ${nodesAfter} DOM nodes`,
      ].join('\n'),
    );
    if (args.json) {
      const figures: RuntimeFigures = {
        openMs,
        scroll: { frames: frames.length, ms: scrollMs, median, p95, worst, long, longWithPage, lost, steps },
        busyMs: { task: Number(spent('TaskDuration')), script: Number(spent('ScriptDuration')) },
        domNodes: nodes,
        heapGrowthMB,
      };
      writeFileSync(args.json, JSON.stringify(figures));
    }
    process.exitCode = Object.values(ok).every(Boolean) ? 0 : 1;
  } finally {
    await browser.close();
    await Promise.all([web.close(), api.close()]);
  }
} finally {
  rmSync(distDir, { recursive: true, force: true });
}
