import { buildApp } from '../../scripts/build/build-app.ts';
import { TEST_APP_DIR } from './paths.ts';

/** Builds the app once per test run, from the current source; each test stamps the brand it needs onto it. */
export default async function globalSetup(): Promise<void> {
  await buildApp(TEST_APP_DIR, { quiet: true });
}
