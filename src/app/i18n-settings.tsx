import { createContext, use, useCallback } from 'react';
import { chooseLanguage, type I18nOptions } from '../lib/i18n.ts';
import type { SupportedLanguage } from '../lib/languages.ts';

export const I18nSettingsContext = createContext<I18nOptions | null>(null);

/** Switches the language and remembers it for this brand. */
export function useChooseLanguage(): (language: SupportedLanguage) => Promise<void> {
  const options = use(I18nSettingsContext);
  if (!options) throw new Error('useChooseLanguage outside <I18nSettingsContext>');
  return useCallback((language) => chooseLanguage(language, options), [options]);
}
