import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Moves a fully written `staging` folder to `target`. The previous `target` stays intact until the new one
 * is complete; renames within one file system are atomic, so a reader sees the old bundle or the new one.
 */
export async function replaceDirectory(staging: string, target: string): Promise<void> {
  const previous = join(dirname(target), `.previous-${basename(target)}-${process.pid}`);
  const hadPrevious = existsSync(target);
  if (hadPrevious) await rename(target, previous);
  try {
    await rename(staging, target);
  } catch (error) {
    if (hadPrevious) await rename(previous, target);
    throw error;
  }
  if (hadPrevious) await rm(previous, { recursive: true, force: true });
}

/** A staging folder name next to the target, hidden so nothing serves or lists it as a brand. */
export function stagingPathFor(target: string): string {
  return join(dirname(target), `.staging-${basename(target)}-${process.pid}-${Date.now()}`);
}
