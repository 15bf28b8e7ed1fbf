/**
 * The formats of a brand's values. The build checks brand.json against them (scripts/brand/schema.ts) and the
 * app checks the brand block the build wrote (src/config/brand.ts): one definition, so a brand the build
 * accepts is never one the app refuses.
 */

/** A colour as brands write it: `#RRGGBB`, either case. */
export const HEX_COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/;

/** A brand folder's name: also a path segment and a URL-safe id, so it is checked before any path is built. */
export const BRAND_NAME_PATTERN = /^[a-z0-9][a-z0-9-]{0,40}$/;

/**
 * `dist/preview/` is the brand:preview gallery: a brand of that name would share its folder. Only the build
 * refuses them; it never writes such a bundle, so the app needs no check.
 */
export const RESERVED_BRAND_NAMES: ReadonlySet<string> = /* @__PURE__ */ new Set(['preview']);

/** An absolute http:// or https:// URL with a host: the only kind of backend URL a brand may name. */
export function isHttpUrl(value: string): boolean {
  // The literal prefix, because the URL parser alone also accepts `http:host` and `http:/host`; then the parser,
  // which throws for an http(s) URL without a host (`http://:80`).
  try {
    return /^https?:\/\/[^/]/i.test(value) && Boolean(new URL(value));
  } catch {
    return false;
  }
}
