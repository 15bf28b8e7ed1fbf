import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The one layout every feature has (README, "Adding a page"); ESLint checks who imports what. */
const FEATURE_ENTRIES = new Set(['api', 'hooks', 'model', 'components', 'locales', 'index.ts']);
const FEATURES_DIR = path.resolve(import.meta.dirname, '../../../src/features');
const features = readdirSync(FEATURES_DIR);
const i18nTypes = readFileSync(path.resolve(FEATURES_DIR, '../types/i18next.d.ts'), 'utf8');

describe.each(features)('src/features/%s', (feature) => {
  const dir = path.join(FEATURES_DIR, feature);

  it('has only api/ hooks/ model/ components/ locales/ and an index.ts', () => {
    const strays = readdirSync(dir).filter((entry) => !FEATURE_ENTRIES.has(entry));
    expect(strays, `move these into one of ${[...FEATURE_ENTRIES].join(', ')}`).toEqual([]);
    expect(existsSync(path.join(dir, 'index.ts')), 'index.ts: the public surface').toBe(true);
  });

  it('has its texts in the three languages, typed as its own namespace', () => {
    if (!existsSync(path.join(dir, 'locales'))) return expect(i18nTypes).not.toContain(`features/${feature}/`);
    expect(readdirSync(path.join(dir, 'locales')).sort()).toEqual(['en.json', 'es.json', 'pt-BR.json']);
    expect(i18nTypes).toContain(`from '../features/${feature}/locales/pt-BR.json'`);
  });
});
