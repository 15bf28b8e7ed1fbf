import { execFileSync, spawnSync } from 'node:child_process';
import { connect } from 'node:net';
import { DOCKER, DOCKER_ENV } from '../../scripts/images/docker.ts';
import { CONTAINER_LABEL } from '../../scripts/images/records.ts';
import { freePort } from '../deploy/nginx.ts';

export interface RunningContainer {
  id: string;
  port: number;
  logs(): string;
  /** Runs a command inside the container; its standard output. */
  exec(command: string[]): string;
  inspect(format: string): string;
  /** `docker stop`, timed; Docker kills the container if it is still running after `graceSeconds`. */
  stop(graceSeconds: number): { seconds: number; exitCode: number };
  remove(): void;
}

const dockerOut = (args: string[]) =>
  execFileSync(DOCKER, args, { env: DOCKER_ENV, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }).trim();

/**
 * Starts `image` as an operator would, detached, sharing the host's network (the engine has no bridge,
 * so no -p): nginx listens on a free loopback port given as the images' run-time setting PORT. Resolves
 * once the port accepts connections; fails with the container's log if it exits or never listens.
 */
export async function runContainer(image: string, runId: string): Promise<RunningContainer> {
  const port = await freePort();
  const id = dockerOut([
    'run',
    '--detach',
    '--network=host',
    '--env',
    `PORT=${port}`,
    '--label',
    `${CONTAINER_LABEL}=${runId}`,
    image,
  ]);
  const container: RunningContainer = {
    id,
    port,
    logs: () => {
      const run = spawnSync(DOCKER, ['logs', id], { env: DOCKER_ENV, encoding: 'utf8' });
      return `${run.stdout}${run.stderr}`;
    },
    exec: (command) => dockerOut(['exec', id, ...command]),
    inspect: (format) => dockerOut(['inspect', '-f', format, id]),
    stop: (graceSeconds) => {
      const started = process.hrtime.bigint();
      dockerOut(['stop', '-t', String(graceSeconds), id]);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      return { seconds, exitCode: Number(container.inspect('{{.State.ExitCode}}')) };
    },
    remove: () => {
      spawnSync(DOCKER, ['rm', '-f', id], { env: DOCKER_ENV, stdio: 'ignore' });
    },
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (await accepts(port)) return container;
    if (container.inspect('{{.State.Running}}') !== 'true') break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const logs = container.logs();
  container.remove();
  throw new Error(`${image} did not listen on port ${port} (PORT=${port}); its log:\n${logs}`);
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
