import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureEngine, EngineUnavailable, type EngineSetup } from '../../../scripts/images/engine.ts';

/**
 * How `npm run images:test` gets a Docker engine, with stand-in `docker` and `dockerd` scripts: when none
 * can run it stops with a message that names what is missing, instead of a stack trace or a hang.
 */
const dir = mkdtempSync(join(tmpdir(), 'vitrine-engine-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function script(name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}
const UP = join(dir, 'engine-up');
/** A client whose `docker info` succeeds once the stand-in daemon has "started". */
const client = script('docker', `[ "$1" = info ] && [ -e "${UP}" ]`);
const setup = (overrides: Partial<EngineSetup>): Partial<EngineSetup> => ({
  docker: client,
  dockerd: join(dir, 'no-dockerd'),
  uid: 0,
  log: join(dir, 'dockerd.log'),
  pidFile: join(dir, 'docker.pid'),
  startTimeoutMs: 5_000,
  ...overrides,
});
async function refusal(overrides: Partial<EngineSetup>): Promise<string> {
  const error = await ensureEngine(setup(overrides)).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(EngineUnavailable);
  return (error as Error).message;
}

describe('the Docker engine for the image tests', () => {
  it('no docker client: names the path and the package', async () => {
    expect(await refusal({ docker: join(dir, 'no-docker') })).toBe(
      `no docker client at ${join(dir, 'no-docker')}: apt-get install -y docker.io (.ci/run does)`,
    );
  });

  it('no engine answering and no dockerd: names both and the package', async () => {
    const message = await refusal({});
    expect(message).toContain(`no Docker engine answers ${client} info`);
    expect(message).toContain(`there is no ${join(dir, 'no-dockerd')} to start one: apt-get install -y docker.io`);
  });

  it('not root: says starting the daemon needs root, and which user this is', async () => {
    const dockerd = script('dockerd-unused', 'exit 0');
    expect(await refusal({ dockerd, uid: 1000 })).toBe(
      `no Docker engine answers ${client} info, and starting ${dockerd} needs root (this is uid 1000): run as root, or start the engine first`,
    );
  });

  it('a daemon that exits (no kernel support): stops at once with its exit and the end of its log', async () => {
    const dockerd = script('dockerd-fails', 'echo "failed to start daemon: Devices cgroup isn\'t mounted" >&2; exit 1');
    const started = Date.now();
    const message = await refusal({ dockerd, startTimeoutMs: 30_000 });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(message).toContain(`${dockerd} --storage-driver=vfs --iptables=false --bridge=none exited (exit code 1)`);
    expect(message).toContain('no kernel support for containers');
    expect(message).toContain("Devices cgroup isn't mounted");
  });

  it('a daemon that never answers: stops after the timeout, with its log', async () => {
    const dockerd = script('dockerd-silent', 'echo "waiting for containerd" >&2; exec sleep 3');
    const message = await refusal({ dockerd, startTimeoutMs: 1_000, log: join(dir, 'silent.log') });
    expect(message).toContain('did not answer within 1 s');
    expect(message).toContain('waiting for containerd');
  });

  it('starts the daemon when none answers, and reuses the one that does', async () => {
    const dockerd = script('dockerd-works', `touch "${UP}"; exec sleep 2`);
    expect(await ensureEngine(setup({ dockerd }))).toBe('started');
    expect(await ensureEngine(setup({ dockerd: join(dir, 'no-dockerd'), uid: 1000 }))).toBe('reused');
  });
});
