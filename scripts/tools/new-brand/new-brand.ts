import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BRANDS_DIR, ROOT } from '../../paths.ts';
import { isParseArgsError, processOutput, shownPath, type Output } from '../shared/cli.ts';
import { renderChecklist, type ChecklistStepId } from './checklist.ts';
import { createClient, findConflicts, RefusalError } from './create-client.ts';
import { formatOptionProblem, validateNewBrandOptions, type RawNewBrandOptions } from './options.ts';
import { promptForOptions, shouldPrompt } from './prompts.ts';

export const CLIENTS_DIR = resolve(ROOT, 'clients');

export const NEW_BRAND_USAGE = `Usage: npm run brand:new -- <name> --domain example.com [--color #RRGGBB] [--tab-name "…"]
                             [--user-limit N] [--connections-limit N] [--brands-dir DIR] [--clients-dir DIR]
Creates brands/<name>/ (brand.json and a placeholder logo) and clients/<name>.env (settings and fresh JWT secrets).
Without options, in a terminal, it asks for each setting.
`;

export interface NewBrandContext {
  output?: Output;
  env?: NodeJS.ProcessEnv;
  stdinIsTty?: boolean;
  /** The prompts, replaceable in tests. */
  prompt?: typeof promptForOptions;
}

/** `npm run brand:new`: returns the exit code (0 created, 1 refused or invalid, 2 bad usage). */
export async function newBrand(argv: string[], context: NewBrandContext = {}): Promise<number> {
  const { out, err } = context.output ?? processOutput;
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        color: { type: 'string' },
        'tab-name': { type: 'string' },
        domain: { type: 'string' },
        'user-limit': { type: 'string' },
        'connections-limit': { type: 'string' },
        'brands-dir': { type: 'string' },
        'clients-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    if (!isParseArgsError(error)) throw error;
    err(`brand:new: ${error.message}\n\n${NEW_BRAND_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out(NEW_BRAND_USAGE);
    return 0;
  }
  if (positionals.length > 1) {
    err(
      `brand:new: expected one brand name, got ${positionals.length}: ${positionals.join(' ')}\n\n${NEW_BRAND_USAGE}`,
    );
    return 2;
  }
  const dirs = {
    brandsDir: resolve(values['brands-dir'] ?? BRANDS_DIR),
    clientsDir: resolve(values['clients-dir'] ?? CLIENTS_DIR),
  };

  let raw: RawNewBrandOptions = {
    name: positionals[0],
    color: values.color,
    tabName: values['tab-name'],
    domain: values.domain,
    userLimit: values['user-limit'],
    connectionsLimit: values['connections-limit'],
  };
  const clientOptionsGiven = [
    values.color,
    values['tab-name'],
    values.domain,
    values['user-limit'],
    values['connections-limit'],
  ].filter((v) => v !== undefined).length;
  if (
    shouldPrompt(clientOptionsGiven, context.env ?? process.env, context.stdinIsTty ?? Boolean(process.stdin.isTTY))
  ) {
    const prompt = context.prompt ?? promptForOptions;
    let answers;
    try {
      answers = await prompt(raw.name, (name) => findConflicts(name, dirs)[0]);
    } catch (error) {
      // Ctrl-C or Ctrl-D at a prompt: a choice, not a crash.
      if (error instanceof Error && error.name === 'ExitPromptError') answers = undefined;
      else throw error;
    }
    if (!answers) {
      out('Nothing created.\n');
      return 1;
    }
    raw = answers;
  }

  const { options, problems } = validateNewBrandOptions(raw);
  if (!options) {
    err(
      `brand:new: nothing created: ${problems.length === 1 ? 'an option is' : `${problems.length} options are`} invalid:\n${problems.map((p) => `  ${formatOptionProblem(p)}`).join('\n')}\n\n${NEW_BRAND_USAGE}`,
    );
    return 1;
  }

  let created;
  try {
    created = await createClient(options, dirs);
  } catch (error) {
    if (!(error instanceof RefusalError)) throw error;
    err(`brand:new: nothing created:\n${error.reasons.map((reason) => `  ${reason}`).join('\n')}\n`);
    return 1;
  }

  const done = new Set<ChecklistStepId>(['brand', 'env']);
  out(
    [
      `Created ${shownPath(created.brandDir, true)} (brand.json, placeholder logo.png)`,
      `Created ${shownPath(created.envFile)} (mode 0600: it holds the JWT secrets)`,
      '',
      renderChecklist(
        {
          name: options.name,
          domain: options.domain,
          brandDir: shownPath(created.brandDir, true),
          envFile: shownPath(created.envFile),
        },
        done,
      ),
    ].join('\n'),
  );
  return 0;
}
