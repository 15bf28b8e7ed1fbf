import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCKER, DOCKER_ENV } from './docker.ts';

const DEBOOTSTRAP = '/usr/sbin/debootstrap';
const SUITE = 'bookworm';
const HOST_SOURCES = '/etc/apt/sources.list.d/debian.sources';

/**
 * Makes a Debian bookworm base image from Debian's packages, as no image registry can be reached:
 * `debootstrap --variant=minbase`, trimmed as Debian's own "slim" images are, then `docker import`.
 * Everything happens in a temporary folder that is removed in the end; the image is imported only from a
 * finished root file system, so a failure leaves no half-made image behind.
 */
export async function makeDebianImage(tag: string, workRoot = '/var/tmp'): Promise<void> {
  if (!existsSync(DEBOOTSTRAP))
    throw new Error(`no ${DEBOOTSTRAP} to make the Debian base image: apt-get install -y debootstrap (.ci/run does)`);
  const work = mkdtempSync(join(workRoot, 'vitrine-debootstrap-'));
  const rootfs = join(work, 'rootfs');
  try {
    const mirror = hostMirror();
    const args = ['--variant=minbase', SUITE, rootfs, ...(mirror ? [mirror] : [])];
    const bootstrap = await run(DEBOOTSTRAP, args);
    if (bootstrap.status !== 0)
      throw new Error(
        `debootstrap ${args.join(' ')} failed (exit ${bootstrap.status}); no image was made. It ended with:\n${tail(bootstrap.output)}`,
      );
    slim(rootfs);
    const imported = await importRootfs(rootfs, tag);
    if (imported.status !== 0)
      throw new Error(`docker import of ${rootfs} as ${tag} failed:\n${tail(imported.output)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The mirror this machine's apt uses for bookworm, so the image gets the same packages; else debootstrap's own. */
function hostMirror(): string | undefined {
  if (!existsSync(HOST_SOURCES)) return undefined;
  for (const stanza of readFileSync(HOST_SOURCES, 'utf8').split(/\n\s*\n/)) {
    const field = (name: string) => new RegExp(`^${name}:\\s*(.+)$`, 'm').exec(stanza)?.[1]?.trim().split(/\s+/) ?? [];
    if (field('Suites').includes(SUITE)) return field('URIs')[0];
  }
  return undefined;
}

/**
 * What Debian's slim images leave out (documentation, manuals, translations, apt's caches), kept out of
 * later installs too, and no service started by a package's install script inside a build.
 */
function slim(rootfs: string): void {
  for (const path of ['usr/share/doc', 'usr/share/man', 'usr/share/info', 'usr/share/locale', 'var/lib/apt/lists']) {
    rmSync(join(rootfs, path), { recursive: true, force: true });
    mkdirSync(join(rootfs, path), { recursive: true });
  }
  rmSync(join(rootfs, 'var/cache/apt'), { recursive: true, force: true });
  mkdirSync(join(rootfs, 'var/cache/apt/archives/partial'), { recursive: true });
  writeFileSync(
    join(rootfs, 'etc/dpkg/dpkg.cfg.d/slim'),
    [
      'path-exclude /usr/share/doc/*',
      'path-include /usr/share/doc/*/copyright',
      'path-exclude /usr/share/man/*',
      'path-exclude /usr/share/info/*',
      'path-exclude /usr/share/locale/*',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(rootfs, 'etc/apt/apt.conf.d/slim'),
    [
      'APT::Install-Recommends "false";',
      'Acquire::Languages "none";',
      'DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/*.bin || true"; };',
      'Dir::Cache::pkgcache ""; Dir::Cache::srcpkgcache "";',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(rootfs, 'usr/sbin/policy-rc.d'),
    '#!/bin/sh\n# No service starts inside an image build.\nexit 101\n',
    {
      mode: 0o755,
    },
  );
  // The same package sources as this machine (bookworm, its updates and security), where it names them.
  if (existsSync(HOST_SOURCES)) {
    writeFileSync(join(rootfs, 'etc/apt/sources.list.d/debian.sources'), readFileSync(HOST_SOURCES));
    rmSync(join(rootfs, 'etc/apt/sources.list'), { force: true });
  }
}

function importRootfs(rootfs: string, tag: string) {
  const tar = spawn('tar', ['--numeric-owner', '-C', rootfs, '-cf', '-', '.'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const importer = spawn(
    DOCKER,
    [
      'import',
      '--change',
      'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      '--change',
      'CMD ["bash"]',
      '-',
      tag,
    ],
    { env: DOCKER_ENV, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  tar.stdout.pipe(importer.stdin);
  return Promise.all([collect(tar, false), collect(importer)]).then(([packed, imported]) =>
    packed.status !== 0 ? packed : imported,
  );
}

function run(command: string, args: string[]) {
  return collect(spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] }));
}

/** A child's exit status and the last of what it printed (`keepStdout` false: its stdout is piped on). */
function collect(
  child: ReturnType<typeof spawn>,
  keepStdout = true,
): Promise<{ status: number | null; output: string }> {
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-100_000);
  };
  if (keepStdout) child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return new Promise((resolve) => {
    child.once('error', (error) => resolve({ status: null, output: `${output}${error.message}\n` }));
    child.once('close', (status) => resolve({ status, output }));
  });
}

const tail = (text: string) => text.trim().split('\n').slice(-15).join('\n');
