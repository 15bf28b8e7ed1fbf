import { join } from 'node:path';
import { CACHE_DIR } from '../../scripts/paths.ts';

export const TEST_APP_DIR = join(CACHE_DIR, 'test-app');
export const TEST_ICON_CACHE_DIR = join(CACHE_DIR, 'icons');
