import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findEnvOverrides, stackNameFrom } from '../../brand/env-overrides.ts';
import { listBrandNames } from '../../brand/load-brand.ts';
import { BRANDS_DIR } from '../../paths.ts';
import { isParseArgsError, processOutput, type Output } from '../shared/cli.ts';
import { checkBrand } from './check-brand.ts';
import { buildReport, exitCodeFor, formatReport } from './report.ts';

export const CHECK_USAGE = `Usage: npm run brand:check [-- <name>…] [--json] [--brands-dir DIR]
Checks brands as the build does (without building) plus design checks, and lists every problem with its fix.
Exit code 1 when a brand has errors (the build would refuse it); warnings alone exit 0.
`;

/** `npm run brand:check`: returns the exit code (0 no errors, 1 errors, 2 bad usage). */
export async function checkBrands(
  argv: string[],
  { output = processOutput, env = process.env }: { output?: Output; env?: NodeJS.ProcessEnv } = {},
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, 'brands-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    if (!isParseArgsError(error)) throw error;
    output.err(`brand:check: ${error.message}\n\n${CHECK_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    output.out(CHECK_USAGE);
    return 0;
  }
  const brandsDir = resolve(values['brands-dir'] ?? BRANDS_DIR);

  // As the build: STACK_NAME picks one brand and lets REACT_APP_* override its settings; otherwise every brand, as written.
  const stackName = stackNameFrom(env);
  const names =
    positionals.length > 0 ? [...new Set(positionals)] : stackName ? [stackName] : await listBrandNames(brandsDir);
  if (names.length === 0) {
    output.err(`brand:check: no brands found in ${brandsDir}: expected folders like brands/default/\n`);
    return 1;
  }
  if (!stackName && findEnvOverrides(env).length > 0 && !values.json) {
    output.err(
      `note: ${findEnvOverrides(env)
        .map((o) => o.variable)
        .join(', ')} ignored: the build applies them only with STACK_NAME=<brand>\n`,
    );
  }

  const reports = [];
  for (const name of names) reports.push(await checkBrand(brandsDir, name, name === stackName ? env : {}));
  const report = buildReport(brandsDir, reports);
  output.out(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  return exitCodeFor(report);
}
