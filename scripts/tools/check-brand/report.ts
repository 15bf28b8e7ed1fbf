import { formatProblem } from '../../brand/problems.ts';
import type { BrandReport } from './check-brand.ts';
import type { ContrastMeasurement } from './measure-contrast.ts';

/** The `--json` report: stable field names for CI. */
export interface CheckReport {
  /** Version of this shape; bump on incompatible changes. */
  version: 1;
  /** False when any brand has an error (the exit code is then 1). */
  ok: boolean;
  brandsDir: string;
  summary: { brands: number; errors: number; warnings: number; brandsWithErrors: string[] };
  brands: BrandReport[];
}

export function buildReport(brandsDir: string, brands: BrandReport[]): CheckReport {
  const errors = brands.reduce((sum, brand) => sum + brand.errors, 0);
  const warnings = brands.reduce((sum, brand) => sum + brand.warnings, 0);
  return {
    version: 1,
    ok: errors === 0,
    brandsDir,
    summary: {
      brands: brands.length,
      errors,
      warnings,
      brandsWithErrors: brands.filter((brand) => !brand.ok).map((brand) => brand.brand),
    },
    brands,
  };
}

export function exitCodeFor(report: CheckReport): number {
  return report.ok ? 0 : 1;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The report for people: per brand, each problem with its fix, the contrast ratios, then a summary. */
export function formatReport(report: CheckReport): string {
  const lines: string[] = [];
  for (const brand of report.brands) {
    const mark = brand.errors > 0 ? '✗' : brand.warnings > 0 ? '!' : '✓';
    lines.push(`${mark} ${brand.brand}: ${plural(brand.errors, 'error')}, ${plural(brand.warnings, 'warning')}`);
    for (const problem of brand.problems) {
      // formatProblem is the build's own wording, so the same error reads the same in both places.
      lines.push(
        `  ${problem.severity === 'error' ? 'error  ' : 'warning'} ${formatProblem(problem).replace(`[${brand.brand}] `, '')}`,
      );
      if (problem.fix) lines.push(`          fix: ${problem.fix}`);
    }
    for (const measurement of brand.contrast) lines.push(`  contrast ${formatContrast(measurement)}`);
    lines.push('');
  }
  const { summary } = report;
  const failed = summary.brandsWithErrors.length > 0 ? ` (${summary.brandsWithErrors.join(', ')} would not build)` : '';
  lines.push(
    `${plural(summary.brands, 'brand')} checked: ${plural(summary.errors, 'error')}${failed}, ${plural(summary.warnings, 'warning')}.`,
  );
  return `${lines.join('\n')}\n`;
}

function formatContrast(measurement: ContrastMeasurement): string {
  const pair =
    measurement.id === 'light'
      ? `light: white on ${measurement.background}`
      : `dark:  ${measurement.foreground} on ${measurement.background}`;
  const verdict = measurement.passesAA
    ? 'AA ✓'
    : `below AA ✗ → nearest passing ${measurement.nearestPassing?.toUpperCase() ?? '(none)'}`;
  return `${pair.padEnd(32)} ${measurement.ratio.toFixed(2).padStart(5)}:1  ${verdict}`;
}
