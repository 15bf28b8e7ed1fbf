import { makeDebianImage } from './debian-image.ts';
import { dockerSucceeds } from './docker.ts';
import { hostNode, makeNodeImage } from './node-image.ts';

/**
 * The base images the Dockerfile's NGINX_IMAGE and NODE_IMAGE point to here, made on this machine. Named
 * apart from Docker Hub's debian:bookworm-slim and node:20-bookworm-slim, which they stand in for, so they
 * never shadow the real ones on a machine that has those. The Node tag carries the exact version: a
 * new Node on the host makes a new image instead of reusing one with the old Node.
 */
export interface BaseImages {
  debian: string;
  node: string;
  made: string[];
}

export const DEBIAN_BASE = 'vitrine-base/debian:bookworm-slim';

export async function ensureBaseImages(log: (line: string) => void): Promise<BaseImages> {
  const { version } = hostNode();
  if (!version.startsWith('20.'))
    throw new Error(
      `this machine runs Node ${version}; the images' Node must be 20 (deploy/Dockerfile's NODE_IMAGE is node:20-bookworm-slim)`,
    );
  const node = `vitrine-base/node:${version}-bookworm-slim`;
  const made: string[] = [];
  if (!exists(DEBIAN_BASE)) {
    log(`making ${DEBIAN_BASE} with debootstrap (about a minute)…`);
    await makeDebianImage(DEBIAN_BASE);
    made.push(DEBIAN_BASE);
  }
  if (!exists(node)) {
    log(`making ${node} from ${DEBIAN_BASE} and this machine's Node…`);
    makeNodeImage(node, DEBIAN_BASE);
    made.push(node);
  }
  return { debian: DEBIAN_BASE, node, made };
}

const exists = (tag: string) => dockerSucceeds(['image', 'inspect', tag]);
