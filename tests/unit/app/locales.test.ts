import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../src/locales/en.json';
import es from '../../../src/locales/es.json';
import ptBR from '../../../src/locales/pt-BR.json';
import { SUPPORTED_LANGUAGES } from '../../../src/lib/languages.ts';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') result.set(path, value);
    else for (const [k, v] of leaves(value, path)) result.set(k, v);
  }
  return result;
}

const locales = { 'pt-BR': leaves(ptBR), en: leaves(en), es: leaves(es) };
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/** Every translation folder: the app-wide one and each feature's (its own i18next namespace). */
function localeFolders(): string[] {
  const src = join(import.meta.dirname, '../../../src');
  const features = readdirSync(join(src, 'features'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && readdirSync(join(src, 'features', entry.name)).includes('locales'))
    .map((entry) => join(src, 'features', entry.name, 'locales'));
  return [join(src, 'locales'), join(src, 'locales', 'shell'), ...features];
}

function readLocales(folder: string): Record<string, Map<string, string>> {
  return Object.fromEntries(
    SUPPORTED_LANGUAGES.map((language) => [
      language,
      leaves(JSON.parse(readFileSync(join(folder, `${language}.json`), 'utf8')) as Tree),
    ]),
  );
}

describe.each(localeFolders())('translations in %s', (folder) => {
  const byLanguage = readLocales(folder);

  it('have the same keys in every language', () => {
    const reference = [...byLanguage['pt-BR']!.keys()].sort();
    expect(reference.length).toBeGreaterThan(0);
    for (const [language, texts] of Object.entries(byLanguage)) {
      expect([...texts.keys()].sort(), language).toEqual(reference);
    }
  });

  it('have no empty text and the same placeholders in every language', () => {
    for (const [key, text] of byLanguage['pt-BR']!) {
      for (const [language, texts] of Object.entries(byLanguage)) {
        const translated = texts.get(key) ?? '';
        expect(translated.trim(), `${language} ${key}`).not.toBe('');
        expect(placeholders(translated), `${language} ${key}`).toEqual(placeholders(text));
      }
    }
  });
});

describe('translations', () => {
  it('translate the backend error codes the app must handle', () => {
    const codes = [
      'ERR_INVALID_CREDENTIALS',
      'ERR_SESSION_EXPIRED',
      'ERR_NO_PERMISSION',
      'ERR_DUPLICATED_CONTACT',
      'ERR_USER_CREATION_COUNT',
      'ERR_CONNECTION_CREATION_COUNT',
      'ERR_INTERNAL_SERVER_ERROR',
    ];
    for (const texts of Object.values(locales)) {
      for (const code of codes) expect(texts.has(`errors.codes.${code}`), code).toBe(true);
    }
  });

  it('say what the browser tests look for in Portuguese', () => {
    const pt = locales['pt-BR'];
    expect(pt.get('errors.codes.ERR_INVALID_CREDENTIALS')).toMatch(/senha/i);
    expect(pt.get('errors.network')).toMatch(/servidor/i);
    expect(pt.get('auth.subscriptionExpired')).toMatch(/venc/i);
  });
});
