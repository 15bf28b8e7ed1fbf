import { spawn, spawnSync } from 'node:child_process';
import { existsSync, openSync, readFileSync } from 'node:fs';
import { DOCKER, DOCKER_ENV } from './docker.ts';

/** Where the engine the runner starts writes its log (the first place to look when it does not come up). */
export const DOCKERD_LOG = '/var/log/vitrine-dockerd.log';
const PID_FILE = '/var/run/docker.pid';
/**
 * vfs: works on any file system, where overlay2 needs kernel support this kind of machine may lack. No
 * bridge and no iptables: there is no network to give containers, so builds and runs use --network=host.
 */
const DOCKERD_ARGS = ['--storage-driver=vfs', '--iptables=false', '--bridge=none'];
const START_TIMEOUT_MS = 60_000;

export class EngineUnavailable extends Error {}

/** What starting the engine depends on; the defaults are this machine's (tests give others). */
export interface EngineSetup {
  docker: string;
  dockerd: string;
  uid: number | undefined;
}
const THIS_MACHINE: EngineSetup = { docker: DOCKER, dockerd: '/usr/sbin/dockerd', uid: process.getuid?.() };

/**
 * A running Docker engine: the one already answering, or one started here (as root) in the background,
 * left running for the next run to reuse. Fails naming what is missing: the client, the daemon, root, or
 * what the daemon's log says (usually missing kernel support).
 */
export async function ensureEngine(setup: EngineSetup = THIS_MACHINE): Promise<'reused' | 'started'> {
  const { docker, dockerd, uid } = setup;
  if (!existsSync(docker))
    throw new EngineUnavailable(`no docker client at ${docker}: apt-get install -y docker.io (.ci/run does)`);
  const answers = () => spawnSync(docker, ['info'], { env: DOCKER_ENV, stdio: 'ignore', timeout: 30_000 }).status === 0;
  if (answers()) return 'reused';
  if (!existsSync(dockerd))
    throw new EngineUnavailable(
      `no Docker engine answers ${docker} info, and there is no ${dockerd} to start one: apt-get install -y docker.io`,
    );
  if (uid !== 0)
    throw new EngineUnavailable(
      `no Docker engine answers ${docker} info, and starting ${dockerd} needs root (this is uid ${uid}): run as root, or start the engine first`,
    );
  // Another run may be starting it right now: then wait for that one instead of starting a second.
  if (!processAlive(readPid())) startDaemon(dockerd);
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (answers()) return 'started';
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new EngineUnavailable(
    `${dockerd} ${DOCKERD_ARGS.join(' ')} did not answer within ${START_TIMEOUT_MS / 1000} s (no kernel support for containers?). Its log, ${DOCKERD_LOG}, ends with:\n${logTail()}`,
  );
}

function startDaemon(dockerd: string): void {
  const log = openSync(DOCKERD_LOG, 'a');
  // Detached, with no handle on this process's output: the engine outlives the run and must not keep
  // the caller's pipes (CI's log) open.
  const child = spawn(dockerd, DOCKERD_ARGS, { detached: true, stdio: ['ignore', log, log] });
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
