/** The app's languages. pt-BR is the default and the fallback for any missing text. */
export const SUPPORTED_LANGUAGES = ['pt-BR', 'en', 'es'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: SupportedLanguage = 'pt-BR';

/**
 * The supported language for a browser language tag: an exact match first (any case), then the same base
 * language (`en-US` → `en`, `pt-PT` → `pt-BR`, `es-419` → `es`); undefined for anything else.
 */
export function matchSupportedLanguage(tag: string | null | undefined): SupportedLanguage | undefined {
  if (!tag) return undefined;
  const normalized = tag.trim().replace('_', '-').toLowerCase();
  const exact = SUPPORTED_LANGUAGES.find((language) => language.toLowerCase() === normalized);
  if (exact) return exact;
  const base = normalized.split('-')[0];
  return SUPPORTED_LANGUAGES.find((language) => language.split('-')[0]!.toLowerCase() === base);
}
