import type { LaunchOptions } from '@playwright/test';

/**
 * Debian's Chromium, started the way this machine needs: no sandbox as root, and no background
 * networking (every outside connection is refused here, and Chromium retries them at each start).
 */
export function chromiumLaunchOptions(): LaunchOptions {
  return {
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}
