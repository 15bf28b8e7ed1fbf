import { createReadStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import sharp from 'sharp';
import { startApi } from '../../dev-api/server.ts';
import { stampBrand } from '../../scripts/build/build-brands.ts';
import { BRANDS_DIR } from '../../scripts/paths.ts';
import { LOGINS, expect, logIn, readBrandConfig, test, type Stand } from './fixtures.ts';
import { apiCall, apiToken, seriousViolations } from './helpers.ts';
import { TEST_APP_DIR, TEST_ICON_CACHE_DIR } from './paths.ts';

/*
 * Knowing that something happened (src/features/notifications): the unread count in the tab's title and
 * icon, the chime and its switch, desktop notifications while the tab is hidden, pending tickets, and two
 * brands on one origin each showing only their own name and icon.
 *
 * Seed (dev-api/README.md): company 1's admin (queues Suporte, Vendas) starts with 3 unread messages in the
 * tickets `GET /tickets?withUnreadMessages=true` lists for them: ticket 3 (pending, Suporte, 2) and ticket 4
 * (pending, no queue, 1). Ticket 6 (Lucas Pereira) is the admin's open ticket in Vendas, ticket 1 (Maria
 * Silva) their open ticket in Suporte.
 */

/** A customer writes in (the stand-in's simulator). */
async function inbound(
  apiUrl: string,
  message: { ticketId: number; body: string } | { contactNumber: string; contactName?: string; body: string },
) {
  const response = await fetch(`${apiUrl}/dev/inbound`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(message),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { ticket: { id: number } };
}

/**
 * Test hooks, before the app's code runs: chimes counted (each chime starts WebAudio oscillators), the tab's
 * visibility under the test's control (`__setVisibility('hidden')` fires visibilitychange), desktop
 * notifications recorded as the app creates them (the real constructor still runs), and the permission
 * prompt answered "granted" when the app asks (`__permissionAsks` counts the asks).
 */
async function installSpies(context: BrowserContext, permission: NotificationPermission = 'default') {
  await context.addInitScript((initial: NotificationPermission) => {
    const spy = window as unknown as Record<string, unknown>;
    spy.__oscillators = 0;
    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (...args: Parameters<OscillatorNode['start']>) {
      spy.__oscillators = (spy.__oscillators as number) + 1;
      return start.apply(this, args);
    };

    let visibility: DocumentVisibilityState = 'visible';
    Object.defineProperty(Document.prototype, 'visibilityState', { configurable: true, get: () => visibility });
    Object.defineProperty(Document.prototype, 'hidden', { configurable: true, get: () => visibility === 'hidden' });
    spy.__setVisibility = (next: DocumentVisibilityState) => {
      visibility = next;
      document.dispatchEvent(new Event('visibilitychange'));
    };

    let current = initial;
    const shown: Array<{ title: string; body: string; tag: string; notification: Notification }> = [];
    spy.__notifications = shown;
    spy.__permissionAsks = 0;
    const Real = window.Notification;
    class Recorded extends Real {
      constructor(title: string, options: NotificationOptions = {}) {
        super(title, options);
        shown.push({ title, body: options.body ?? '', tag: options.tag ?? '', notification: this });
      }
    }
    Object.defineProperty(Recorded, 'permission', { configurable: true, get: () => current });
    Object.defineProperty(Recorded, 'requestPermission', {
      configurable: true,
      value: () => {
        spy.__permissionAsks = (spy.__permissionAsks as number) + 1;
        current = 'granted';
        return Promise.resolve(current);
      },
    });
    window.Notification = Recorded;
  }, permission);
}

const oscillators = (page: Page) => page.evaluate(() => (window as unknown as { __oscillators: number }).__oscillators);
const notifications = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __notifications: Array<{ title: string; body: string; tag: string }> }).__notifications.map(
      ({ title, body, tag }) => ({ title, body, tag }),
    ),
  );
