/**
 * Run before the browser tests: makes sure a Chromium is there, or says exactly how to get one.
 * The tests use Debian's Chromium (no browser download works here); CHROME_PATH points elsewhere.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { DEFAULT_CHROMIUM, INSTALL_COMMAND, planChromium } from './chromium-plan.ts';

const plan = planChromium({
  ...(process.env.CHROME_PATH && { chromePath: process.env.CHROME_PATH }),
  exists: existsSync,
  isRoot: process.getuid?.() === 0,
  hasAptGet: existsSync('/usr/bin/apt-get'),
});

let chromium: string;
if (plan.kind === 'stop') {
  console.error(plan.message);
  process.exit(1);
} else if (plan.kind === 'install') {
  console.log(`Chromium is missing: running ${plan.command}`);
  const install = spawnSync('sh', ['-c', `${plan.command} >/tmp/vitrine-apt.log 2>&1`], { stdio: 'inherit' });
  if (install.status !== 0 || !existsSync(DEFAULT_CHROMIUM)) {
    console.error(`Installing Chromium failed (see /tmp/vitrine-apt.log). Run it yourself:\n\n  ${INSTALL_COMMAND}\n`);
    process.exit(1);
  }
  chromium = DEFAULT_CHROMIUM;
} else {
  chromium = plan.path;
}

const version = spawnSync(chromium, ['--version'], { encoding: 'utf8' });
if (version.status !== 0) {
  console.error(
    `${chromium} does not start (${version.stderr?.trim() || `exit ${version.status}`}): reinstall it with ${INSTALL_COMMAND}`,
  );
  process.exit(1);
}
console.log(`Using ${version.stdout.trim()} at ${chromium}`);
