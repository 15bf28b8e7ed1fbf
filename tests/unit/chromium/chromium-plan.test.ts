import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHROMIUM, INSTALL_COMMAND, planChromium } from '../../../scripts/chromium-plan.ts';
import { ROOT } from '../../../scripts/paths.ts';

const present =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe('before the browser tests', () => {
  it("uses Debian's Chromium when it is there", () => {
    expect(planChromium({ exists: present(DEFAULT_CHROMIUM), isRoot: false, hasAptGet: true })).toEqual({
      kind: 'use',
      path: DEFAULT_CHROMIUM,
    });
  });

  it('uses CHROME_PATH when set, and stops with a clear message when it does not exist', () => {
    expect(
      planChromium({ chromePath: '/opt/chrome', exists: present('/opt/chrome'), isRoot: false, hasAptGet: false }),
    ).toEqual({ kind: 'use', path: '/opt/chrome' });
    const plan = planChromium({
      chromePath: '/opt/none',
      exists: present(DEFAULT_CHROMIUM),
      isRoot: true,
      hasAptGet: true,
    });
    expect(plan).toMatchObject({
      kind: 'stop',
      message: expect.stringContaining('CHROME_PATH=/opt/none does not exist'),
    });
  });

  it('installs it with apt-get when missing and allowed to (root)', () => {
    expect(planChromium({ exists: present(), isRoot: true, hasAptGet: true })).toEqual({
      kind: 'install',
      command: INSTALL_COMMAND,
    });
  });

  it('otherwise stops at once with the exact command to run', () => {
    for (const facts of [
      { isRoot: false, hasAptGet: true },
      { isRoot: true, hasAptGet: false },
    ]) {
      const plan = planChromium({ exists: present(), ...facts });
      expect(plan.kind).toBe('stop');
      expect(plan.kind === 'stop' && plan.message).toContain(`sudo ${INSTALL_COMMAND}`);
    }
  });

  it('the script exits 1 with the message, not a stack trace', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'ensure-chromium.ts')], {
      env: { ...process.env, CHROME_PATH: '/nonexistent/chromium' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      `CHROME_PATH=/nonexistent/chromium does not exist: point it at a Chromium binary, or unset it to use ${DEFAULT_CHROMIUM}`,
    );
  });
});
