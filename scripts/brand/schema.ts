import { z } from 'zod';
import { BRAND_NAME_PATTERN, HEX_COLOR_PATTERN, isHttpUrl, RESERVED_BRAND_NAMES } from '../../common/brand-formats.ts';

export const brandNameSchema = z
  .string()
  .regex(BRAND_NAME_PATTERN, 'expected lower-case letters, digits and "-" (1 to 41 characters, not starting with "-")')
  .refine((name) => !RESERVED_BRAND_NAMES.has(name), {
    message: 'this name is reserved (dist/preview/ holds the brand:preview gallery): choose another',
  });

export const hexColorSchema = z.string().regex(HEX_COLOR_PATTERN, 'expected a colour as #RRGGBB, e.g. #682EE3');

/**
 * A URL that names a user or a password (`https://user:secret@host`): its host, and the same URL without
 * them (to suggest instead); undefined for any other value.
 */
export function urlCredentials(value: string): { host: string; without: string } | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.username === '' && url.password === '') return undefined;
  url.username = '';
  url.password = '';
  return { host: url.host, without: url.href.replace(/\/+$/, '') };
}

/**
 * A value as a problem may print it: a URL's user and password replaced by `***`, so the error that
 * refuses a secret never shows it. As the URL parser reads an address, its authority ends at the first
 * slash, backslash, `?` or `#`, and the user part at the last `@` before that.
 */
export function withoutCredentials(value: string): string {
  return value.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#\\]*@/i, '$1***@');
}

/** A backend URL: http(s), with a host, and no credentials, as the build ships it to every browser. */
export const httpUrlSchema = z
  .string()
  .refine(isHttpUrl, { message: 'expected an http:// or https:// URL, e.g. https://api-cliente1.example.com' })
  .superRefine((value, context) => {
    const credentials = urlCredentials(value);
    if (!credentials) return;
    context.addIssue({
      code: 'custom',
      message: `the URL of ${credentials.host} carries a user name or password, and the build writes it into the page every browser receives: expected it without them, ${credentials.without}`,
    });
  });

const DOMAIN_PATTERN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
export const domainSchema = z.string().regex(DOMAIN_PATTERN, 'expected a host name such as app-cliente1.example.com');

const textSchema = z.string().trim().min(1, 'expected a non-empty text').max(120, 'expected at most 120 characters');

/** The shape of `brands/<name>/brand.json`. Unknown fields are errors: a typo must not be silently ignored. */
export const brandFileSchema = z.strictObject({
  name: textSchema,
  tabName: textSchema,
  color: hexColorSchema,
  colorDark: hexColorSchema.optional(),
  apiUrl: httpUrlSchema,
  domain: domainSchema.optional(),
});

export type BrandFile = z.infer<typeof brandFileSchema>;
