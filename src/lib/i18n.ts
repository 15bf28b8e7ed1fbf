import i18next, { type BackendModule, type ResourceKey } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, matchSupportedLanguage, SUPPORTED_LANGUAGES, type SupportedLanguage } from './languages.ts';
import type { KeyValueStorage } from './storage.ts';

// One chunk per language, fetched when needed: the login page only downloads the language it shows.
const LOCALES: Record<SupportedLanguage, () => Promise<{ default: ResourceKey }>> = {
  'pt-BR': () => import('../locales/pt-BR.json'),
  en: () => import('../locales/en.json'),
  es: () => import('../locales/es.json'),
};

const lazyLocales: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    const load = LOCALES[language as SupportedLanguage];
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