const setVisibility = (page: Page, state: 'visible' | 'hidden') =>
  page.evaluate((next) => (window as unknown as { __setVisibility: (s: string) => void }).__setVisibility(next), state);

/** The href attribute of every icon link, in document order. */
const iconHrefs = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('link[rel~="icon"]')].map((link) => link.getAttribute('href')));

async function openUserMenu(page: Page) {
  await page.getByTestId('user-menu').click();
  await expect(page.getByRole('menu')).toBeVisible();
}

async function closeUserMenu(page: Page) {
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
}

/** Mean colour of the icon's lower-left quarter (the badge sits top-right), from a PNG (file or data URL). */
async function lowerLeftColour(png: Buffer): Promise<number[]> {
  // Over white: fully transparent pixels carry no colour of their own (the canvas makes them black).
  const quarter = await sharp(png)
    .flatten({ background: '#ffffff' })
    .resize(64, 64)
    .extract({ left: 0, top: 32, width: 32, height: 32 })
    .png()
    .toBuffer();
  // stats() reads its input, not the pipeline's output: hence the buffer.
  const { channels } = await sharp(quarter).stats();
  return channels.slice(0, 3).map((channel) => channel.mean);
}

const distance = (a: number[], b: number[]) => Math.hypot(...a.map((value, i) => value - (b[i] ?? 0)));
const dataUrlBytes = (href: string) => Buffer.from(href.replace(/^data:image\/png;base64,/, ''), 'base64');

