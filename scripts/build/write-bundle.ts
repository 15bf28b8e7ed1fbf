import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { BrandFiles } from '../brand/brand-files.ts';
import { stampHtml } from '../brand/stamp.ts';
import { replaceDirectory, stagingPathFor } from './replace-directory.ts';
import { precompress } from '../deploy/precompress.ts';

export interface BundleMetadata {
  brand: string;
  version: string;
  commit: string;
  builtAt: string;
}

/**
 * Writes `dist/<brand>/`: the shared app files copied byte for byte, the brand's files, and the stamped
 * index.html. Everything is written to a staging folder first; on any failure the previous bundle is untouched.
 */
export async function writeBundle(
  appDir: string,
  brandFiles: BrandFiles,
  target: string,
  metadata: BundleMetadata,
): Promise<void> {
  const staging = stagingPathFor(target);
  try {
    const template = await readFile(join(appDir, 'index.html'), 'utf8');
    await mkdir(dirname(staging), { recursive: true });
    await cp(appDir, staging, { recursive: true, filter: (source) => source !== join(appDir, 'index.html') });
    for (const [path, bytes] of brandFiles.files) {
      await mkdir(dirname(join(staging, path)), { recursive: true });
      await writeFile(join(staging, path), bytes);
    }
    await writeFile(join(staging, 'version.json'), `${JSON.stringify(metadata, null, 2)}\n`);
    await writeFile(join(staging, 'index.html'), stampHtml(template, brandFiles.stamp));
    // The shared assets came precompressed from the app build; the brand's own text files are done here.
    await precompress(staging, ['index.html', ...brandFiles.files.keys()]);
    await replaceDirectory(staging, target);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}
