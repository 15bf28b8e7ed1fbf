import { brandFileSchema, brandNameSchema, domainSchema, hexColorSchema } from '../../brand/schema.ts';

/** What `brand:new` was given, as typed (command line or prompts): every value is still a string. */
export interface RawNewBrandOptions {
  name?: string | undefined;
  color?: string | undefined;
  tabName?: string | undefined;
  domain?: string | undefined;
  userLimit?: string | undefined;
  connectionsLimit?: string | undefined;
}

/** A new client's settings, checked. */
export interface NewBrandOptions {
  name: string;
  /** `#RRGGBB`, upper-case. */
  color: string;
  tabName: string;
  /** The client's base domain, lower-case: the app is at app-<name>.<domain>, the API at api-<name>.<domain>. */
  domain: string;
  userLimit: number;
  connectionsLimit: number;
}

/** One bad option: which, what it was, and what is expected. */
export interface OptionProblem {
  option: string;
  value?: string;
  message: string;
}

// The stand-in backend's defaults (dev-api/config.ts): a small plan the operator raises on purpose.
export const NEW_BRAND_DEFAULTS = { color: '#1565C0', userLimit: 10, connectionsLimit: 10 } as const;

/** "cliente-tres" → "Cliente Tres": a readable tab name until the operator gives the real one. */
export function defaultTabName(name: string): string {
  return name
    .split('-')
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

export function apiUrlFor(name: string, domain: string): string {
  return `https://api-${name}.${domain}`;
}

export function appDomainFor(name: string, domain: string): string {
  return `app-${name}.${domain}`;
}

// Each validator returns the problem's message, or undefined when the value is fine. The prompts use them too.

export function checkName(value: string): string | undefined {
  const parsed = brandNameSchema.safeParse(value);
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'invalid brand name';
  return undefined;
}

export function checkColor(value: string): string | undefined {
  const parsed = hexColorSchema.safeParse(value);
  return parsed.success ? undefined : (parsed.error.issues[0]?.message ?? 'invalid colour');
}

export function checkTabName(value: string): string | undefined {
  // The tab name goes into clients/<name>.env as one line: no line breaks or other control characters.
  if (/[\p{Cc}]/u.test(value)) return 'expected a single line of text without control characters';
  const parsed = brandFileSchema.shape.tabName.safeParse(value);
  return parsed.success ? undefined : (parsed.error.issues[0]?.message ?? 'invalid tab name');
}

export function checkDomain(value: string): string | undefined {
  if (/^[a-z]+:\/\//i.test(value) || value.includes('/'))
    return 'expected a bare domain such as example.com, without https:// or a path';
  const parsed = domainSchema.safeParse(value);
  return parsed.success ? undefined : 'expected a domain such as example.com (the app goes to app-<name>.example.com)';
}

export function checkLimit(value: string): string | undefined {
  if (!/^[1-9][0-9]*$/.test(value.trim()) || !Number.isSafeInteger(Number(value)))
    return 'expected a positive whole number, e.g. 10';
  return undefined;
}

/**
 * Checks every option and reports all bad ones at once (not just the first). Missing name or domain are
 * problems; the rest have defaults.
 */
export function validateNewBrandOptions(raw: RawNewBrandOptions): {
  options?: NewBrandOptions;
  problems: OptionProblem[];
} {
  const problems: OptionProblem[] = [];
  const check = (option: string, value: string | undefined, checker: (value: string) => string | undefined) => {
    if (value === undefined) return;
    const message = checker(value);
    if (message) problems.push({ option, value, message });
  };

  const name = raw.name;
  if (name === undefined || name === '')
    problems.push({
      option: '<name>',
      message: "missing: expected the new brand's name, e.g. npm run brand:new -- cliente3 --domain example.com",
    });
  else check('<name>', name, checkName);
  check('--color', raw.color, checkColor);
  const tabName = raw.tabName?.trim();
  check('--tab-name', raw.tabName === undefined ? undefined : tabName, checkTabName);
  const domain = raw.domain?.trim().toLowerCase();
  if (domain === undefined || domain === '')
    problems.push({
      option: '--domain',
      message:
        "missing: expected the client's domain, e.g. --domain example.com (API at https://api-<name>.example.com)",
    });
  else check('--domain', domain, checkDomain);
  check('--user-limit', raw.userLimit, checkLimit);
  check('--connections-limit', raw.connectionsLimit, checkLimit);

  if (problems.length > 0 || name === undefined || domain === undefined) return { problems };
  return {
    problems,
    options: {
      name,
      color: (raw.color ?? NEW_BRAND_DEFAULTS.color).toUpperCase(),
      tabName: tabName || defaultTabName(name),
      domain,
      userLimit: raw.userLimit === undefined ? NEW_BRAND_DEFAULTS.userLimit : Number(raw.userLimit.trim()),
      connectionsLimit:
        raw.connectionsLimit === undefined ? NEW_BRAND_DEFAULTS.connectionsLimit : Number(raw.connectionsLimit.trim()),
    },
  };
}

export function formatOptionProblem(problem: OptionProblem): string {
  return `${problem.option}: ${problem.message}${problem.value === undefined ? '' : ` (got ${JSON.stringify(problem.value)})`}`;
}
