/**
 * The contract between the build (scripts/, the Vite plugin) and the browser app (src/).
 *
 * The build writes one JSON object of this shape into every bundle's index.html as
 * `<script type="application/json" id="vitrine-brand">…</script>`. A JSON data block is never
 * executed, so a Content-Security-Policy without 'unsafe-inline' allows it, and the app's
 * JavaScript stays identical for every brand. The app validates it once, at start (src/config/brand.ts).
 */
export const BRAND_CONFIG_ELEMENT_ID = 'vitrine-brand';

/** The composer's file size limit when brand.json sets none: WhatsApp's media limit. */
export const DEFAULT_MAX_UPLOAD_MB = 16;
/** The highest `maxUploadMb` a brand may set: WhatsApp's own limit for documents (2 GB). */
export const MAX_UPLOAD_MB_CEILING = 2048;

export interface BrandConfig {
  /** The brand folder's name (`brands/<id>`): namespaces the browser storage of this bundle. */
  id: string;
  /** Display name, e.g. on the login page. */
  name: string;
  /** Browser tab title. */
  tabName: string;
  /** Primary colour in light mode, `#RRGGBB`. */
  color: string;
  /** Primary colour in dark mode, `#RRGGBB` (the brand's `colorDark`, or `color`). */
  colorDark: string;
  /** The client's backend, an http(s) URL without a trailing slash. */
  apiUrl: string;
  /** URL of the logo, relative to the bundle root. */
  logoUrl: string;
  /** URL of the logo for dark mode (the light logo when the brand has no dark variant). */
  logoDarkUrl: string;
  /**
   * The largest file the composer sends, in MB (brand.json's `maxUploadMb`; the build writes
   * DEFAULT_MAX_UPLOAD_MB when it is unset). Optional here only for bundles stamped before it existed.
   */
  maxUploadMb?: number;
}
