import { join } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { loadBrand } from './brand/load-brand.ts';
import { renderBrandFiles, type BrandFiles } from './brand/brand-files.ts';
import { IconCache } from './brand/icons.ts';
import { stampHtml } from './brand/stamp.ts';
import { isPathInside } from './path-inside.ts';
import type { Environment } from './brand/env-overrides.ts';

export interface VitrineBrandOptions {
  brandsDir: string;
  /** The brand to serve in dev (and to compile in with `stampOnBuild`). */
  brand: string;
  env: Environment;
  /**
   * Build: stamp the brand into this one Vite build (the naive per-client way, used by the benchmark).
   * Off by default: `npm run build` builds the app once, brand-free, and stamps each brand afterwards.
   */
  stampOnBuild?: boolean;
  iconCacheDir?: string;
}

/**
 * Brand logic for Vite. In dev it stamps `STACK_NAME`'s brand into index.html, serves its logo, icons
 * and manifest from memory, and reloads the page when anything in its folder changes. In a normal build it
 * leaves index.html's placeholders for `scripts/build.ts` to stamp once per brand.
 */
export function vitrineBrand(options: VitrineBrandOptions): Plugin {
  const cache = new IconCache(options.iconCacheDir);
  let rendered: Promise<BrandFiles> | undefined;
  let stamping = true;
  const render = () =>
    (rendered ??= loadBrand(options.brandsDir, options.brand, options.env).then((brand) =>
      renderBrandFiles(brand, { cache }),
    ));

  return {
    name: 'vitrine-brand',
    configResolved(config) {
      stamping = config.command === 'serve' || options.stampOnBuild === true;
    },
    configureServer(server: ViteDevServer) {
      const brandDir = join(options.brandsDir, options.brand);
      server.watcher.add(brandDir);
      server.watcher.on('all', (_event, file) => {
        if (!isPathInside(file, brandDir)) return;
        rendered = undefined;
        render().then(
          () => server.config.logger.info(`brand "${options.brand}" changed: reloading`, { timestamp: true }),
          (error: Error) => server.config.logger.error(error.message, { timestamp: true }),
        );
        server.ws.send({ type: 'full-reload' });
      });
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent((request.url ?? '').split('?')[0] ?? '').replace(/^\//, '');
        if (!path.startsWith('brand/') && path !== 'favicon.ico' && path !== 'manifest.webmanifest') return next();
        render().then((brand) => {
          const bytes = brand.files.get(path);
          if (!bytes) return next();
          response.setHeader('Content-Type', contentType(path));
          response.end(bytes);
        }, next);
      });
    },
    transformIndexHtml: {
      // After Vite's own processing: the brand's links point at files stamped in, not at sources to bundle.
      order: 'post',
      async handler(html) {
        if (!stamping) return html;
        return stampHtml(html, (await render()).stamp);
      },
    },
    async generateBundle() {
      if (!stamping) return;
      for (const [fileName, source] of (await render()).files) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}

const CONTENT_TYPES: Record<string, string> = {
  png: 'image/png',
  svg: 'image/svg+xml',
  ico: 'image/x-icon',
  css: 'text/css; charset=utf-8',
  webmanifest: 'application/manifest+json',
};

function contentType(path: string): string {
  return CONTENT_TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream';
}
