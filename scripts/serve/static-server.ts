import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

export interface StaticServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * A small static file server for one bundle, as a web server would serve it: files by path, and
 * index.html for any other path without a file extension (the app's client-side routes). Used by
 * `npm start` and the browser tests; production serving is nginx's job.
 */
export async function serveStatic(
  rootDir: string,
  options: { port?: number; host?: string } = {},
): Promise<StaticServer> {
  const root = normalize(rootDir);
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep) && file !== root) {
      response.writeHead(400).end();
      return;
    }
    const found = await stat(file).then(
      (s) => s.isFile(),
      () => false,
    );
    const target = found ? file : extname(path) === '' ? join(root, 'index.html') : undefined;
    if (!target) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(target)] ?? 'application/octet-stream',
      'Cache-Control': target.endsWith('index.html') ? 'no-cache' : 'public, max-age=3600',
    });
    // The file can vanish after stat (a rebuild, a test removing its bundle while a font is still loading):
    // an unhandled stream error would crash the whole process, so only this response is cut short.
    createReadStream(target)
      .on('error', () => response.destroy())
      .pipe(response);
  });
  const host = options.host ?? 'localhost';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
