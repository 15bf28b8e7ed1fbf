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
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
});
