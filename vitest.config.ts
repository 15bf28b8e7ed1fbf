import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/dev-api/**/*.test.ts', 'tests/tools/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
