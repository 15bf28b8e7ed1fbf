import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/lib/i18n.ts';
import { lazyPage, type PageModule } from '../../../src/lib/lazy-page.ts';

/** The start-up helpers that replaced heavier code on the login page's path. */
describe('detectLanguage (instead of i18next-browser-languagedetector)', () => {
  it('prefers the stored choice', () => {
    expect(detectLanguage('es', ['en-US', 'pt-BR'])).toBe('es');
  });

  it('ignores a stored value that is not a supported language', () => {
    expect(detectLanguage('fr', ['en-GB'])).toBe('en');
  });

  it("takes the browser's first supported language, matching by base language", () => {
    expect(detectLanguage(null, ['fr-FR', 'es-419', 'en'])).toBe('es');
    expect(detectLanguage(null, ['pt-PT'])).toBe('pt-BR');
    expect(detectLanguage(null, ['EN_us'])).toBe('en');
  });

  it('falls back to pt-BR', () => {
    expect(detectLanguage(null, [])).toBe('pt-BR');
    expect(detectLanguage(null, ['de', 'ja'])).toBe('pt-BR');
  });
});

describe('lazyPage', () => {
  const Page = () => null;

  it('fetches the module once, however often it is preloaded', async () => {
    let calls = 0;
    const page = lazyPage(async () => {
      calls++;
      return { Component: Page, extra: 42 };
    });
    const [first, second] = await Promise.all([page.preload(), page.preload()]);
    expect(calls).toBe(1);
    expect(first).toBe(second);
    // The module itself is returned: the router reads its other exports (app/routes/signed-in.tsx).
    expect(first.extra).toBe(42);
  });

  it('tries again after a failed fetch', async () => {
    let calls = 0;
    const page = lazyPage(async (): Promise<PageModule> => {
      calls++;
      if (calls === 1) throw new Error('chunk failed');
      return { Component: Page };
    });
    await expect(page.preload()).rejects.toThrow('chunk failed');
    await expect(page.preload()).resolves.toEqual({ Component: Page });
    expect(calls).toBe(2);
  });
});
