import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';

/**
 * Debian's docker client (docker.io). Not whatever `docker` comes first on PATH: this one talks to the
 * engine the runner starts and builds with the engine's own BuildKit, without buildx.
 */
export const DOCKER = process.env.DOCKER_BIN || '/usr/bin/docker';

/** The environment every docker command here gets: BuildKit on, whatever the caller's shell says. */
export const DOCKER_ENV = { ...process.env, DOCKER_BUILDKIT: '1' };

export class DockerError extends Error {}

/** Runs a short docker command and returns its standard output; fails with the command and its output. */
export function docker(args: string[], options: { input?: string | Buffer; timeoutMs?: number } = {}): string {
  const run = spawnSync(DOCKER, args, {
    env: DOCKER_ENV,
    input: options.input,
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw new DockerError(`${DOCKER} ${args.join(' ')}: ${run.error.message}`);
  if (run.status !== 0)
    throw new DockerError(`${DOCKER} ${args.join(' ')} exited with ${run.status}:\n${run.stderr}${run.stdout}`.trim());
  return run.stdout;
}

/** True when the command exits 0 (e.g. `image inspect` of an image that exists). */
export function dockerSucceeds(args: string[]): boolean {
  return spawnSync(DOCKER, args, { env: DOCKER_ENV, stdio: 'ignore', timeout: 60_000 }).status === 0;
}

export interface LoggedRun {
  status: number | null;
  seconds: number;
}

/**
 * Runs a long command (a build: docker, or a shell running docker) with its output written to `logPath`
 * as it comes, so a failed or stopped build leaves its log behind. `cwd` is where relative paths (the
 * build context) start from.
 */
export async function runLogged(args: string[], logPath: string, cwd: string, command = DOCKER): Promise<LoggedRun> {
  const log = createWriteStream(logPath);
  const started = process.hrtime.bigint();
  const child = spawn(command, args, { cwd, env: DOCKER_ENV, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const status = await new Promise<number | null>((resolve) => {
    child.once('error', (error) => {
      log.write(`${command}: ${error.message}\n`);
      resolve(null);
    });
    child.once('close', (code) => resolve(code));
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await new Promise<void>((resolve) => log.end(resolve));
  return { status, seconds };
}
