import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { BRANDS_DIR, ROOT } from '../../scripts/paths.ts';
import { precompress } from '../../scripts/deploy/precompress.ts';

export const FAKE_APP_SCRIPT = 'assets/index-abc123.js';
export const FAKE_APP_STYLE = 'assets/index-def456.css';

/**
 * A stand-in for the Vite build, as build-app.ts leaves it: the template with the stamp placeholders, a JS
 * and a CSS file big enough to compress, and their .gz/.br files.
 */
export async function makeFakeApp(dir: string): Promise<string> {
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html>\n<html lang="pt-BR">\n  <head>\n    <meta charset="UTF-8" />\n    <!--vitrine:head-->\n    <script type="module" crossorigin src="/${FAKE_APP_SCRIPT}"></script>\n    <link rel="stylesheet" crossorigin href="/${FAKE_APP_STYLE}">\n  </head>\n  <body><div id="root"><!--vitrine:splash--></div></body>\n</html>\n`,
  );
  writeFileSync(
    join(dir, FAKE_APP_SCRIPT),
    Array.from({ length: 800 }, (_, i) => `export const value${i} = "the same app for every client ${i % 7}";`).join(
      '\n',
    ),
  );
  writeFileSync(
    join(dir, FAKE_APP_STYLE),
    Array.from({ length: 300 }, (_, i) => `.c${i}{margin:${i % 9}px;color:#123456}`).join('\n'),
  );
  await precompress(join(dir, 'assets'));
  return dir;
}

/** Copies of brands/ folders into `dir` (so tests can change them). */
export function copyBrands(dir: string, brands: string[]): string {
  mkdirSync(dir, { recursive: true });
  for (const brand of brands) cpSync(join(BRANDS_DIR, brand), join(dir, brand), { recursive: true });
  return dir;
}

/** Runs scripts/build.ts as `npm run build` does, with a clean environment plus `env`. */
export function runBuild(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'build.ts'), '--quiet', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/**
 * One HTTP request with exactly the headers given (fetch forbids setting Host and decompresses bodies;
 * these tests need both). `noHost` leaves the Host header out.
 */
export function get(
  port: number,
  path: string,
  headers: Record<string, string> = {},
  options: { noHost?: boolean } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: 'GET', headers, setHost: !options.noHost },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
        );
        response.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}
