import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readableColor } from '../../common/color-contrast.ts';
import { EXAMPLE_BRANDS, expect, rgb, test } from './fixtures.ts';

/**
 * Records, from the very first parse of the document, every title, theme colour, splash colour and image
 * the page shows, so the tests can prove no frame ever showed another brand.
 */
function recordEveryFrame() {
  type Frame = { title: string; theme: string | null; bar: string | null; images: string[] };
  const frames: Frame[] = [];
  (window as unknown as { __frames: Frame[] }).__frames = frames;
  const record = (painting: boolean) => {
    if (frames.length > 2000) return;
    const bar = painting ? document.querySelector('.vitrine-splash__bar') : null;
    frames.push({
      title: document.title,
      theme: document.querySelector('meta[name="theme-color"]')?.getAttribute('content') ?? null,
      // Colours only mean something when the browser is about to paint (in requestAnimationFrame): before
      // that, a render-blocking stylesheet may not have applied yet, and nothing is on screen.
      bar: bar ? getComputedStyle(bar).backgroundColor : null,
      images: painting ? Array.from(document.images, (image) => image.currentSrc || image.src).filter(Boolean) : [],
    });
  };
  // Every change to the document: catches a title that would flash between two frames.
  new MutationObserver(() => record(false)).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  });
  const onFrame = () => {
    record(true);
    if (frames.length < 60) requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
}

for (const brand of EXAMPLE_BRANDS) {
  test.describe(`brand ${brand}`, () => {
    test('shows only its own title, colour and logo, from the first paint on', async ({ page, launchStand }) => {
      const stand = await launchStand({ brand });
      const { config } = stand;
      await page.addInitScript(recordEveryFrame);
      await page.goto(stand.appUrl);
      await expect(page.getByTestId('login-submit')).toBeVisible();

      await expect(page).toHaveTitle(config.tabName);
      const frames = await page.evaluate(
        () =>
          (
            window as unknown as {
              __frames: Array<{ title: string; theme: string | null; bar: string | null; images: string[] }>;
            }
          ).__frames,
      );
      expect(frames.length).toBeGreaterThan(1);
      // Before the title element is parsed the title is empty; after, it is never anything but the brand's.
      expect(new Set(frames.map((frame) => frame.title).filter(Boolean))).toEqual(new Set([config.tabName]));
      expect(new Set(frames.map((frame) => frame.theme).filter(Boolean))).toEqual(new Set([config.color]));
      // The splash that paints before React mounts is in the brand's colour.
      const bars = frames.map((frame) => frame.bar).filter(Boolean);
      expect(bars.length).toBeGreaterThan(0);
      expect(new Set(bars)).toEqual(new Set([rgb(config.color)]));
      // Every image ever shown is one of this bundle's own brand files.
      const images = new Set(frames.flatMap((frame) => frame.images));
      expect(images.size).toBeGreaterThan(0);
      for (const image of images) expect(image).toMatch(new RegExp(`^${stand.appUrl}/(brand/|assets/)`));
      expect(images).toContain(`${stand.appUrl}${config.logoUrl}`);
    });

    test('serves its own favicon and icons and shows its logo and colour on the login page', async ({
      page,
      launchStand,
    }) => {
      const stand = await launchStand({ brand });
      const { config } = stand;
      await page.goto(stand.appUrl);

      const served = await page.request.get(`${stand.appUrl}/favicon.ico`);
      expect(served.status()).toBe(200);
      expect(Buffer.from(await served.body()).equals(readFileSync(join(stand.bundleDir, 'favicon.ico')))).toBe(true);
      const pngIcon = await page.locator('link[rel="icon"][type="image/png"]').getAttribute('href');
      const iconBytes = Buffer.from(await (await page.request.get(`${stand.appUrl}${pngIcon}`)).body());
      expect(iconBytes.equals(readFileSync(join(stand.bundleDir, pngIcon!)))).toBe(true);

      const logo = page.getByTestId('brand-logo');
      await expect(logo).toBeVisible();
      expect(await logo.getAttribute('src')).toBe(config.logoUrl);
      expect(await logo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);

      const button = page.getByTestId('login-submit');
      const background = await button.evaluate((element) => getComputedStyle(element).backgroundColor);
      expect(background).toBe(rgb(readableColor(config.color).background));
    });
  });
}

test('the example brands differ in every branded file', async ({ launchStand }) => {
  const stands = await Promise.all(EXAMPLE_BRANDS.map((brand) => launchStand({ brand })));
  const favicons = stands.map((stand) => readFileSync(join(stand.bundleDir, 'favicon.ico')).toString('base64'));
  expect(new Set(favicons).size).toBe(stands.length);
  expect(new Set(stands.map((stand) => stand.config.color)).size).toBe(stands.length);
  expect(new Set(stands.map((stand) => stand.config.logoUrl)).size).toBe(stands.length);
});
