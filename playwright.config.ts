import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/browser/chromium.ts';

// Browser tests drive Debian's Chromium (no browser download works here). Each test starts its own
// stand-in backend and static server on free ports (tests/browser/fixtures.ts).
export default defineConfig({
  testDir: 'tests/browser',
  globalSetup: './tests/browser/global-setup.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    launchOptions: chromiumLaunchOptions(),
    locale: 'pt-BR',
    trace: 'off',
  },
});
