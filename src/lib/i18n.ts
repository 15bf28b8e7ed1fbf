import i18next, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, matchSupportedLanguage, SUPPORTED_LANGUAGES, type SupportedLanguage } from './languages.ts';
import type { KeyValueStorage } from './storage.ts';

/**
 * Every translation file, one chunk each, fetched when needed: the login page downloads only its language
 * of the app-wide texts (`src/locales/<lang>.json`, namespace "translation"). A feature keeps its own texts in
 * `src/features/<feature>/locales/<lang>.json`, namespace "<feature>", loaded with its first page (through
 * lib/feature-locales.ts, fetched with the signed-in routes).
 */
const APP_LOCALES = import.meta.glob<{ default: ResourceKey }>('../locales/*.json');

async function loadLocale(namespace: string, language: string): Promise<{ default: ResourceKey } | undefined> {
  if (namespace === 'translation') return APP_LOCALES[`../locales/${language}.json`]?.();
  const { loadFeatureLocale } = await import('./feature-locales.ts');
  return loadFeatureLocale(namespace, language);
}

const lazyLocales: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    loadLocale(namespace, language).then(
      // A language without this file: nothing to add, i18next falls back to pt-BR.
      (module) => callback(null, module?.default ?? {}),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

export interface I18nOptions {
  storage: KeyValueStorage;
  /** Where the user's explicit choice is remembered; without it (no brand), only the browser decides. */
  languageKey?: string;
}

/**
 * The language to start in: the user's earlier choice (per brand), else the browser's first supported
 * language (`en-US` counts as `en`), else pt-BR. A few lines instead of i18next-browser-languagedetector,
 * which weighs ~2 KB gzipped on the login page for sources (cookies, query string, path) the app does not use.
 */
export function detectLanguage(stored: string | null, browserLanguages: readonly string[]): SupportedLanguage {
  for (const candidate of [stored, ...browserLanguages]) {
    const language = matchSupportedLanguage(candidate);
    if (language) return language;
  }
  return DEFAULT_LANGUAGE;
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages.length > 0 ? navigator.languages : [navigator.language];
}

/** Starts i18next in the detected language (see detectLanguage); resolves once that language's texts are loaded. */
export async function initI18n({ storage, languageKey }: I18nOptions): Promise<void> {
  const stored = languageKey ? storage.getItem(languageKey) : null;
  // A stored choice that is no longer supported is forgotten: it must not win over the browser's languages.
  if (languageKey && stored !== null && !matchSupportedLanguage(stored)) storage.removeItem(languageKey);
  i18next.on('languageChanged', (language) => {
    if (typeof document !== 'undefined') document.documentElement.lang = language;
  });
  await i18next
    .use(lazyLocales)
    .use(initReactI18next)
    .init({
      lng: detectLanguage(stored, browserLanguages()),
      supportedLngs: [...SUPPORTED_LANGUAGES],
      fallbackLng: DEFAULT_LANGUAGE,
      load: 'currentOnly',
      ns: ['translation'],
      defaultNS: 'translation',
      // React escapes what it renders.
      interpolation: { escapeValue: false },
      react: { useSuspense: false },
    });
}

/** Switches the language and remembers the choice for this brand. */
export async function chooseLanguage(
  language: SupportedLanguage,
  { storage, languageKey }: I18nOptions,
): Promise<void> {
  await i18next.changeLanguage(language);
  if (languageKey) storage.setItem(languageKey, language);
}

export function currentLanguage(): SupportedLanguage {
  return matchSupportedLanguage(i18next.resolvedLanguage ?? i18next.language) ?? DEFAULT_LANGUAGE;
}
