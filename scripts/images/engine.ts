import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
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
  /** Where the started daemon's output goes. */
  log: string;
  /** Where a running daemon writes its process id (a second run waits for it instead of starting another). */
  pidFile: string;
  startTimeoutMs: number;
}
const THIS_MACHINE: EngineSetup = {
  docker: DOCKER,
  dockerd: '/usr/sbin/dockerd',
  uid: process.getuid?.(),
  log: DOCKERD_LOG,
  pidFile: PID_FILE,
  startTimeoutMs: START_TIMEOUT_MS,
};

/**
 * A running Docker engine: the one already answering, or one started here (as root) in the background,
 * left running for the next run to reuse. Fails naming what is missing: the client, the daemon, root, or
 * what the daemon's log says when it exits or does not answer (usually missing kernel support).
 */
export async function ensureEngine(options: Partial<EngineSetup> = {}): Promise<'reused' | 'started'> {
  const setup = { ...THIS_MACHINE, ...options };
  const { docker, dockerd, uid } = setup;
  if (!existsSync(docker))
    throw new EngineUnavailable(`no docker client at ${docker}: apt-get install -y docker.io (.ci/run does)`);
  const answers = () => spawnSync(docker, ['info'], { env: DOCKER_ENV, stdio: 'ignore', timeout: 30_000 }).status === 0;
  if (answers()) return 'reused';
  if (!existsSync(dockerd))
    throw new EngineUnavailable(
      `no Docker engine answers ${docker} info, and there is no ${dockerd} to start one: apt-get install -y docker.io (.ci/run does)`,
    );
  if (uid !== 0)
    throw new EngineUnavailable(
      `no Docker engine answers ${docker} info, and starting ${dockerd} needs root (this is uid ${uid}): run as root, or start the engine first`,
    );
  const command = `${dockerd} ${DOCKERD_ARGS.join(' ')}`;
  // Another run may be starting it right now: then wait for that one instead of starting a second.
  const started = processAlive(readPid(setup.pidFile)) ? undefined : startDaemon(dockerd, setup.log);
  const deadline = Date.now() + setup.startTimeoutMs;
  while (Date.now() < deadline) {
    if (answers()) return 'started';
    if (started?.exit !== undefined)
      throw new EngineUnavailable(
        `${command} exited (${started.exit}) without answering (no kernel support for containers, or not allowed to use it here?). Its log, ${setup.log}, ends with:\n${logTail(setup.log)}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new EngineUnavailable(
    `${command} did not answer within ${setup.startTimeoutMs / 1000} s (no kernel support for containers?). Its log, ${setup.log}, ends with:\n${logTail(setup.log)}`,
  );
}

/** The daemon, started in the background; `exit` is set if it ends (it should keep running). */
function startDaemon(dockerd: string, logPath: string): { exit?: string } {
  const log = openSync(logPath, 'a');
  // Detached, with no handle on this process's output: the engine outlives the run and must not keep
  // the caller's pipes (CI's log) open.
  const child = spawn(dockerd, DOCKERD_ARGS, { detached: true, stdio: ['ignore', log, log] });
  closeSync(log);
  const state: { exit?: string } = {};
  child.once('error', (error) => (state.exit = error.message));
  child.once('exit', (code, signal) => (state.exit = signal ? `signal ${signal}` : `exit code ${code}`));
  child.unref();
  return state;
}

function readPid(pidFile: string): number | undefined {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
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

function logTail(logPath: string): string {
  if (!existsSync(logPath)) return '(no log)';
  return readFileSync(logPath, 'utf8').trimEnd().split('\n').slice(-15).join('\n');
}
