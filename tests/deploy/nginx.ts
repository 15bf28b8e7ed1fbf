import { spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../scripts/paths.ts';

export const NGINX_BIN = process.env.NGINX_BIN || '/usr/sbin/nginx';
/** Debian's brotli_static module (libnginx-mod-http-brotli-static), when installed. */
export const BROTLI_STATIC_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
export const DEPLOY_DIR = join(ROOT, 'deploy');

export interface RunningNginx {
  /** `http://localhost:<port>` (the app's session cookie needs the backend and the page on one host name). */
  url: string;
  port: number;
  /** The folder holding the relocated configs, pid and temp files. */
  prefix: string;
  /** What nginx printed so far (its error log) and its access log. */
  output(): string;
  stop(): Promise<void>;
}

export interface NginxSetup {
  /** The shipped main config to run: `deploy/nginx.conf` (one client) or `deploy/nginx-clients.conf`. */
  mainConfig: 'nginx.conf' | 'nginx-clients.conf';
  /** The folder standing for the image's /usr/share/nginx/html (one bundle). */
  bundleDir?: string;
  /** The folder standing for the image's /usr/share/nginx/clients (dist/ with nginx.conf). */
  clientsDir?: string;
  /** The port; a free one when not given. */
  port?: number;
}

/** A free TCP port on 127.0.0.1 (closed again at once; nginx takes it right after). */
export async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Runs Debian's nginx with the configs the images ship, unchanged but for the paths that only exist in the
 * image: /etc/nginx/vitrine → a temporary folder holding copies of deploy/nginx/*, the image's bundle
 * folders → `bundleDir`/`clientsDir`, /tmp → the temporary folder, port 8080 → a free loopback port, and
 * Debian's module folder (/etc/nginx/modules-enabled) → Debian's brotli_static module when it is installed. Every replacement must
 * apply, so a config that drifts from what the tests expect fails here instead of passing untested.
 */
export async function startNginx(setup: NginxSetup): Promise<RunningNginx> {
  if (!existsSync(NGINX_BIN))
    throw new Error(
      `no nginx at ${NGINX_BIN} (NGINX_BIN): install Debian's with apt-get install -y nginx libnginx-mod-http-brotli-static (.ci/run does)`,
    );
  const port = setup.port ?? (await freePort());
  const prefix = mkdtempSync(join(tmpdir(), 'vitrine-nginx-'));
  // nginx's workers run as "nobody" when the master is root (CI): they must be able to read and enter.
  chmodSync(prefix, 0o755);
  for (const folder of ['vitrine', 'vitrine/brotli.d', 'modules']) mkdirSync(join(prefix, folder), { recursive: true });
  const brotli = existsSync(BROTLI_STATIC_MODULE);
  if (brotli) {
    writeFileSync(join(prefix, 'modules', 'brotli.conf'), `load_module ${BROTLI_STATIC_MODULE};\n`);
    copyFileSync(join(DEPLOY_DIR, 'nginx', 'brotli.conf'), join(prefix, 'vitrine', 'brotli.d', 'brotli.conf'));
  }

  // In this order: /tmp first, so the paths put in by the later ones (all below /tmp) are left alone.
  const replacements: Array<{ from: string | RegExp; to: string; count: number; required: boolean }> = [
    { from: /(?<![\w/])\/tmp\//g, to: `${prefix}/`, count: 0, required: true },
    { from: '/etc/nginx/vitrine/', to: `${prefix}/vitrine/`, count: 0, required: true },
    // Node gives a child a socket, not a pipe, for its output, and nginx cannot open() a socket's /dev/stdout.
    { from: 'access_log /dev/stdout', to: `access_log ${prefix}/access.log`, count: 0, required: true },
    { from: '/etc/nginx/modules-enabled/*.conf', to: `${prefix}/modules/*.conf`, count: 0, required: true },
    { from: /listen 8080\b/g, to: `listen 127.0.0.1:${port}`, count: 0, required: setup.mainConfig === 'nginx.conf' },
    {
      from: '/usr/share/nginx/html',
      to: setup.bundleDir ?? '/nonexistent',
      count: 0,
      required: setup.mainConfig === 'nginx.conf',
    },
    {
      from: '/usr/share/nginx/clients',
      to: setup.clientsDir ?? '/nonexistent',
      count: 0,
      required: setup.mainConfig === 'nginx-clients.conf',
    },
  ];
  const relocate = (text: string): string => {
    let result = text;
    for (const replacement of replacements) {
      const parts =
        typeof replacement.from === 'string' ? result.split(replacement.from) : result.split(replacement.from);
      replacement.count += parts.length - 1;
      result = parts.join(replacement.to);
    }
    return result;
  };
  const mainPath = join(prefix, 'nginx.conf');
  writeFileSync(mainPath, relocate(readFileSync(join(DEPLOY_DIR, setup.mainConfig), 'utf8')));
  for (const file of ['http.conf', 'bundle.conf']) {
    writeFileSync(join(prefix, 'vitrine', file), relocate(readFileSync(join(DEPLOY_DIR, 'nginx', file), 'utf8')));
  }
  const missing = replacements.filter((replacement) => replacement.required && replacement.count === 0);
  if (missing.length > 0)
    throw new Error(
      `the nginx configs changed: no ${missing.map((m) => String(m.from)).join(', ')} to relocate for the test`,
    );

  let output = '';
  const child: ChildProcess = spawn(
    NGINX_BIN,
    ['-e', 'stderr', '-p', `${prefix}/`, '-c', mainPath, '-g', 'daemon off;'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-200_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.once('error', (error) => {
      output += `${error.message}\n`;
      resolve(null);
    });
  });
  let stopped = false;

  const ready = await Promise.race([waitForPort(port, 15_000), exited.then(() => false)]);
  if (!ready) {
    // SIGTERM, not SIGKILL: the master stops its workers; killed outright, it would leave them running.
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(prefix, { recursive: true, force: true });
    throw new Error(`nginx did not start on port ${port}:\n${output}`);
  }
  return {
    url: `http://localhost:${port}`,
    port,
    prefix,
    output: () =>
      `${output}${existsSync(join(prefix, 'access.log')) ? readFileSync(join(prefix, 'access.log'), 'utf8') : ''}`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

async function waitForPort(port: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

/** nginx's workers (as "nobody" under root) must be able to enter every folder on the way to a bundle. */
export function makeReadable(...dirs: string[]): void {
  for (const dir of dirs) chmodSync(dir, 0o755);
}
