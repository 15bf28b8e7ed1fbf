import { createHash } from 'node:crypto';
import { isHttpUrl } from '../../common/brand-formats.ts';
import { escapeHtml } from '../brand/html.ts';

/**
 * The hash of the empty string, as a CSP source. It allows exactly one kind of inline style: an EMPTY
 * `<style>` element. Emotion (MUI's styling engine) in its production ("speedy") mode creates such empty
 * elements and fills them through the CSSOM (`sheet.insertRule`), which CSP does not govern; without this
 * hash Chrome refuses the empty element, `tag.sheet` is null and every MUI style is silently lost.
 * Any `<style>` with content, any `style="…"` attribute and any `setAttribute('style', …)` stay blocked.
 */
export const EMPTY_STYLE_HASH = `'sha256-${createHash('sha256').update('').digest('base64')}'`;

/**
 * Where Atendechat's contact avatars live: the backend stores WhatsApp's profile picture URLs
 * (`contact.profilePicUrl`) as they come, and the app shows them as images.
 */
export const WHATSAPP_AVATAR_ORIGIN = 'https://pps.whatsapp.net';

export interface ApiOrigins {
  /** `https://api-cliente1.example.com` (with the port when not the default). */
  http: string;
  /** The matching socket.io origin: `wss://…` for https, `ws://…` for http. */
  ws: string;
}

/**
 * The origins a brand's API URL stands for. Throws for anything that could not be written, as is, into a
 * header or nginx config: only letters, digits, `-` and `.` in the host (CSP has no syntax for IPv6
 * literals), so neither a quote nor a `;` can ever reach the policy.
 */
export function apiOrigins(apiUrl: string): ApiOrigins {
  let url: URL;
  try {
    url = new URL(apiUrl);
  } catch {
    throw new Error(`apiUrl ${JSON.stringify(apiUrl)} is not a URL: expected e.g. https://api-cliente1.example.com`);
  }
  if (!isHttpUrl(apiUrl)) {
    throw new Error(`apiUrl ${JSON.stringify(apiUrl)}: expected an http:// or https:// URL`);
  }
  if (!/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/.test(url.hostname)) {
    throw new Error(
      `apiUrl ${JSON.stringify(apiUrl)}: the host "${url.hostname}" cannot be written into a Content-Security-Policy (expected a host name or IPv4 address)`,
    );
  }
  const ws = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return { http: url.origin, ws: `${ws}//${url.host}` };
}

/** A policy as ordered directives, e.g. `['connect-src', ["'self'", 'https://api…']]`. */
export type CspDirectives = Array<[name: string, sources: string[]]>;

/**
 * The Content-Security-Policy of a brand's bundle, from its API URL alone:
 * - scripts only from the bundle (`'self'`): no inline script, no eval; the brand's config is a JSON data
 *   block, which is never executed and needs no permission;
 * - styles only from the bundle, plus empty `<style>` elements for emotion (see EMPTY_STYLE_HASH);
 *   no style attributes at all (`style-src-attr 'none'`): React and MUI set styles through the CSSOM;
 * - network (`connect-src`) only to the page's own origin and this brand's backend, over http(s) and the
 *   matching ws(s) for socket.io: a bundle cannot talk to another client's backend;
 * - images and media from the bundle, this brand's backend (uploaded files), `data:`/`blob:` (previews,
 *   recorded audio) and WhatsApp's avatar host;
 * - no plugins, no `<base>` rewriting, forms posting only to the page's origin, and (header only) no framing.
 */
export function cspDirectives(apiUrl: string, options: { frameAncestors?: boolean } = {}): CspDirectives {
  const api = apiOrigins(apiUrl);
  const directives: CspDirectives = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'", EMPTY_STYLE_HASH]],
    ['style-src-elem', ["'self'", EMPTY_STYLE_HASH]],
    ['style-src-attr', ["'none'"]],
    ['img-src', ["'self'", 'data:', 'blob:', api.http, WHATSAPP_AVATAR_ORIGIN]],
    ['media-src', ["'self'", 'data:', 'blob:', api.http]],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', ["'self'", api.http, api.ws]],
    ['worker-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
    ['frame-src', ["'none'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'self'"]],
  ];
  // Browsers ignore frame-ancestors in a <meta> policy (and log a warning): header only.
  if (options.frameAncestors !== false) directives.push(['frame-ancestors', ["'none'"]]);
  return directives.map(([name, sources]) => [name, [...new Set(sources)]]);
}

export function renderCsp(directives: CspDirectives): string {
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

export interface BrandCsp {
  /** The policy for the `Content-Security-Policy` response header. */
  header: string;
  /** The same policy without what a `<meta>` cannot carry (frame-ancestors). */
  meta: string;
}

export function brandCsp(apiUrl: string): BrandCsp {
  return {
    header: renderCsp(cspDirectives(apiUrl)),
    meta: renderCsp(cspDirectives(apiUrl, { frameAncestors: false })),
  };
}

/** The `<meta>` form, for static hosts that cannot send headers. It must come before any script or style. */
export function cspMetaTag(policy: string): string {
  return `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}" />`;
}

/** File name, inside each bundle, of the nginx snippet that sends the bundle's policy as a header. */
export const NGINX_HEADERS_FILE = 'nginx-headers.conf';

/**
 * The nginx snippet written into each bundle: included in the bundle's `server` block, it sends the same
 * policy as the bundle's `<meta>` tag, plus frame-ancestors. `policy` comes from brandCsp(), whose
 * parts are checked (apiOrigins), so it holds no `"`, `\` or `$` that nginx would read.
 */
export function renderNginxHeaders(brand: string, policy: string): string {
  if (/["\\$\n\r{};]/.test(policy.replaceAll('; ', '')))
    throw new Error(`[${brand}] the Content-Security-Policy holds characters nginx would misread: ${policy}`);
  return `# Written by npm run build for the brand "${brand}": this bundle's Content-Security-Policy, the same as
# the <meta> tag in its index.html, plus frame-ancestors (which a <meta> cannot set).
add_header Content-Security-Policy "${policy}" always;
`;
}