/** The brand's 32 px PNG favicon, as its bundle's index.html links it. */
function brandFavicon(bundleDir: string): { href: string; bytes: Buffer } {
  const html = readFileSync(join(bundleDir, 'index.html'), 'utf8');
  const href = /<link rel="icon" type="image\/png" sizes="32x32" href="([^"]+)"/.exec(html)?.[1];
  if (!href) throw new Error(`no PNG favicon in ${bundleDir}/index.html`);
  return { href, bytes: readFileSync(join(bundleDir, href.replace(/^\//, ''))) };
}

async function signIn(
  page: Page,
  stand: Pick<Stand, 'appUrl'>,
  path: string,
  login: { email: string; password: string } = LOGINS.company1Admin,
) {
  await page.goto(`${stand.appUrl}${path}`);
  await logIn(page, login);
  await expect(page.getByTestId('user-menu')).toBeVisible();
}

test('the unread count in the title and on the favicon, back to the brand’s own once read', async ({
  page,
  launchStand,
}) => {
  const stand = await launchStand({ brand: 'cliente1' });
  const tabName = stand.config.tabName;
  await page.goto(stand.appUrl);
  await expect(page).toHaveTitle(tabName);
  const brandIcons = await iconHrefs(page);
  expect(brandIcons).toHaveLength(2);
  expect(brandIcons.every((href) => href && !href.startsWith('data:'))).toBe(true);

  await logIn(page, LOGINS.company1Admin);
  await expect(page.getByTestId('user-menu')).toBeVisible();
  await expect(page).toHaveTitle(`(3) ${tabName}`);
  // Every icon link shows the badged icon, drawn from the brand's own.
  await expect.poll(async () => (await iconHrefs(page)).every((href) => href?.startsWith('data:image/png'))).toBe(true);
  const badged = (await iconHrefs(page))[0] ?? '';
  const own = brandFavicon(stand.bundleDir);
  expect(distance(await lowerLeftColour(dataUrlBytes(badged)), await lowerLeftColour(own.bytes))).toBeLessThan(40);

  // A message in another of the admin's tickets: the count goes up, the badge changes with it.
  await inbound(stand.apiUrl, { ticketId: 6, body: 'Oi, tudo bem?' });
  await expect(page).toHaveTitle(`(4) ${tabName}`);
  await expect.poll(async () => (await iconHrefs(page))[0]).not.toBe(badged);

  // Reading them, one conversation after another: the count goes down to nothing.
  await page.goto(`${stand.appUrl}/tickets/6`);
  await expect(page.getByTestId('conversation-contact-name')).toHaveText('Lucas Pereira');
  await expect(page).toHaveTitle(`(3) ${tabName}`);
  await page.goto(`${stand.appUrl}/tickets/3`);
  await expect(page.getByTestId('conversation-contact-name')).toHaveText('Ana Oliveira');
  await expect(page).toHaveTitle(`(1) ${tabName}`);
  await page.goto(`${stand.appUrl}/tickets/4`);
  await expect(page.getByTestId('conversation-contact-name')).toHaveText('Pedro Costa');
  // Nothing unread: the brand's own title and icons, exactly as the build stamped them.
  await expect(page).toHaveTitle(tabName);
  await expect.poll(() => iconHrefs(page)).toEqual(brandIcons);
  // Read elsewhere (the backend says so): it stays read after leaving the conversation.
  await page.goto(`${stand.appUrl}/contacts`);
  await expect(page.getByTestId('user-menu')).toBeVisible();
  await expect(page).toHaveTitle(tabName);

  // A message in the conversation on screen does not count; in another, it does.
  await page.goto(`${stand.appUrl}/tickets/1`);
  await expect(page.getByTestId('conversation-contact-name')).toHaveText('Maria Silva');
  await inbound(stand.apiUrl, { ticketId: 1, body: 'Estou na conversa aberta' });
  await expect(page.getByTestId('conversation').getByText('Estou na conversa aberta')).toBeVisible();
  await inbound(stand.apiUrl, { ticketId: 6, body: 'E eu em outra' });
  await expect(page).toHaveTitle(`(1) ${tabName}`);

  // Signing out: the brand's own title and icon.
  await openUserMenu(page);
  await page.getByTestId('logout').click();
  await expect(page.getByTestId('login-submit')).toBeVisible();
  await expect(page).toHaveTitle(tabName);
  await expect.poll(() => iconHrefs(page)).toEqual(brandIcons);
});

test('the chime plays only when the sound is on; the switch is remembered after a reload', async ({
  page,
  context,
  launchStand,
}) => {
  await installSpies(context);
  const stand = await launchStand({ brand: 'cliente1' });
  const tabName = stand.config.tabName;
  await signIn(page, stand, '/tickets/1');
  await expect(page.getByTestId('conversation-contact-name')).toHaveText('Maria Silva');
  await expect(page).toHaveTitle(`(3) ${tabName}`);

  // The conversation on screen: no chime.
  await inbound(stand.apiUrl, { ticketId: 1, body: 'Na conversa aberta' });
  await expect(page.getByTestId('conversation').getByText('Na conversa aberta')).toBeVisible();
  expect(await oscillators(page)).toBe(0);

  // Another ticket: a chime.
  await inbound(stand.apiUrl, { ticketId: 6, body: 'Outra conversa' });
  await expect.poll(() => oscillators(page)).toBeGreaterThan(0);
  await expect(page).toHaveTitle(`(4) ${tabName}`);

  // Off: the count still moves, no chime.
  await openUserMenu(page);
  const toggle = page.getByTestId('sound-toggle');
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await closeUserMenu(page);
  const chimed = await oscillators(page);
  await inbound(stand.apiUrl, { ticketId: 6, body: 'Sem som, por favor' });
  await expect(page).toHaveTitle(`(5) ${tabName}`);
  expect(await oscillators(page)).toBe(chimed);
  expect(await page.evaluate(() => localStorage.getItem('vitrine:cliente1:sound'))).toBe('off');

  // Remembered after a reload.
  await page.reload();
  await expect(page.getByTestId('conversation-contact-name')).toHaveText('Maria Silva');
  await expect(page).toHaveTitle(`(5) ${tabName}`);
  await openUserMenu(page);
  await expect(page.getByTestId('sound-toggle')).toHaveAttribute('aria-checked', 'false');
  await closeUserMenu(page);
  await inbound(stand.apiUrl, { ticketId: 6, body: 'Ainda sem som' });
  await expect(page).toHaveTitle(`(6) ${tabName}`);
  expect(await oscillators(page)).toBe(0);

  // On again: it chimes.
  await openUserMenu(page);
  await page.getByTestId('sound-toggle').click();
  await expect(page.getByTestId('sound-toggle')).toHaveAttribute('aria-checked', 'true');
  await closeUserMenu(page);
  await inbound(stand.apiUrl, { ticketId: 6, body: 'Com som de novo' });
  await expect(page).toHaveTitle(`(7) ${tabName}`);
  await expect.poll(() => oscillators(page)).toBeGreaterThan(0);
});

test('desktop notifications: asked from the menu, shown only while the tab is hidden, a click opens the ticket', async ({
  page,
  context,
  launchStand,
}) => {
  await installSpies(context, 'default');
  const stand = await launchStand({ brand: 'cliente1' });
  await context.grantPermissions(['notifications'], { origin: stand.appUrl });
  await signIn(page, stand, '/tickets/1');
  await expect(page.getByTestId('conversation-contact-name')).toHaveText('Maria Silva');

  // Never asked by itself: only from the menu item (a user gesture).
  expect(await page.evaluate(() => (window as unknown as { __permissionAsks: number }).__permissionAsks)).toBe(0);
  await openUserMenu(page);
  const item = page.getByTestId('desktop-notifications');
  await expect(item).toHaveAttribute('data-permission', 'default');
  await item.click();
  await expect(item).toHaveAttribute('data-permission', 'granted');
  await expect(item).toHaveText('Notificações na área de trabalho ativas');
  expect(await seriousViolations(page)).toEqual([]);
  await closeUserMenu(page);
  expect(await page.evaluate(() => (window as unknown as { __permissionAsks: number }).__permissionAsks)).toBe(1);

  // Visible tab: the chime and the count, no desktop notification.
  await inbound(stand.apiUrl, { ticketId: 6, body: 'Com a aba visível' });
  await expect(page).toHaveTitle(`(4) ${stand.config.tabName}`);
  expect(await notifications(page)).toEqual([]);

  // Hidden: even the open conversation is not being read.
  await setVisibility(page, 'hidden');
  await inbound(stand.apiUrl, { ticketId: 1, body: 'Com a aba escondida' });
  await expect
    .poll(() => notifications(page))
    .toEqual([
      { title: 'Nova mensagem de Maria Silva', body: 'Com a aba escondida', tag: 'vitrine:cliente1:ticket-1' },
    ]);
  await expect(page).toHaveTitle(`(5) ${stand.config.tabName}`);
  // Hostile text stays text: a notification's body is plain text by nature; the markup is shown as written.
  await inbound(stand.apiUrl, { ticketId: 6, body: '<img src=x onerror=alert(1)>' });
  await expect.poll(async () => (await notifications(page)).length).toBe(2);
  expect((await notifications(page))[1]).toEqual({
    title: 'Nova mensagem de Lucas Pereira',
    body: '<img src=x onerror=alert(1)>',
    tag: 'vitrine:cliente1:ticket-6',
  });

  // A click on Lucas Pereira's notification opens that ticket.
  await page.evaluate(() => {
    const shown = (window as unknown as { __notifications: Array<{ notification: Notification }> }).__notifications;
    shown[1]?.notification.dispatchEvent(new Event('click', { cancelable: true }));
  });
  await expect(page).toHaveURL(`${stand.appUrl}/tickets/6`);
  await expect(page.getByTestId('conversation-contact-name')).toHaveText('Lucas Pereira');
  await setVisibility(page, 'visible');
  // Maria's conversation was left with its unread message (1), Lucas's was read; 3 from the seed.
  await expect(page).toHaveTitle(`(4) ${stand.config.tabName}`);
});

test('a new pending ticket notifies the admins and the users of its queue, not the others', async ({
  launchStand,
  twoAgents: { admin, agent },
}) => {
  const stand = await launchStand({ brand: 'cliente1' });
  for (const context of [admin.context(), agent.context()]) {
    await installSpies(context, 'granted');
    await context.grantPermissions(['notifications'], { origin: stand.appUrl });
  }
  await signIn(admin, stand, '/contacts', LOGINS.company1Admin);
  await signIn(agent, stand, '/contacts', LOGINS.company1Agent);
  // The agent's count: their ticket 2 (1) and the pending tickets 3 (2) and 4 (1).
  await expect(admin).toHaveTitle(`(3) ${stand.config.tabName}`);
  await expect(agent).toHaveTitle(`(4) ${stand.config.tabName}`);
  await setVisibility(admin, 'hidden');
  await setVisibility(agent, 'hidden');

  // Ticket 6 goes back to the waiting list of Vendas, a queue the agent is not in; its customer writes.
  const token = await apiToken(stand.apiUrl);
  const moved = await apiCall(stand.apiUrl, token, 'PUT', '/tickets/6', {
    status: 'pending',
    userId: null,
    queueId: 2,
  });
  expect(moved.status).toBe(200);
  await inbound(stand.apiUrl, { ticketId: 6, body: 'Alguém de vendas?' });
  await expect
    .poll(() => notifications(admin))
    .toEqual([
      { title: 'Aguardando atendimento: Lucas Pereira', body: 'Alguém de vendas?', tag: 'vitrine:cliente1:ticket-6' },
    ]);
  await expect.poll(() => oscillators(admin)).toBeGreaterThan(0);
  await expect(admin).toHaveTitle(`(4) ${stand.config.tabName}`);

  // A pending ticket of Suporte, the agent's queue: both are told.
  await inbound(stand.apiUrl, { ticketId: 3, body: 'Suporte, por favor' });
  const ana = {
    title: 'Aguardando atendimento: Ana Oliveira',
    body: 'Suporte, por favor',
    tag: 'vitrine:cliente1:ticket-3',
  };
  await expect.poll(async () => (await notifications(admin)).at(-1)).toEqual(ana);
  // Events arrive in order: had the agent been told of Lucas Pereira, it would show before Ana Oliveira.
  await expect.poll(() => notifications(agent)).toEqual([ana]);
  await expect(agent).toHaveTitle(`(5) ${stand.config.tabName}`);
  expect(await oscillators(agent)).toBeGreaterThan(0);

  // A new customer (a new pending ticket without a queue): everyone's.
  await inbound(stand.apiUrl, {
    contactNumber: '5511955554444',
    contactName: 'Cliente Novo',
    body: 'Primeira mensagem',
  });
  const novo = { title: 'Aguardando atendimento: Cliente Novo', body: 'Primeira mensagem' };
  await expect.poll(async () => (await notifications(admin)).at(-1)).toMatchObject(novo);
  await expect.poll(async () => (await notifications(agent)).at(-1)).toMatchObject(novo);
  await expect(admin).toHaveTitle(`(6) ${stand.config.tabName}`);
  await expect(agent).toHaveTitle(`(6) ${stand.config.tabName}`);
});

/**
 * Two brands served from one origin, as on a staging host: one web server for both bundles (each page gets
 * the index.html of the brand being served when it loads; the brands' hashed files side by side), one
 * backend. Two tabs of one browser profile, so they even share localStorage.
 */
async function oneOriginForTwoBrands(brands: [string, string]) {
  const distDir = mkdtempSync(join(tmpdir(), 'vitrine-e2e-one-origin-'));
  let serving = brands[0];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const candidates = [serving, ...brands.filter((brand) => brand !== serving)].map((brand) =>
      normalize(join(distDir, brand, path)),
    );
    let target: string | undefined;
    for (const file of candidates) {
      if (!file.startsWith(distDir + sep)) break;
      if (
        await stat(file).then(
          (s) => s.isFile(),
          () => false,
        )
      ) {
        target = file;
        break;
      }
    }
    if (!target && extname(path) === '') target = join(distDir, serving, 'index.html');
    if (!target) return void response.writeHead(404).end();
    const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
    response.writeHead(200, { 'Content-Type': types[extname(target)] ?? 'application/octet-stream' });
    createReadStream(target)
      .on('error', () => response.destroy())
      .pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const appUrl = `http://localhost:${(server.address() as AddressInfo).port}`;
  const api = await startApi({ port: 0, dbFile: ':memory:', frontendOrigins: [appUrl], devInbound: true });
  for (const brand of brands) {
    const result = await stampBrand(brand, {
      brandsDir: BRANDS_DIR,
      distDir,
      appDir: TEST_APP_DIR,
      env: { REACT_APP_BACKEND_URL: api.url },
      iconCacheDir: TEST_ICON_CACHE_DIR,
    });
    if (!result.ok) throw new Error(`stamping ${brand} failed: ${result.errors?.join('\n')}`);
  }
  return {
    appUrl,
    apiUrl: api.url,
    bundleDir: (brand: string) => join(distDir, brand),
    serve: (brand: string) => void (serving = brand),
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await api.close();
      rmSync(distDir, { recursive: true, force: true });
    },
  };
}

test('two brands on one origin: each tab shows only its own name and icon, and keeps its own sound switch', async ({
  context,
}) => {
  await installSpies(context);
  const site = await oneOriginForTwoBrands(['cliente1', 'cliente2']);
  try {
    const tabs = [];
    for (const brand of ['cliente1', 'cliente2']) {
      site.serve(brand);
      const page = await context.newPage();
      await signIn(page, site, '/contacts');
      const config = readBrandConfig(site.bundleDir(brand));
      tabs.push({ brand, page, config, favicon: brandFavicon(site.bundleDir(brand)) });
    }
    const [one, two] = tabs as [(typeof tabs)[number], (typeof tabs)[number]];
    expect(one.config.tabName).not.toBe(two.config.tabName);
    expect(one.favicon.href).not.toBe(two.favicon.href);
    const ownColours = [await lowerLeftColour(one.favicon.bytes), await lowerLeftColour(two.favicon.bytes)];
    // The two brands' icons are told apart by that colour.
    expect(distance(ownColours[0] ?? [], ownColours[1] ?? [])).toBeGreaterThan(60);

    // The sound off in one brand's tab: the other brand's stays on.
    await openUserMenu(one.page);
    await one.page.getByTestId('sound-toggle').click();
    await expect(one.page.getByTestId('sound-toggle')).toHaveAttribute('aria-checked', 'false');
    await closeUserMenu(one.page);
    await openUserMenu(two.page);
    await expect(two.page.getByTestId('sound-toggle')).toHaveAttribute('aria-checked', 'true');
    await closeUserMenu(two.page);

    await inbound(site.apiUrl, { ticketId: 6, body: 'Para as duas abas' });
    for (const [index, tab] of tabs.entries()) {
      const other = tabs[1 - index]!;
      await expect(tab.page).toHaveTitle(`(4) ${tab.config.tabName}`);
      expect(await tab.page.title()).not.toContain(other.config.tabName);
      await expect
        .poll(async () => (await iconHrefs(tab.page)).every((href) => href?.startsWith('data:image/png')))
        .toBe(true);
      const colour = await lowerLeftColour(dataUrlBytes((await iconHrefs(tab.page))[0] ?? ''));
      expect(distance(colour, ownColours[index] ?? [])).toBeLessThan(40);
      expect(distance(colour, ownColours[1 - index] ?? [])).toBeGreaterThan(40);
    }
    await expect.poll(() => oscillators(two.page)).toBeGreaterThan(0);
    expect(await oscillators(one.page)).toBe(0);
  } finally {
    await site.close();
  }
});
