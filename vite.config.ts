import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { vitrineBrand } from './scripts/vite-plugin-brand.ts';
import { stackNameFrom } from './scripts/brand/env-overrides.ts';
import { BRANDS_DIR, ICON_CACHE_DIR } from './scripts/paths.ts';

// `vite` (npm run dev) serves STACK_NAME's brand. A plain `vite build` makes the brand-free app that
// scripts/build.ts stamps once per brand; VITRINE_STAMP_IN_VITE=1 compiles the brand in instead (benchmark).
export default defineConfig({
  plugins: [
    react(),
    vitrineBrand({
      brandsDir: process.env.VITRINE_BRANDS_DIR ? resolve(process.env.VITRINE_BRANDS_DIR) : BRANDS_DIR,
      brand: stackNameFrom(process.env) ?? 'default',
      env: process.env,
      stampOnBuild: process.env.VITRINE_STAMP_IN_VITE === '1',
      iconCacheDir: process.env.VITRINE_ICON_CACHE_DIR ? resolve(process.env.VITRINE_ICON_CACHE_DIR) : ICON_CACHE_DIR,
    }),
  ],
  build: {
    outDir: '.cache/app',
    emptyOutDir: true,
    // Brand files are stamped later, under brand/: keep Vite's own output in assets/.
    assetsDir: 'assets',
    // Fonts stay files: inlined as base64 they tripled the render-blocking CSS (17 KB gzipped instead of 2),
    // for subsets (Greek, Cyrillic, Vietnamese…) the browser fetches only when a text needs them.
    assetsInlineLimit: (file) => (/\.(woff2?|ttf|otf)$/.test(file) ? false : undefined),
    // Every browser the build targets supports <link rel="modulepreload">.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Everything the entry loads statically in one chunk: split into a dozen shared chunks (rolldown's
        // default), the login page's JavaScript downloads in more requests and compresses ~2.5 KB worse.
        // Pages and their libraries stay in their own chunks (npm run bench:size).
        codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] },
      },
    },
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
});
