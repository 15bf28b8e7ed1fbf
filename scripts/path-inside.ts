import { isAbsolute, relative, sep } from 'node:path';

/**
 * Whether `file` is `dir` or lies under it. A plain `file.startsWith(dir)` also matches siblings that share
 * the prefix (`brands/default-2/…` for `brands/default`), so this compares path segments instead.
 */
export function isPathInside(file: string, dir: string): boolean {
  const fromDir = relative(dir, file);
  return fromDir === '' || (fromDir !== '..' && !fromDir.startsWith(`..${sep}`) && !isAbsolute(fromDir));
}
