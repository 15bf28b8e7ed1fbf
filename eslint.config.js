// ESLint flat config: TypeScript and React hooks rules as errors, and the import boundaries the README's
// "Repository layout" describes, checked rather than written down. Formatting is Prettier's (npm run lint runs both).
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = readdirSync('src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** A feature reaches another only through its index.ts, never its internals. */
const featureZones = FEATURES.flatMap((target) =>
  FEATURES.filter((other) => other !== target).map((other) => ({
    target: `./src/features/${target}`,
    from: `./src/features/${other}`,
    except: ['./index.ts'],
    message: `import src/features/${other}/index.ts, not its internals`,
  })),
);

/** Packages kept off the login page: only modules fetched after it (API modules, the socket) may load them. */
const SIGNED_IN_PACKAGES = ['axios', 'zod', 'zod/*', 'socket.io-client'];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.cache/', 'clients/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Playwright fixtures take `({}, use)` when they need no other fixture.
      'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    rules: {
      // Every react-hooks rule as an error, exhaustive-deps included: effects are fixed, not silenced.
      ...Object.fromEntries(Object.keys(reactHooks.configs.recommended.rules).map((rule) => [rule, 'error'])),
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...featureZones,
            {
              target: ['./src/lib', './src/components', './src/hooks', './src/config'],
              from: ['./src/features', './src/app'],
              message: 'shared code never depends on a feature or on the app',
            },
            {
              target: './src',
              from: ['./scripts', './dev-api', './tests'],
              message: 'the browser app never imports build-time code or the stand-in backend',
            },
          ],
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: SIGNED_IN_PACKAGES,
              allowTypeImports: true,
              message:
                'only API modules (features/*/api/, lib/api-client.ts, lib/auth/auth-api.ts, lib/auth/types.ts) load this: it must stay off the login page',
            },
          ],
        },
      ],
    },
  },
  {
    // The modules the login page fetches only after first paint, or never (see src/app/services.ts).
    files: [
      'src/features/*/api/**',
      'src/lib/api-client.ts',
      'src/lib/auth/auth-api.ts',
      'src/lib/auth/types.ts',
      'src/lib/realtime/**',
    ],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Pure code shared by the build and the browser: neither side's code.
    files: ['common/**/*.ts'],
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './common',
              from: ['./src', './scripts', './dev-api'],
              message: 'common/ is imported by both sides and imports neither',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
