import { spawn } from 'node:child_process';
import { existsSync, openSync, readFileSync } from 'node:fs';
import { DOCKER, dockerSucceeds } from './docker.ts';

/** Where the engine the runner starts writes its log (the first place to look when it does not come up). */
export const DOCKERD_LOG = '/var/log/vitrine-dockerd.log';
const DOCKERD = '/usr/sbin/dockerd';
const PID_FILE = '/var/run/docker.pid';
/**
 * vfs: works on any file system, where overlay2 needs kernel support this kind of machine may lack. No
 * bridge and no iptables: there is no network to give containers, so builds and runs use --network=host.
 */
const DOCKERD_ARGS = ['--storage-driver=vfs', '--iptables=false', '--bridge=none'];
const START_TIMEOUT_MS = 60_000;

export class EngineUnavailable extends Error {}

/**
 * A running Docker engine: the one already answering, or one started here (as root) in the background,
 * left running for the next run to reuse. Fails naming what is missing: the client, the daemon, root, or
 * what the daemon's log says (usually missing kernel support).
 */
export async function ensureEngine(): Promise<'reused' | 'started'> {
  if (!existsSync(DOCKER))
    throw new EngineUnavailable(`no docker client at ${DOCKER}: apt-get install -y docker.io (.ci/run does)`);
  if (dockerSucceeds(['info'])) return 'reused';
  if (!existsSync(DOCKERD))
    throw new EngineUnavailable(`no Docker engine running and no ${DOCKERD} to start one: apt-get install -y docker.io`);
  if (process.getuid?.() !== 0)
    throw new EngineUnavailable(
      `no Docker engine running, and starting ${DOCKERD} needs root (this is uid ${process.getuid?.()}): run as root, or start the engine first`,
    );
  // Another run may be starting it right now: then wait for that one instead of starting a second.
  if (!processAlive(readPid())) startDaemon();
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (dockerSucceeds(['info'])) return 'started';
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new EngineUnavailable(
    `${DOCKERD} ${DOCKERD_ARGS.join(' ')} did not answer within ${START_TIMEOUT_MS / 1000} s (no kernel support for containers?). Its log, ${DOCKERD_LOG}, ends with:\n${logTail()}`,
  );
}

function startDaemon(): void {
  const log = openSync(DOCKERD_LOG, 'a');
  // Detached, with no handle on this process's output: the engine outlives the run and must not keep
  // the caller's pipes (CI's log) open.
  const child = spawn(DOCKERD, DOCKERD_ARGS, { detached: true, stdio: ['ignore', log, log] });
  child.unref();
}

function readPid(): number | undefined {
  if (!existsSync(PID_FILE)) return undefined;
  const pid = Number(readFileSync(PID_FILE, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function processAlive(pid: number | undefined): boolean {
  if (pid === undefined) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function logTail(): string {
  if (!existsSync(DOCKERD_LOG)) return '(no log)';
  return readFileSync(DOCKERD_LOG, 'utf8').split('\n').slice(-15).join('\n');
}
