import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newFeature } from '../../scripts/tools/new-feature/new-feature.ts';

const run = promisify(execFile);
const REPO = path.resolve(import.meta.dirname, '../..');

/** A copy of what the scaffold touches and what the app's type-check reads, with the real node_modules. */
async function copyRepo(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'vitrine-feature-'));
  for (const entry of ['src', 'common', 'tsconfig.base.json', 'tsconfig.app.json', '.prettierrc.json']) {
    await cp(path.join(REPO, entry), path.join(root, entry), { recursive: true });
  }
  await cp(path.join(REPO, 'tests/browser'), path.join(root, 'tests/browser'), { recursive: true });
  await symlink(path.join(REPO, 'node_modules'), path.join(root, 'node_modules'));
  return root;
}

async function snapshot(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isFile() && !file.includes('node_modules'))
      files.set(path.relative(root, file), await readFile(file, 'utf8'));
  }
  return files;
}

const quiet = () => {
  const lines: string[] = [];
  return { lines, log: (line: string) => lines.push(line), error: (line: string) => lines.push(line) };
};

describe('npm run feature:new', () => {
  let root: string;
  beforeEach(async () => {
    root = await copyRepo();
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('writes every step of the checklist, and the app still type-checks with the new page', async () => {
    const output = quiet();
    expect(await newFeature(['quick-notes'], root, output)).toBe(0);

    const feature = path.join(root, 'src/features/quick-notes');
    expect((await readdir(feature, { recursive: true })).sort()).toEqual(
      [
        'components',
        'components/quick-notes-page.tsx',
        'index.ts',
        'locales',
        'locales/en.json',
        'locales/es.json',
        'locales/pt-BR.json',
      ].sort(),
    );
    const navigation = await readFile(path.join(root, 'src/app/navigation.ts'), 'utf8');
    expect(navigation).toContain("path: '/quick-notes'");
    expect(navigation).toContain("import('./routes/app/quick-notes.tsx')");
    const types = await readFile(path.join(root, 'src/types/i18next.d.ts'), 'utf8');
    expect(types).toMatch(/'quick-notes': typeof quickNotesPtBR;/);
    // With the other imports, above the blank line.
    expect(types).toContain(
      "pt-BR.json';\nimport type quickNotesPtBR from '../features/quick-notes/locales/pt-BR.json';\n\n//",
    );
    for (const language of ['pt-BR', 'en', 'es']) {
      const texts = JSON.parse(await readFile(path.join(root, `src/locales/shell/${language}.json`), 'utf8'));
      expect(texts.nav.quickNotes, language).toBe('Quick notes');
    }
    const spec = await readFile(path.join(root, 'tests/browser/quick-notes.spec.ts'), 'utf8');
    expect(spec).toContain("getByRole('heading', { level: 1, name: 'Quick notes' })");

    // The typed namespace, the navigation key and the route module all resolve: a real type-check of src/.
    await run(
      process.execPath,
      [
        path.join(REPO, 'node_modules/typescript/bin/tsc'),
        '-p',
        'tsconfig.app.json',
        '--tsBuildInfoFile',
        path.join(root, 'app.tsbuildinfo'),
      ],
      { cwd: root },
    );
  }, 120_000);

  it('refuses a name that is taken or malformed and leaves every file as it was', async () => {
    expect(await newFeature(['quick-notes'], root, quiet())).toBe(0);
    const before = await snapshot(root);

    for (const [name, reason] of [
      ['quick-notes', 'src/features/quick-notes already exists'],
      ['users', 'src/features/users already exists'],
      ['Quick_Notes', '"Quick_Notes" is not a feature name: expected lower-case words joined by "-"'],
      ['-x', 'is not a feature name'],
    ] as const) {
      const output = quiet();
      expect(await newFeature([name], root, output), name).toBe(1);
      expect(output.lines.join('\n'), name).toContain(reason);
    }
    const output = quiet();
    expect(await newFeature([], root, output)).toBe(2);
    expect(output.lines.join('\n')).toContain('usage: npm run feature:new -- <name>');
    expect(await snapshot(root)).toEqual(before);
  });

  it('refuses when a file it edits is not in the expected shape, before writing anything', async () => {
    const file = path.join(root, 'src/types/i18next.d.ts');
    await cp(path.join(REPO, 'src/locales/en.json'), file);
    const before = await snapshot(root);
    const output = quiet();
    expect(await newFeature(['reports'], root, output)).toBe(1);
    expect(output.lines.join('\n')).toContain('src/types/i18next.d.ts: could not find');
    expect(await snapshot(root)).toEqual(before);
  });
});
