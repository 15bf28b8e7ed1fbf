/**
 * `npm start`: the demo on one machine. Builds the default brand against a local stand-in backend,
 * starts that backend and serves the bundle, then prints where to log in. Ctrl-C stops both.
 *   API_PORT (default 8080)  the stand-in backend's port
 *   WEB_PORT (default 4173)  the bundle's port
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { DIST_DIR, ROOT } from './paths.ts';
import { serveStatic } from './serve/static-server.ts';
import { startApi } from '../dev-api/server.ts';
import { loadConfig } from '../dev-api/config.ts';

// The backend reads its usual environment (API_PORT, API_DB, USER_LIMIT, … see dev-api/README.md).
const apiConfig = loadConfig();
const apiPort = apiConfig.port;
const webPort = Number(process.env.WEB_PORT || 4173);
const brand = 'default';
const apiUrl = `http://localhost:${apiPort}`;
const webUrl = `http://localhost:${webPort}`;

console.log(`Building the "${brand}" brand against ${apiUrl}…`);
const build = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'build.ts'), '--quiet'], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, STACK_NAME: brand, REACT_APP_BACKEND_URL: apiUrl },
});
if (build.status !== 0) process.exit(build.status ?? 1);

const api = await startApi({ ...apiConfig, frontendOrigins: [webUrl, ...apiConfig.frontendOrigins], devInbound: true });
const web = await serveStatic(join(DIST_DIR, brand), { port: webPort });

console.log(`
  Vitrine is running.
    app:      ${web.url}
    backend:  ${api.url}   (stand-in Atendechat API, data in ${apiConfig.dbFile})
    login:    admin@admin.com / 123456   (more demo users in dev-api/README.md)

  Ctrl-C stops both.
`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await Promise.allSettled([web.close(), api.close()]);
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
