import type { ResourceKey } from 'i18next';

/**
 * The features' translation files (`src/features/<feature>/locales/<lang>.json`, namespace "<feature>"), one
 * chunk each. Kept out of lib/i18n.ts so the list of every feature's files (it grows with each feature) is
 * not part of the login page's JavaScript; the signed-in routes import this module, so it is there before
 * any page asks for its namespace.
 */
const FEATURE_LOCALES = import.meta.glob<{ default: ResourceKey }>('../features/*/locales/*.json');
/** The signed-in shell's texts (navigation, user menu, shared dialogs): namespace "shell". */
const SHELL_LOCALES = import.meta.glob<{ default: ResourceKey }>('../locales/shell/*.json');

export function loadFeatureLocale(namespace: string, language: string): Promise<{ default: ResourceKey }> | undefined {
  if (namespace === 'shell') return SHELL_LOCALES[`../locales/shell/${language}.json`]?.();
  return FEATURE_LOCALES[`../features/${namespace}/locales/${language}.json`]?.();
}
