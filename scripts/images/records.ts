import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_DIR } from '../paths.ts';
import type { BuildRecord } from './build-images.ts';

/** Where the runner leaves what it built for the checks (tests/images/) to read. */
export const IMAGES_DIR = join(CACHE_DIR, 'images');
export const RECORDS_FILE = join(IMAGES_DIR, 'builds.json');
/** Every container the checks start carries this label, with the run's id, so the runner can remove leftovers. */
export const CONTAINER_LABEL = 'vitrine.images-test';

export interface ImageRecords {
  runId: string;
  nodeImage: string;
  nginxImage: string;
  builds: BuildRecord[];
  sizes: Record<string, number>;
}

export function readRecords(): ImageRecords {
  try {
    return JSON.parse(readFileSync(RECORDS_FILE, 'utf8')) as ImageRecords;
  } catch (error) {
    throw new Error(
      `no image build records in ${RECORDS_FILE} (${(error as Error).message}): run the image tests with npm run images:test, which builds the images first`,
      { cause: error },
    );
  }
}
