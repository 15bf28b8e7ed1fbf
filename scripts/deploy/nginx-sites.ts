import { existsSync } from 'node:fs';
import { copyFile, readFile, rename, writeFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { ROOT } from '../paths.ts';
import { listBrandNames } from '../brand/load-brand.ts';
import { RESERVED_BRAND_NAMES } from '../../common/brand-formats.ts';
import { brandFileSchema } from '../brand/schema.ts';
import { NGINX_HEADERS_FILE } from './csp.ts';

/** The shared server-level snippet every bundle's server block includes (copied next to dist/nginx.conf). */
export const BUNDLE_CONF_SOURCE = join(ROOT, 'deploy', 'nginx', 'bundle.conf');
export const SITES_FILE = 'nginx.conf';
export const BUNDLE_CONF_FILE = 'nginx-bundle.conf';

export interface Site {
  brand: string;
  domain: string;
}

export interface SitesOptions {
  /** The folder holding the bundles on the server (`<root>/<brand>/`), absolute. */
  root: string;
  /** nginx `listen` value: a port, or `address:port`. */
  listen: string;
}

const LISTEN_PATTERN = /^(\d{1,5}|(\d{1,3}\.){3}\d{1,3}:\d{1,5}|\[[0-9a-f:]+\]:\d{1,5}|localhost:\d{1,5})$/i;

/**
 * dist/nginx.conf: one `server` block per brand with a domain, chosen by `Host`, and a default server that
 * answers 404 to any other host, so a request never lands on another client's app. It goes in nginx's
 * `http` block; each server includes its bundle's own nginx-headers.conf (the bundle's CSP, the same as its
 * `<meta>` tag) and the shared nginx-bundle.conf.
 */
export function renderSites(sites: Site[], options: SitesOptions): string {
  if (!isAbsolute(options.root) || /[\s"'$;{}\\]/.test(options.root)) {
    throw new Error(
      `nginx root ${JSON.stringify(options.root)}: expected an absolute path without spaces, quotes, "$", ";" or braces`,
    );
  }
  if (!LISTEN_PATTERN.test(options.listen))
    throw new Error(
      `nginx listen ${JSON.stringify(options.listen)}: expected a port (8080) or address:port (127.0.0.1:8080)`,
    );
  const byDomain = new Map<string, string[]>();
  for (const site of sites)
    byDomain.set(site.domain.toLowerCase(), [...(byDomain.get(site.domain.toLowerCase()) ?? []), site.brand]);
  const clashes = [...byDomain].filter(([, brands]) => brands.length > 1);
  if (clashes.length > 0) {
    throw new Error(
      `the same domain for several brands: ${clashes.map(([domain, brands]) => `${domain} (${brands.join(', ')})`).join('; ')}: each domain must serve one client`,
    );
  }
  const root = options.root.replace(/\/+$/, '') || '/';
  const path = (...parts: string[]) => [root === '/' ? '' : root, ...parts].join('/');
  const blocks = [...sites]
    .sort((a, b) => a.brand.localeCompare(b.brand))
    .map(
      (site) => `# ${site.brand}
server {
    listen ${options.listen};
    server_name ${site.domain.toLowerCase()};
    root ${path(site.brand)};

    include ${path(site.brand, NGINX_HEADERS_FILE)};
    include ${path(BUNDLE_CONF_FILE)};
}
`,
    );
  return `# Written by \`npm run build\`: one nginx for every client, chosen by Host. Include this file in nginx's
# http block (deploy/nginx-clients.conf does). Bundles are expected in ${path('<brand>')}/
# (build option --nginx-root); brands without a "domain" in brand.json are not served here.

# Any other host name (or none): 404, never another client's app.
server {
    listen ${options.listen} default_server;
    server_name _;
    server_tokens off;
    default_type text/plain;
    add_header Cache-Control "no-store" always;
    add_header X-Content-Type-Options "nosniff" always;

    # A container's HEALTHCHECK asks 127.0.0.1, which is no client's host name.
    location = /healthz {
        access_log off;
        return 200 "ok\\n";
    }
    location / {
        return 404 "No client is served at this address.\\n";
    }
}

${blocks.join('\n')}`;
}

export interface SitesReport {
  file: string;
  sites: Site[];
  /** Bundles in dist/ that are left out, and why. */
  skipped: Array<{ brand: string; reason: string }>;
}

/**
 * Writes `<distDir>/nginx.conf` and its shared `<distDir>/nginx-bundle.conf` for every bundle present in
 * distDir whose brand has a `domain` in `brands/<name>/brand.json`. A brand whose bundle is missing, or
 * whose brand.json cannot be read, is reported as skipped. Throws when two brands claim one domain.
 */
export async function writeSites(distDir: string, brandsDir: string, options: SitesOptions): Promise<SitesReport> {
  const sites: Site[] = [];
  const skipped: SitesReport['skipped'] = [];
  for (const brand of await listBrandNames(distDir)) {
    // dist/preview/ is brand:preview's gallery, not a bundle (the name is reserved for it).
    if (RESERVED_BRAND_NAMES.has(brand)) continue;
    if (!existsSync(join(distDir, brand, 'index.html')) || !existsSync(join(distDir, brand, NGINX_HEADERS_FILE))) {
      skipped.push({
        brand,
        reason: `no complete bundle in ${join(distDir, brand)} (built before per-brand nginx headers?): rebuild it`,
      });
      continue;
    }
    const domain = await readDomain(join(brandsDir, brand, 'brand.json'));
    if (typeof domain === 'object') skipped.push({ brand, reason: domain.problem });
    else if (domain === undefined) skipped.push({ brand, reason: 'no "domain" in brand.json' });
    else sites.push({ brand, domain });
  }
  const text = renderSites(sites, options);
  const file = join(distDir, SITES_FILE);
  await copyFile(BUNDLE_CONF_SOURCE, join(distDir, `${BUNDLE_CONF_FILE}.tmp`));
  await rename(join(distDir, `${BUNDLE_CONF_FILE}.tmp`), join(distDir, BUNDLE_CONF_FILE));
  await writeFile(`${file}.tmp`, text);
  await rename(`${file}.tmp`, file);
  return { file, sites, skipped };
}

async function readDomain(path: string): Promise<string | undefined | { problem: string }> {
  if (!existsSync(path)) return { problem: `no ${path}: its bundle has no brand any more` };
  try {
    const parsed = brandFileSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    if (!parsed.success) return { problem: `${path} is not valid (see the build errors above)` };
    return parsed.data.domain;
  } catch {
    return { problem: `${path} is not valid JSON (see the build errors above)` };
  }
}
