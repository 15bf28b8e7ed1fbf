import i18next, { type BackendModule, type ResourceKey } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, matchSupportedLanguage, SUPPORTED_LANGUAGES, type SupportedLanguage } from './languages.ts';
import type { KeyValueStorage } from './storage.ts';

type LocaleLoader = () => Promise<{ default: ResourceKey }>;

/**
 * Every translation file, one chunk each, fetched when needed: the login page downloads only its language
 * of the app-wide texts (`src/locales/<lang>.json`, namespace "translation"). A feature keeps its own texts in
 * `src/features/<feature>/locales/<lang>.json`, namespace "<feature>", loaded with its first page.
 */
const LOCALE_FILES = import.meta.glob<{ default: ResourceKey }>(['../locales/*.json', '../features/*/locales/*.json']);

export function localeFileFor(namespace: string, language: string): string {
  return namespace === 'translation' ? `../locales/${language}.json` : `../features/${namespace}/locales/${language}.json`;
}

const lazyLocales: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    const load: LocaleLoader | undefined = LOCALE_FILES[localeFileFor(namespace, language)];
    if (!load) {
      callback(null, {});
      return;
    }
    load().then(
      (module) => callback(null, module.default),
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
 * Starts i18next: the language the user chose earlier (per brand), else the browser's first supported
 * language, else pt-BR. Resolves once that language's texts are loaded.
 */
export async function initI18n({ storage, languageKey }: I18nOptions): Promise<void> {
  const detector = new LanguageDetector();
  // A stored choice that is no longer supported must not win over the browser's languages.
  if (languageKey && !matchSupportedLanguage(storage.getItem(languageKey))) storage.removeItem(languageKey);
  i18next.on('languageChanged', (language) => {
    if (typeof document !== 'undefined') document.documentElement.lang = language;
  });
  await i18next
    .use(lazyLocales)
    .use(detector)
    .use(initReactI18next)
    .init({
      supportedLngs: [...SUPPORTED_LANGUAGES],
      fallbackLng: DEFAULT_LANGUAGE,
      load: 'currentOnly',
      ns: ['translation'],
      defaultNS: 'translation',
      // React escapes what it renders.
      interpolation: { escapeValue: false },
      detection: {
        order: languageKey ? ['localStorage', 'navigator'] : ['navigator'],
        ...(languageKey && { lookupLocalStorage: languageKey }),
        // Only an explicit choice is remembered (chooseLanguage), so the browser's language keeps counting.
        caches: [],
        convertDetectedLanguage: (language: string) => matchSupportedLanguage(language) ?? language,
      },
      react: { useSuspense: false },
    });
}

/** Switches the language and remembers the choice for this brand. */
export async function chooseLanguage(language: SupportedLanguage, { storage, languageKey }: I18nOptions): Promise<void> {
  await i18next.changeLanguage(language);
  if (languageKey) storage.setItem(languageKey, language);
}

export function currentLanguage(): SupportedLanguage {
  return matchSupportedLanguage(i18next.resolvedLanguage ?? i18next.language) ?? DEFAULT_LANGUAGE;
}
