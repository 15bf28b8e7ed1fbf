import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../../../scripts/paths.ts';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

it(
  'npm start builds the default brand, serves it with the stand-in backend, and stops both on Ctrl-C',
  { timeout: 180_000 },
  async () => {
    const [apiPort, webPort] = [await freePort(), await freePort()];
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'start.ts')], {
      cwd: ROOT,
      env: {
        ...process.env,
        API_PORT: String(apiPort),
        WEB_PORT: String(webPort),
        API_DB: ':memory:',
        STACK_NAME: '',
        REACT_APP_BACKEND_URL: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await expect.poll(() => output, { timeout: 150_000, interval: 250 }).toContain('Vitrine is running');
      const webUrl = `http://localhost:${webPort}`;
      expect(output).toContain(`app:      ${webUrl}`);
      expect(output).toContain('admin@admin.com / 123456');

      // The bundle is the default brand, built against this backend.
      const html = await (await fetch(`${webUrl}/`)).text();
      expect(html).toContain('<title>Vitrine Atendimento</title>');
      expect(html).toContain(`"apiUrl":"http://localhost:${apiPort}"`);
      expect((await fetch(`${webUrl}/tickets`)).status).toBe(200); // client-side route: index.html

      // The backend answers the bundle's origin, with credentials, and the demo login works.
      const login = await fetch(`http://localhost:${apiPort}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: webUrl },
        body: JSON.stringify({ email: 'admin@admin.com', password: '123456' }),
      });
      expect(login.status).toBe(200);
      expect(login.headers.get('access-control-allow-origin')).toBe(webUrl);

      child.kill('SIGINT');
      expect(await exited).toBe(0);
      await expect(fetch(`${webUrl}/`)).rejects.toThrow();
      await expect(fetch(`http://localhost:${apiPort}/auth/me`)).rejects.toThrow();
    } finally {
      child.kill('SIGKILL');
    }
  },
);
