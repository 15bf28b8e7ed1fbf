import { z } from 'zod';
import { MAX_UPLOAD_MB_CEILING } from '../../common/brand-contract.ts';
import { BRAND_NAME_PATTERN, HEX_COLOR_PATTERN, isHttpUrl, RESERVED_BRAND_NAMES } from '../../common/brand-formats.ts';

export const brandNameSchema = z
  .string()
  .regex(BRAND_NAME_PATTERN, 'expected lower-case letters, digits and "-" (1 to 41 characters, not starting with "-")')
  .refine((name) => !RESERVED_BRAND_NAMES.has(name), {
    message: 'this name is reserved (dist/preview/ holds the brand:preview gallery): choose another',
  });

export const hexColorSchema = z.string().regex(HEX_COLOR_PATTERN, 'expected a colour as #RRGGBB, e.g. #682EE3');

export const httpUrlSchema = z.string().refine(isHttpUrl, {
  message: 'expected an http:// or https:// URL, e.g. https://api-cliente1.example.com',
});

const DOMAIN_PATTERN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
export const domainSchema = z.string().regex(DOMAIN_PATTERN, 'expected a host name such as app-cliente1.example.com');

const textSchema = z.string().trim().min(1, 'expected a non-empty text').max(120, 'expected at most 120 characters');

/** The largest file the composer sends, in MB (WhatsApp's media limit is 16 MB; its documents go up to 2 GB). */
export const maxUploadMbSchema = z
  .number('expected a number of megabytes, e.g. 16')
  .positive('expected a number of megabytes above 0, e.g. 16')
  .max(MAX_UPLOAD_MB_CEILING, `expected at most ${MAX_UPLOAD_MB_CEILING} (WhatsApp's own limit, 2 GB)`);

/** The shape of `brands/<name>/brand.json`. Unknown fields are errors: a typo must not be silently ignored. */
export const brandFileSchema = z.strictObject({
  name: textSchema,
  tabName: textSchema,
  color: hexColorSchema,
  colorDark: hexColorSchema.optional(),
  apiUrl: httpUrlSchema,
  domain: domainSchema.optional(),
  maxUploadMb: maxUploadMbSchema.optional(),
});

export type BrandFile = z.infer<typeof brandFileSchema>;
