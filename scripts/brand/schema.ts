import { z } from 'zod';
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
