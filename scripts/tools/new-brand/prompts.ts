import { confirm, input } from '@inquirer/prompts';
import {
  checkColor,
  checkDomain,
  checkLimit,
  checkName,
  checkTabName,
  defaultTabName,
  NEW_BRAND_DEFAULTS,
  type RawNewBrandOptions,
} from './options.ts';

/** Only a person at a terminal gets questions; CI and pipes get errors for what is missing instead. */
export function shouldPrompt(
  givenOptions: number,
  env: NodeJS.ProcessEnv = process.env,
  stdinIsTty = Boolean(process.stdin.isTTY),
): boolean {
  return givenOptions === 0 && stdinIsTty && !env.CI;
}

const asValidate = (check: (value: string) => string | undefined) => (value: string) => check(value.trim()) ?? true;

/** Asks for each setting with a default, validating as the command line does. Resolves undefined when declined. */
export async function promptForOptions(
  name: string | undefined,
  existing: (name: string) => string | undefined,
): Promise<RawNewBrandOptions | undefined> {
  const chosenName = (
    await input({
      message: 'Brand name (folder brands/<name>/, lower-case):',
      ...(name && { default: name }),
      validate: (value) => checkName(value.trim()) ?? existing(value.trim()) ?? true,
    })
  ).trim();
  const tabName = await input({
    message: 'Tab name (browser title):',
    default: defaultTabName(chosenName),
    validate: asValidate(checkTabName),
  });
  const color = await input({
    message: 'Primary colour (#RRGGBB):',
    default: NEW_BRAND_DEFAULTS.color,
    validate: asValidate(checkColor),
  });
  const domain = await input({
    message: `Domain (app at app-${chosenName}.<domain>):`,
    validate: asValidate(checkDomain),
  });
  const userLimit = await input({
    message: 'User limit:',
    default: String(NEW_BRAND_DEFAULTS.userLimit),
    validate: asValidate(checkLimit),
  });
  const connectionsLimit = await input({
    message: 'WhatsApp connections limit:',
    default: String(NEW_BRAND_DEFAULTS.connectionsLimit),
    validate: asValidate(checkLimit),
  });
  const go = await confirm({ message: `Create brands/${chosenName}/ and clients/${chosenName}.env?`, default: true });
  if (!go) return undefined;
  return {
    name: chosenName,
    tabName: tabName.trim(),
    color: color.trim(),
    domain: domain.trim(),
    userLimit: userLimit.trim(),
    connectionsLimit: connectionsLimit.trim(),
  };
}
