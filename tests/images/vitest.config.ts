import { defineConfig } from 'vitest/config';

// The image checks (npm run images:test): they need the images scripts/images/main.ts builds first.
export default defineConfig({
  test: {
    include: ['tests/images/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One file at a time: each starts containers on the host's network.
    fileParallelism: false,
  },
});
