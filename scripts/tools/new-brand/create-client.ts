import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrandFile } from '../../brand/schema.ts';
import { shownPath } from '../shared/cli.ts';
import { CLIENT_ENV_MODE, clientEnvPath, generateSecrets, renderClientEnv, type ClientSecrets } from './client-env.ts';
import { apiUrlFor, appDomainFor, type NewBrandOptions } from './options.ts';
import { initialsOf, renderPlaceholderLogo } from './placeholder-logo.ts';

export interface ClientDirs {
  brandsDir: string;
  clientsDir: string;
}

export interface CreatedClient {
  brandDir: string;
  envFile: string;
  secrets: ClientSecrets;
}

/** brand:new would not write: every reason, each naming the path and what to do. Nothing was written. */
export class RefusalError extends Error {
  readonly reasons: string[];
  constructor(reasons: string[]) {
    super(reasons.join('\n'));
    this.name = 'RefusalError';
    this.reasons = reasons;
  }
}

export function brandFileFor(options: NewBrandOptions): BrandFile {
  return {
    name: options.tabName,
    tabName: options.tabName,
    color: options.color,
    apiUrl: apiUrlFor(options.name, options.domain),
    domain: appDomainFor(options.name, options.domain),
  };
}

/** Why the client cannot be created: both targets are checked, so one run names every conflict. */
export function findConflicts(name: string, dirs: ClientDirs): string[] {
  const reasons: string[] = [];
  const brandDir = join(dirs.brandsDir, name);
  const envFile = clientEnvPath(dirs.clientsDir, name);
  if (existsSync(brandDir))
    reasons.push(
      `${shownPath(brandDir)} already exists: brand:new only creates new brands (edit that folder, or choose another name)`,
    );
  if (existsSync(envFile))
    reasons.push(
      `${shownPath(envFile)} already exists: a client's secrets are never overwritten (move it away yourself if it is really obsolete)`,
    );
  return reasons;
}

/**
 * Creates `brands/<name>/` and `clients/<name>.env`, or neither. The brand is written into a hidden
 * temporary folder and renamed into place; the env file is created exclusively ('wx') with mode 0600, so
 * a file that appeared since the check is never overwritten. If either step fails, the other is undone.
 */
export async function createClient(
  options: NewBrandOptions,
  dirs: ClientDirs,
  { secrets = generateSecrets(), now = new Date() }: { secrets?: ClientSecrets; now?: Date } = {},
): Promise<CreatedClient> {
  const conflicts = findConflicts(options.name, dirs);
  if (conflicts.length > 0) throw new RefusalError(conflicts);

  const brandDir = join(dirs.brandsDir, options.name);
  const envFile = clientEnvPath(dirs.clientsDir, options.name);
  const logo = await renderPlaceholderLogo(initialsOf(options.tabName || options.name), options.color, options.name);

  await mkdir(dirs.brandsDir, { recursive: true });
  // A dot name: the build and brand:check skip it, so a crash here never leaves a half brand in the list.
  const staging = await mkdtemp(join(dirs.brandsDir, `.new-${options.name}-`));
  try {
    await writeFile(join(staging, 'brand.json'), `${JSON.stringify(brandFileFor(options), null, 2)}\n`);
    await writeFile(join(staging, 'logo.png'), logo);
    // mkdtemp makes a private (0700) folder; a brand folder is read by builds and web servers as anyone else's.
    await chmod(staging, 0o755);
    await writeEnvFileExclusively(envFile, renderClientEnv(options, secrets, now), dirs.clientsDir);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  try {
    // rename() would silently replace an empty folder created meanwhile: check once more just before.
    if (existsSync(brandDir))
      throw new RefusalError([`${brandDir} appeared while brand:new was running: nothing was written`]);
    await rename(staging, brandDir);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    await unlink(envFile).catch(() => undefined);
    throw error;
  }
  return { brandDir, envFile, secrets };
}

async function writeEnvFileExclusively(envFile: string, text: string, clientsDir: string): Promise<void> {
  await mkdir(clientsDir, { recursive: true, mode: 0o700 });
  try {
    await writeFile(envFile, text, { flag: 'wx', mode: CLIENT_ENV_MODE });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new RefusalError([
        `${envFile} appeared while brand:new was running: a client's secrets are never overwritten; nothing was written`,
      ]);
    }
    // We created it (the 'wx' open succeeded) but the write failed: don't leave half a file of secrets.
    await unlink(envFile).catch(() => undefined);
    throw error;
  }
  // The umask can only remove bits from the mode; set it exactly, so the file is readable by its owner.
  await chmod(envFile, CLIENT_ENV_MODE);
}
