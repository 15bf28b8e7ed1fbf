/**
 * Run before the browser tests: makes sure a Chromium is there, or says exactly how to get one.
 * The tests use Debian's Chromium (no browser download works here); CHROME_PATH points elsewhere.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
const chromium = process.env.CHROME_PATH || DEFAULT_CHROMIUM;
const installCommand = 'apt-get update && apt-get install -y chromium';

if (!existsSync(chromium)) {
  if (process.env.CHROME_PATH) {
    console.error(`CHROME_PATH=${chromium} does not exist: point it at a Chromium binary, or unset it to use ${DEFAULT_CHROMIUM}`);
    process.exit(1);
  }
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    console.error(`The browser tests need Chromium at ${DEFAULT_CHROMIUM}, and it is not installed.\nRun:\n\n  sudo ${installCommand}\n\nor set CHROME_PATH to a Chromium binary, then run npm test again.`);
    process.exit(1);
  }
  console.log(`Chromium is missing: running ${installCommand}`);
  const install = spawnSync('sh', ['-c', `${installCommand} >/tmp/vitrine-apt.log 2>&1`], { stdio: 'inherit' });
  if (install.status !== 0 || !existsSync(DEFAULT_CHROMIUM)) {
    console.error(`Installing Chromium failed (see /tmp/vitrine-apt.log). Run it yourself:\n\n  ${installCommand}\n`);
    process.exit(1);
  }
}
const version = spawnSync(chromium, ['--version'], { encoding: 'utf8' });
if (version.status !== 0) {
  console.error(`${chromium} does not start (${version.stderr.trim() || `exit ${version.status}`}): reinstall it with ${installCommand}`);
  process.exit(1);
}
console.log(`Using ${version.stdout.trim()} at ${chromium}`);
