import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The repository root, whatever the working directory. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BRANDS_DIR = join(ROOT, 'brands');
export const DIST_DIR = join(ROOT, 'dist');
export const CACHE_DIR = join(ROOT, '.cache');
export const ICON_CACHE_DIR = join(CACHE_DIR, 'icons');
export const APP_BUILD_DIR = join(CACHE_DIR, 'app');
/** The Atendechat backend's answers, recorded from the real backend (the stand-in's contract). */
export const CONTRACT_DIR = join(ROOT, 'dev-api', 'contract');
