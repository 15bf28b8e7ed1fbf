import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Environment } from '../../brand/env-overrides.ts';
import { readImage, type ImageAsset, type ImageFormat } from '../../brand/image-files.ts';
import { inspectBrand } from '../../brand/load-brand.ts';
import { brandNameSchema, hexColorSchema } from '../../brand/schema.ts';
import { measureContrast, type ContrastMeasurement } from './measure-contrast.ts';
import { checkFavicon, checkLogo, checkPlaceholder, contrastProblems, type CheckProblem } from './design-checks.ts';

/** Everything `brand:check` found in one brand. */
export interface BrandReport {
  brand: string;
  /** False when the build would refuse the brand. */
  ok: boolean;
  errors: number;
  warnings: number;
  problems: CheckProblem[];
  /** Empty when the colours could not be read. */
  contrast: ContrastMeasurement[];
}

/** What the design checks look at: the resolved brand when it is valid, else whatever parts can be read. */
interface DesignInputs {
  colors?: { color: string; colorDark: string; colorDarkGiven: boolean };
  logo?: ImageAsset;
  logoDark?: ImageAsset;
  favicon?: ImageAsset;
}

/**
 * Runs the build's validations (inspectBrand, the very code the build runs) and then the design checks.
 * The design checks also run on the readable parts of a brand the build refuses, so one run lists every problem.
 */
export async function checkBrand(brandsDir: string, id: string, env: Environment = {}): Promise<BrandReport> {
  const inspection = await inspectBrand(brandsDir, id, env);
  const problems: CheckProblem[] = inspection.problems.map((problem) => ({ ...problem, check: 'build' }));

  const inputs: DesignInputs = inspection.brand
    ? {
        colors: {
          color: inspection.brand.settings.color,
          colorDark: inspection.brand.settings.colorDark,
          colorDarkGiven: !inspection.brand.sources.colorDark.includes('no colorDark'),
        },
        logo: inspection.brand.logo,
        ...(inspection.brand.logoDark && { logoDark: inspection.brand.logoDark }),
        ...(inspection.brand.favicon && { favicon: inspection.brand.favicon }),
      }
    : await readablePartsOf(brandsDir, id);

  if (inputs.logo) {
    problems.push(...checkPlaceholder(inputs.logo, id));
    problems.push(...(await checkLogo(inputs.logo, id, 'logo')));
  }
  if (inputs.logoDark) problems.push(...(await checkLogo(inputs.logoDark, id, 'logo-dark')));
  if (inputs.favicon) problems.push(...checkFavicon(inputs.favicon, id));
  let contrast: ContrastMeasurement[] = [];
  if (inputs.colors) {
    contrast = measureContrast(inputs.colors);
    problems.push(
      ...contrastProblems(contrast, id, displayPath(brandsDir, id, 'brand.json'), inputs.colors.colorDarkGiven),
    );
  }

  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return { brand: id, ok: errors === 0, errors, warnings: problems.length - errors, problems, contrast };
}

function displayPath(brandsDir: string, id: string, file: string): string {
  return relative(process.cwd(), join(brandsDir, id, file)) || file;
}

/**
 * Colours and images of a brand the build refuses, read leniently: each part that is valid on its own is
 * returned; whatever is wrong was already reported by inspectBrand, so nothing is reported here.
 */
async function readablePartsOf(brandsDir: string, id: string): Promise<DesignInputs> {
  if (!brandNameSchema.safeParse(id).success) return {};
  const dir = join(brandsDir, id);
  if (!existsSync(dir)) return {};
  const inputs: DesignInputs = {};

  try {
    const json = JSON.parse(await readFile(join(dir, 'brand.json'), 'utf8')) as Record<string, unknown>;
    const color = hexColorSchema.safeParse(json.color);
    const colorDark = hexColorSchema.safeParse(json.colorDark);
    if (color.success)
      inputs.colors = {
        color: color.data,
        colorDark: colorDark.success ? colorDark.data : color.data,
        colorDarkGiven: colorDark.success,
      };
  } catch {
    // Missing or broken brand.json: inspectBrand said so.
  }

  const read = async (stem: string, formats: ImageFormat[]): Promise<ImageAsset | undefined> => {
    const present = formats.filter((format) => existsSync(join(dir, `${stem}.${format}`)));
    const format = present[0];
    if (present.length !== 1 || !format) return undefined;
    const result = await readImage(
      join(dir, `${stem}.${format}`),
      displayPath(brandsDir, id, `${stem}.${format}`),
      format,
    );
    return 'asset' in result ? result.asset : undefined;
  };
  const logo = await read('logo', ['png', 'svg']);
  const logoDark = await read('logo-dark', ['png', 'svg']);
  const favicon = await read('favicon', ['ico', 'png']);
  return { ...inputs, ...(logo && { logo }), ...(logoDark && { logoDark }), ...(favicon && { favicon }) };
}
