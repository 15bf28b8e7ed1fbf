import { existsSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { BrandError, type BrandProblem } from './problems.ts';
import { BRAND_NAME_PATTERN } from '../../common/brand-formats.ts';
import { brandFileSchema, brandNameSchema, withoutCredentials, type BrandFile } from './schema.ts';
import { describeJsonError } from './json-position.ts';
import { findEnvOverrides, type Environment } from './env-overrides.ts';
import { readImage, type ImageAsset, type ImageFormat } from './image-files.ts';

/** A brand ready to stamp: settings after environment overrides, and its checked image files. */
export interface ResolvedBrand {
  /** Folder name, `brands/<id>`. */
  id: string;
  dir: string;
  settings: BrandFile & { colorDark: string };
  /** Where each setting came from: the brand.json path or an environment variable's name. */
  sources: Record<keyof BrandFile, string>;
  logo: ImageAsset;
  logoDark?: ImageAsset;
  favicon?: ImageAsset;
}

export interface BrandInspection {
  brand?: ResolvedBrand;
  problems: BrandProblem[];
}

/** Every folder in `brandsDir` with a valid brand name, sorted. Hidden and invalid names are skipped. */
export async function listBrandNames(brandsDir: string): Promise<string[]> {
  if (!existsSync(brandsDir)) return [];
  const entries = await readdir(brandsDir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && BRAND_NAME_PATTERN.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}

/** Loads a brand and throws a BrandError listing every error found. */
export async function loadBrand(brandsDir: string, id: string, env: Environment = {}): Promise<ResolvedBrand> {
  const { brand, problems } = await inspectBrand(brandsDir, id, env);
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (!brand || errors.length > 0) throw new BrandError(errors);
  return brand;
}

/**
 * Checks everything the build needs from `brands/<id>/` and collects every problem (not just the first),
 * so `brand:check` can report them all at once. `env` overrides are applied and validated too.
 */
export async function inspectBrand(brandsDir: string, id: string, env: Environment = {}): Promise<BrandInspection> {
  const problems: BrandProblem[] = [];
  const error = (file: string, message: string, extra: Partial<BrandProblem> = {}) =>
    problems.push({ severity: 'error', brand: id, file, message, ...extra });

  // The name becomes a path: check it before joining anything with it.
  const nameCheck = brandNameSchema.safeParse(id);
  if (!nameCheck.success) {
    error('STACK_NAME', `invalid brand name: ${nameCheck.error.issues[0]?.message}`, { value: id });
    return { problems };
  }
  const dir = join(brandsDir, id);
  const shown = (file: string) => relative(process.cwd(), join(dir, file)) || file;
  if (!existsSync(dir) || !(await stat(dir)).isDirectory()) {
    const existing = await listBrandNames(brandsDir);
    error(shown(''), `no brand named "${id}": expected one of ${existing.join(', ') || '(none: brands/ is empty)'}`, {
      value: id,
    });
    return { problems };
  }

  const file = await readBrandFile(join(dir, 'brand.json'), shown('brand.json'), error);
  const settings = file && applyOverrides(file.data, shown('brand.json'), env, error);
  const images = await readBrandImages(dir, shown, error);

  if (!settings || !images.logo || problems.some((problem) => problem.severity === 'error')) return { problems };
  return {
    problems,
    brand: {
      id,
      dir,
      settings: { ...settings.values, colorDark: settings.values.colorDark ?? settings.values.color },
      sources: settings.sources,
      logo: images.logo,
      ...(images.logoDark && { logoDark: images.logoDark }),
      ...(images.favicon && { favicon: images.favicon }),
    },
  };
}

type ReportError = (file: string, message: string, extra?: Partial<BrandProblem>) => void;

async function readBrandFile(
  path: string,
  shownPath: string,
  error: ReportError,
): Promise<{ data: BrandFile } | undefined> {
  if (!existsSync(path)) {
    error(shownPath, 'missing brand.json: expected a JSON file with name, tabName, color and apiUrl');
    return undefined;
  }
  const text = await readFile(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (parseError) {
    error(shownPath, describeJsonError(text, parseError));
    return undefined;
  }
  const parsed = brandFileSchema.safeParse(json);
  if (parsed.success) return { data: parsed.data };
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        error(shownPath, `unknown field: expected only name, tabName, color, colorDark, apiUrl, domain`, {
          field: key,
        });
      }
      continue;
    }
    const field = issue.path.join('.');
    const value = field ? (json as Record<string, unknown>)[field] : json;
    const message = value === undefined ? 'missing required field' : issue.message;
    error(shownPath, message, {
      field: field || undefined,
      ...(value !== undefined && {
        value: withoutCredentials(String(typeof value === 'string' ? value : JSON.stringify(value))),
      }),
    });
  }
  return undefined;
}

function applyOverrides(file: BrandFile, shownPath: string, env: Environment, error: ReportError) {
  const values: BrandFile = { ...file };
  const sources = Object.fromEntries(Object.keys(brandFileSchema.shape).map((key) => [key, shownPath])) as Record<
    keyof BrandFile,
    string
  >;
  let ok = true;
  for (const override of findEnvOverrides(env)) {
    const check = brandFileSchema.shape[override.field].safeParse(override.value);
    if (!check.success) {
      error(override.variable, check.error.issues[0]?.message ?? 'invalid value', {
        field: override.field,
        value: withoutCredentials(override.value),
      });
      ok = false;
      continue;
    }
    values[override.field] = check.data;
    sources[override.field] = override.variable;
  }
  if (values.colorDark === undefined) sources.colorDark = `${sources.color} (no colorDark: the same as color)`;
  return ok ? { values, sources } : undefined;
}

async function readBrandImages(dir: string, shown: (file: string) => string, error: ReportError) {
  const pick = async (stem: string, formats: ImageFormat[], required: boolean): Promise<ImageAsset | undefined> => {
    const present = formats.filter((format) => existsSync(join(dir, `${stem}.${format}`)));
    const names = formats.map((format) => `${stem}.${format}`).join(' or ');
    if (present.length === 0) {
      if (required) error(shown(`${stem}.${formats[0]}`), `missing ${stem}: expected ${names} in ${shown('')}`);
      return undefined;
    }
    if (present.length > 1) {
      error(
        shown(`${stem}.${present[0]}`),
        `both ${present.map((f) => `${stem}.${f}`).join(' and ')} exist: expected exactly one`,
      );
      return undefined;
    }
    const format = present[0] as ImageFormat;
    const result = await readImage(join(dir, `${stem}.${format}`), shown(`${stem}.${format}`), format);
    if ('problem' in result) {
      error(shown(`${stem}.${format}`), result.problem);
      return undefined;
    }
    return result.asset;
  };
  return {
    logo: await pick('logo', ['png', 'svg'], true),
    logoDark: await pick('logo-dark', ['png', 'svg'], false),
    favicon: await pick('favicon', ['ico', 'png'], false),
  };
}
