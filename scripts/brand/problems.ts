/**
 * A problem found in a brand: where it is (brand, file, field), the bad value and what is expected.
 * The build stops on the first 'error'; `brand:check` collects and prints all of them.
 */
export interface BrandProblem {
  severity: 'error' | 'warning';
  brand: string;
  /** Path as the designer sees it, e.g. `brands/cliente1/brand.json`, or an environment variable. */
  file: string;
  field?: string;
  value?: string;
  /** What was wrong and what is expected instead. */
  message: string;
}

export function formatProblem(problem: BrandProblem): string {
  const where = [problem.file, problem.field && `field "${problem.field}"`].filter(Boolean).join(', ');
  const value = problem.value === undefined ? '' : ` (got ${JSON.stringify(truncate(problem.value, 80))})`;
  return `[${problem.brand}] ${where}: ${problem.message}${value}`;
}

/** Thrown by the build when a brand cannot be built; carries every error found. */
export class BrandError extends Error {
  readonly problems: BrandProblem[];
  constructor(problems: BrandProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'BrandError';
    this.problems = problems;
  }
}

function truncate(value: string, max: number): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}
