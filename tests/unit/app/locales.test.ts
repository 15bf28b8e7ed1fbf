import { describe, expect, it } from 'vitest';
import en from '../../../src/locales/en.json';
import es from '../../../src/locales/es.json';
import ptBR from '../../../src/locales/pt-BR.json';

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

describe('translations', () => {
  it('have the same keys in every language', () => {
    const reference = [...locales['pt-BR'].keys()].sort();
    for (const [language, texts] of Object.entries(locales)) {
      expect([...texts.keys()].sort(), language).toEqual(reference);
    }
  });

  it('have no empty text and the same placeholders in every language', () => {
    for (const [key, text] of locales['pt-BR']) {
      for (const [language, texts] of Object.entries(locales)) {
        const translated = texts.get(key) ?? '';
        expect(translated.trim(), `${language} ${key}`).not.toBe('');
        expect(placeholders(translated), `${language} ${key}`).toEqual(placeholders(text));
      }
    }
  });

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
