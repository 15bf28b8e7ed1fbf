import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { docker } from './docker.ts';

/** The certificate authorities this machine trusts, which npm inside the image must trust too. */
export const HOST_CA_BUNDLE = '/etc/ssl/certs/ca-certificates.crt';

/**
 * The Node this project runs (the one running this script) and its npm, beside it as Node's own
 * installers lay them out: <prefix>/bin/node and <prefix>/lib/node_modules/npm.
 */
export function hostNode(): { version: string; binary: string; npmDir: string } {
  const binary = process.execPath;
  const npmDir = join(dirname(dirname(binary)), 'lib', 'node_modules', 'npm');
  if (!existsSync(join(npmDir, 'bin', 'npm-cli.js')))
    throw new Error(`no npm beside ${binary} (looked for ${npmDir}/bin/npm-cli.js): the Node image needs both`);
  return { version: process.versions.node, binary, npmDir };
}

/**
 * Makes the Node base image: the Debian base image plus this machine's Node and npm, trusting this
 * machine's certificate authorities (NODE_EXTRA_CA_CERTS, as on the host), so `npm ci` in the app stage
 * reaches the same registry the host does.
 */
export function makeNodeImage(tag: string, debianTag: string, workRoot = '/var/tmp'): void {
  const node = hostNode();
  if (!existsSync(HOST_CA_BUNDLE))
    throw new Error(`no ${HOST_CA_BUNDLE} to give the Node image: apt-get install -y ca-certificates`);
  const context = mkdtempSync(join(workRoot, 'vitrine-node-image-'));
  try {
    cpSync(node.binary, join(context, 'node'));
    cpSync(node.npmDir, join(context, 'npm'), { recursive: true });
    cpSync(HOST_CA_BUNDLE, join(context, 'ca-certificates.crt'));
    writeFileSync(
      join(context, 'Dockerfile'),
      [
        `FROM ${debianTag}`,
        'COPY node /usr/local/bin/node',
        'COPY npm/ /usr/local/lib/node_modules/npm/',
        'COPY ca-certificates.crt /etc/ssl/certs/ca-certificates.crt',
        'RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \\',
        ' && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \\',
        ` && test "$(node --version)" = "v${node.version}" && npm --version`,
        'ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt',
        'CMD ["node"]',
        '',
      ].join('\n'),
    );
    docker(['build', '--network=host', '--progress=plain', '-t', tag, context], { timeoutMs: 600_000 });
  } finally {
    rmSync(context, { recursive: true, force: true });
  }
}
