import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { DOCKER, runLogged } from './docker.ts';
import type { BuildCommand } from './readme-commands.ts';

export interface BuildRecord extends BuildCommand {
  /** What was run: the README's command on this machine's engine and base images. */
  ran: string;
  seconds: number;
  log: string;
  status: number | null;
}

export interface BuildSetup {
  root: string;
  logDir: string;
  nodeImage: string;
  nginxImage: string;
}

/**
 * Runs a README `docker build` command as written, with what this machine needs put after `docker build`:
 * Debian's client, the host's network (the engine has no bridge), plain progress (so the log shows each
 * step, CACHED or run), and the local base images. `fresh` builds without the layer cache, so the first
 * build measures a whole build even when an earlier run left its layers behind.
 */
export async function runBuild(command: BuildCommand, setup: BuildSetup, fresh: boolean): Promise<BuildRecord> {
  if (!command.text.startsWith('docker build ')) throw new Error(`not a docker build command: ${command.text}`);
  const extra = [
    '--network=host',
    '--progress=plain',
    ...(fresh ? ['--no-cache'] : []),
    `--build-arg NODE_IMAGE=${setup.nodeImage}`,
    `--build-arg NGINX_IMAGE=${setup.nginxImage}`,
  ];
  const ran = `${DOCKER} build ${extra.join(' ')} ${command.text.slice('docker build '.length)}`;
  const log = join(setup.logDir, `${command.tag.replace(/[^\w.-]+/g, '_')}.log`);
  // Through bash, as an operator's shell runs it: $(git rev-parse …) and the quoting are the README's.
  const { status, seconds } = await runLogged(['-c', ran], log, setup.root, 'bash');
  return { ...command, ran, seconds, log, status };
}

/** An image's size as `docker images` counts it (every layer, shared ones too), in bytes. */
export function imageSize(tag: string): number {
  return Number(execFileSync(DOCKER, ['image', 'inspect', '-f', '{{.Size}}', tag], { encoding: 'utf8' }).trim());
}

/**
 * What an image adds on top of the nginx stage (its own layers: the config and the bundle), in bytes: on
 * a host that runs several clients' images, the Debian and nginx layers are stored once, and each image
 * costs this much more.
 */
export function ownLayersSize(tag: string): number {
  const layers = execFileSync(
    DOCKER,
    ['history', '--no-trunc', '--human=false', '--format', '{{.Size}}\t{{.CreatedBy}}', tag],
    {
      encoding: 'utf8',
    },
  )
    .trim()
    .split('\n')
    .map((line) => ({ size: Number(line.split('\t')[0]), createdBy: line.slice(line.indexOf('\t') + 1) }));
  const nginxTop = layers.findIndex((layer) => layer.createdBy.includes('CMD ["vitrine-nginx"]'));
  if (nginxTop < 0) throw new Error(`${tag}: no layer of the nginx stage (CMD ["vitrine-nginx"]) in docker history`);
  return layers.slice(0, nginxTop).reduce((sum, layer) => sum + layer.size, 0);
}
