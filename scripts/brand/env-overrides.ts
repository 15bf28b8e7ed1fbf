import type { BrandFile } from './schema.ts';

/**
 * The environment names Atendechat's frontend Dockerfile and docker-compose already pass as build args,
 * plus Vite-style aliases. The first name set (non-empty) wins; an empty value counts as unset, because
 * `docker build` passes declared-but-unset ARGs as empty strings.
 */
export const ENV_OVERRIDES = {
  apiUrl: ['REACT_APP_BACKEND_URL', 'VITE_BACKEND_URL'],
  color: ['REACT_APP_COLOR', 'VITE_COLOR'],
  tabName: ['REACT_APP_TAB_NAME', 'TAB_NAME', 'VITE_TAB_NAME'],
} as const satisfies Partial<Record<keyof BrandFile, readonly string[]>>;

export type OverridableField = keyof typeof ENV_OVERRIDES;
export type Environment = Record<string, string | undefined>;

export interface Override {
  field: OverridableField;
  variable: string;
  value: string;
}

export function findEnvOverrides(env: Environment): Override[] {
  const overrides: Override[] = [];
  for (const [field, names] of Object.entries(ENV_OVERRIDES) as Array<[OverridableField, readonly string[]]>) {
    const variable = names.find((name) => (env[name] ?? '').trim() !== '');
    if (variable) overrides.push({ field, variable, value: (env[variable] ?? '').trim() });
  }
  return overrides;
}

/** The brand picked by STACK_NAME, or undefined to build every brand. */
export function stackNameFrom(env: Environment): string | undefined {
  const value = (env.STACK_NAME ?? '').trim();
  return value === '' ? undefined : value;
}
