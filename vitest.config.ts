import { defineConfig } from 'vitest/config';

// Two projects: "node" for pure code, the stand-in backend, tools, builds and deploy; "components" renders
// React components in happy-dom (a DOM in Node), where a real browser would be overkill.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/dev-api/**/*.test.ts', 'tests/tools/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'happy-dom',
          include: ['tests/components/**/*.test.tsx'],
          setupFiles: ['tests/components/setup.ts'],
        },
      },
    ],
  },
});
