import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { ROOT } from '../../scripts/paths.ts';
import { makeBrandsDir } from '../unit/build/fixtures.ts';
import { expect, test } from './fixtures.ts';

test("npm run dev serves STACK_NAME's brand and shows edits to it without a restart", async ({ page }) => {
  const { dir: brandsDir, cleanup } = makeBrandsDir(['cliente1']);
  let server: ViteDevServer | undefined;
  try {
    // vite.config.ts reads these when the server starts, as `STACK_NAME=cliente1 npm run dev` would set them.
    process.env.STACK_NAME = 'cliente1';
    process.env.VITRINE_BRANDS_DIR = brandsDir;
    server = await createServer({
      root: ROOT,
      configFile: join(ROOT, 'vite.config.ts'),
      logLevel: 'silent',
      server: { port: 0, host: 'localhost' },
    });
    await server.listen();
    const url = server.resolvedUrls?.local[0];
    expect(url).toBeTruthy();

    await page.goto(url!);
    await expect(page).toHaveTitle('Cliente Um | Atendimento');
    await expect(page.getByTestId('brand-logo')).toBeVisible();
    const logoBefore = await page.getByTestId('brand-logo').getAttribute('src');

    // Edit brand.json: the page reloads by itself with the new title.
    const brandFile = join(brandsDir, 'cliente1', 'brand.json');
    const brand = JSON.parse(readFileSync(brandFile, 'utf8')) as Record<string, string>;
    writeFileSync(brandFile, JSON.stringify({ ...brand, tabName: 'Editado ao vivo' }));
    await expect(page).toHaveTitle('Editado ao vivo', { timeout: 15_000 });

    // Replace the logo: the page shows the new one (a new content-hashed URL).
    writeFileSync(
      join(brandsDir, 'cliente1', 'logo.png'),
      readFileSync(join(ROOT, 'tests', 'browser', 'assets', 'other-logo.png')),
    );
    await expect(page.getByTestId('brand-logo')).not.toHaveAttribute('src', logoBefore!, { timeout: 15_000 });
    const logoAfter = await page.getByTestId('brand-logo').getAttribute('src');
    const served = await page.request.get(new URL(logoAfter!, url).href);
    expect(Buffer.from(await served.body()).equals(readFileSync(join(brandsDir, 'cliente1', 'logo.png')))).toBe(true);
  } finally {
    await server?.close();
    delete process.env.STACK_NAME;
    delete process.env.VITRINE_BRANDS_DIR;
    cleanup();
  }
});
