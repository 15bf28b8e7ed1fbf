import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';

/** The page's document, as the functions evaluated in it below use it: the Node side has no DOM types. */
declare const document: { querySelector(selectors: string): unknown; fonts: { ready: Promise<unknown> } };

/** The four pictures per brand, in gallery column order. */
export const SHOTS = [
  { id: 'login-light', screen: 'login', colorScheme: 'light', title: 'Login, light' },
  { id: 'login-dark', screen: 'login', colorScheme: 'dark', title: 'Login, dark' },
  { id: 'main-light', screen: 'main', colorScheme: 'light', title: 'Main screen, light' },
  { id: 'main-dark', screen: 'main', colorScheme: 'dark', title: 'Main screen, dark' },
] as const;

export type ShotId = (typeof SHOTS)[number]['id'];

/** The stand-in backend's seeded administrator (dev-api). */
export const DEMO_LOGIN = { email: 'admin@admin.com', password: '123456' } as const;
export const VIEWPORT = { width: 1280, height: 800 } as const;

const STEP_TIMEOUT_MS = 20_000;

export interface CapturedShots {
  /** File name (inside the brand's folder) of each shot taken. */
  files: Partial<Record<ShotId, string>>;
  /** What went wrong, when not every shot could be taken. */
  error?: string;
}

/**
 * Logs in to one running bundle in a fresh browser context per colour scheme (so the scheme is the system
 * preference the app follows, as for a real user) and saves the login page and the main screen (the tickets, one
 * conversation open) as PNGs.
 */
export async function captureShots(browser: Browser, appUrl: string, outDir: string): Promise<CapturedShots> {
  await mkdir(outDir, { recursive: true });
  const files: Partial<Record<ShotId, string>> = {};
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({
      colorScheme,
      viewport: VIEWPORT,
      deviceScaleFactor: 1,
      locale: 'pt-BR',
      reducedMotion: 'reduce',
    });
    context.setDefaultTimeout(STEP_TIMEOUT_MS);
    const page = await context.newPage();
    try {
      await page.goto(`${appUrl}/login`);
      await page.getByTestId('login-submit').waitFor({ state: 'visible' });
      files[`login-${colorScheme}`] = await save(page, outDir, `login-${colorScheme}`);

      await fillField(page, 'login-email', DEMO_LOGIN.email);
      await fillField(page, 'login-password', DEMO_LOGIN.password);
      await page.getByTestId('login-submit').click();
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      await page.getByTestId('user-menu').waitFor({ state: 'visible' });
      // The main screen is where agents spend their day: the tickets, with a conversation open.
      await page.goto(`${appUrl}/tickets`);
      await page.locator('[data-testid^="ticket-item-"]').first().click();
      await page.getByTestId('conversation-messages').waitFor({ state: 'visible' });
      files[`main-${colorScheme}`] = await save(page, outDir, `main-${colorScheme}`);
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      return { files, error: `${colorScheme} mode, at ${page.url()}: ${reason}` };
    } finally {
      await context.close();
    }
  }
  return { files };
}

/** The inputs carry the test ids themselves or on a wrapper, depending on the MUI version: accept both. */
async function fillField(page: Page, testId: string, value: string): Promise<void> {
  await page
    .getByTestId(testId)
    .locator('input')
    .or(page.locator(`input[data-testid="${testId}"]`))
    .first()
    .fill(value);
}

/**
 * Waits until the screen stops changing (data loaded, skeletons gone, fonts in), bounded so a screen that
 * never settles still gets its picture: the last of two identical consecutive screenshots is the one kept.
 */
async function settle(page: Page): Promise<Buffer> {
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
  await page
    .waitForFunction(
      () => !document.querySelector('.MuiSkeleton-root, .MuiCircularProgress-root, .vitrine-splash'),
      undefined,
      { timeout: 5_000 },
    )
    .catch(() => undefined);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  let previous = await page.screenshot({ animations: 'disabled', caret: 'hide' });
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.waitForTimeout(250);
    const current = await page.screenshot({ animations: 'disabled', caret: 'hide' });
    if (current.equals(previous)) return current;
    previous = current;
  }
  return previous;
}

async function save(page: Page, outDir: string, id: ShotId): Promise<string> {
  const file = `${id}.png`;
  await writeFile(join(outDir, file), await settle(page));
  return file;
}
