import * as z from 'zod/mini';
import { BRAND_CONFIG_ELEMENT_ID, type RuntimeBrandConfig } from './brand-runtime.ts';

/**
 * The brand this bundle was stamped with. The build writes it into index.html as a JSON data block; the app
 * reads and validates it once, at start (see main.tsx), and never falls back to a default brand: a bundle
 * without a valid brand shows an error instead of somebody else's name and colours.
 */
export type BrandConfig = RuntimeBrandConfig;

// zod/mini rather than zod: this runs on the login page, where every kilobyte counts.
const hexColor = z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour as #RRGGBB'));
const text = z.string().check(z.trim(), z.minLength(1, 'expected a non-empty text'));
/** Root-relative or absolute http(s) URL: checked because it ends up in `src` attributes. */
const assetUrl = z.string().check(
  z.refine((value) => {
    if (value.startsWith('//')) return false;
    if (value.startsWith('/')) return true;
    return /^https?:\/\/[^/]/i.test(value);
  }, 'expected a root-relative or http(s) URL'),
);

// Typed with the shared contract, so the schema cannot drift from what the build writes.
export const brandConfigSchema: z.ZodMiniType<RuntimeBrandConfig> = z.object({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,40}$/, 'expected a brand folder name')),
  name: text,
  tabName: text,
  color: hexColor,
  colorDark: hexColor,
  apiUrl: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).check(
    z.refine((value) => !value.endsWith('/'), 'expected no trailing slash'),
  ),
  logoUrl: assetUrl,
  logoDarkUrl: assetUrl,
});

export type BrandConfigResult =
  | { ok: true; brand: BrandConfig }
  | { ok: false; reason: 'missing' | 'not-json' | 'invalid'; detail: string };

/** Validates the text of the brand data block (`null` when the element is absent). */
export function parseBrandConfig(json: string | null | undefined): BrandConfigResult {
  if (json == null || json.trim() === '') {
    return { ok: false, reason: 'missing', detail: `No <script type="application/json" id="${BRAND_CONFIG_ELEMENT_ID}"> element` };
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { ok: false, reason: 'not-json', detail: error instanceof Error ? error.message : String(error) };
  }
  const result = brandConfigSchema.safeParse(value);
  if (!result.success) {
    const detail = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
    return { ok: false, reason: 'invalid', detail };
  }
  return { ok: true, brand: result.data };
}

/** Reads the brand the build stamped into the page. */
export function readBrandConfig(doc: Document): BrandConfigResult {
  const element = doc.getElementById(BRAND_CONFIG_ELEMENT_ID);
  if (element && element.getAttribute('type') !== 'application/json') {
    return { ok: false, reason: 'invalid', detail: `#${BRAND_CONFIG_ELEMENT_ID} must be a <script type="application/json">` };
  }
  return parseBrandConfig(element?.textContent);
}
