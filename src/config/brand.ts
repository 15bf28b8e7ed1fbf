import { BRAND_CONFIG_ELEMENT_ID, MAX_UPLOAD_MB_CEILING, type BrandConfig } from '../../common/brand-contract.ts';
import { BRAND_NAME_PATTERN, HEX_COLOR_PATTERN, isHttpUrl } from '../../common/brand-formats.ts';

/*
 * The brand this bundle was stamped with. The build writes it into index.html as a JSON data block
 * (common/brand-contract.ts); the app reads and validates it once, at start (see main.tsx), and never falls
 * back to a default brand: a bundle without a valid brand shows an error instead of somebody else's name and
 * colours.
 */

/** A field's check: undefined when the value is fine, else what was expected. */
type Check = (value: unknown) => string | undefined;

const matching =
  (pattern: RegExp, expected: string): Check =>
  (value) =>
    typeof value === 'string' && pattern.test(value) ? undefined : expected;

// Plain checks rather than a schema library: this runs before the login page, where every kilobyte counts.
const hexColor = matching(HEX_COLOR_PATTERN, 'expected a colour as #RRGGBB');
const text: Check = (value) =>
  typeof value === 'string' && value.trim() !== '' ? undefined : 'expected a non-empty text';
/** Root-relative or absolute http(s) URL: checked because it ends up in `src` attributes. */
const assetUrl = matching(/^(\/(?!\/)|https?:\/\/[^/])/i, 'expected a root-relative or http(s) URL');
const apiUrl: Check = (value) => {
  if (typeof value !== 'string' || !isHttpUrl(value)) return 'expected an http(s) URL';
  // The build drops trailing slashes (scripts/brand/brand-files.ts): one here means an edited block.
  return value.endsWith('/') ? 'expected no trailing slash' : undefined;
};

/** Megabytes: a positive number up to WhatsApp's own 2 GB. */
const megabytes: Check = (value) =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= MAX_UPLOAD_MB_CEILING
    ? undefined
    : `expected a number of megabytes above 0, at most ${MAX_UPLOAD_MB_CEILING}`;

// Typed with the shared contract, so the checks cannot drift from what the build writes.
const FIELDS: Record<keyof BrandConfig, Check> = {
  id: matching(BRAND_NAME_PATTERN, 'expected a brand folder name'),
  name: text,
  tabName: text,
  color: hexColor,
  colorDark: hexColor,
  apiUrl,
  logoUrl: assetUrl,
  logoDarkUrl: assetUrl,
  maxUploadMb: megabytes,
};
/** Fields a bundle stamped before they existed may lack: the app uses their default. */
const OPTIONAL = new Set<string>(['maxUploadMb'] satisfies Array<keyof BrandConfig>);

export type BrandConfigResult =
  { ok: true; brand: BrandConfig } | { ok: false; reason: 'missing' | 'not-json' | 'invalid'; detail: string };

/** Validates the text of the brand data block (`null` when the element is absent). */
export function parseBrandConfig(json: string | null | undefined): BrandConfigResult {
  if (json == null || json.trim() === '') {
    return {
      ok: false,
      reason: 'missing',
      detail: `No <script type="application/json" id="${BRAND_CONFIG_ELEMENT_ID}"> element`,
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { ok: false, reason: 'not-json', detail: error instanceof Error ? error.message : String(error) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'invalid', detail: '(root): expected an object' };
  }
  const record = value as Record<string, unknown>;
  const problems = Object.entries(FIELDS).flatMap(([field, check]) => {
    const expected = field in record ? check(record[field]) : OPTIONAL.has(field) ? undefined : 'expected a value';
    return expected ? [`${field}: ${expected}`] : [];
  });
  if (problems.length > 0) return { ok: false, reason: 'invalid', detail: problems.join('; ') };
  // Only the known fields, as the build writes them (a stray key is ignored).
  const brand = Object.fromEntries(
    Object.keys(FIELDS)
      .filter((field) => field in record)
      .map((field) => [field, record[field]]),
  ) as unknown as BrandConfig;
  return { ok: true, brand: { ...brand, name: brand.name.trim(), tabName: brand.tabName.trim() } };
}

/** Reads the brand the build stamped into the page. */
export function readBrandConfig(doc: Document): BrandConfigResult {
  const element = doc.getElementById(BRAND_CONFIG_ELEMENT_ID);
  if (element && element.getAttribute('type') !== 'application/json') {
    return {
      ok: false,
      reason: 'invalid',
      detail: `#${BRAND_CONFIG_ELEMENT_ID} must be a <script type="application/json">`,
    };
  }
  return parseBrandConfig(element?.textContent);
}
