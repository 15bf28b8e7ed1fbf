import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import {
  FEATURE_NAME_PATTERN,
  LANGUAGES,
  browserTest,
  featureLocale,
  featureNames,
  indexModule,
  pageModule,
  routeModule,
  type FeatureNames,
} from './templates.ts';

/** A file to create, or an existing one to change, relative to the repository root. */
interface Change {
  file: string;
  text: string;
  created: boolean;
}

const NAV_ICON = 'ExtensionOutlined';

/**
 * `npm run feature:new -- <name>`: every step of the README's "Adding a page" checklist done at once. All changes
 * are computed before any file is written, so a refusal (bad name, existing feature, a file not in the shape
 * expected) leaves the tree as it was. Returns the process exit code.
 */
export async function newFeature(
  args: string[],
  root = process.cwd(),
  log: Pick<Console, 'log' | 'error'> = console,
): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || rest.length > 0) {
    log.error('usage: npm run feature:new -- <name>   (e.g. quick-answers)');
    return 2;
  }
  try {
    const changes = await planFeature(name, root);
    for (const change of changes) {
      const file = path.join(root, change.file);
      await mkdir(path.dirname(file), { recursive: true });
      // Written as `npm run lint` wants it, so a fresh scaffold passes the checks.
      await writeFile(file, await format(change.text, { ...(await resolveConfig(file)), filepath: file }));
    }
    for (const change of changes) log.log(`${change.created ? 'created' : 'updated'} ${change.file}`);
    log.log(`Next: write the texts in src/features/${name}/locales/, then npm run lint && npm test.`);
    return 0;
  } catch (error) {
    log.error(`feature:new: ${(error as Error).message}`);
    return 1;
  }
}

export async function planFeature(name: string, root: string): Promise<Change[]> {
  if (!FEATURE_NAME_PATTERN.test(name)) {
    throw new Error(`"${name}" is not a feature name: expected lower-case words joined by "-" (e.g. quick-answers)`);
  }
  const names = featureNames(name);
  const featureDir = `src/features/${name}`;
  const created: Change[] = [
    { file: `${featureDir}/components/${name}-page.tsx`, text: pageModule(names), created: true },
    { file: `${featureDir}/index.ts`, text: indexModule(names), created: true },
    ...LANGUAGES.map((language) => ({
      file: `${featureDir}/locales/${language}.json`,
      text: json(featureLocale(names)),
      created: true,
    })),
    { file: `src/app/routes/app/${name}.tsx`, text: routeModule(names), created: true },
    { file: `tests/browser/${name}.spec.ts`, text: browserTest(names), created: true },
  ];
  const taken = [featureDir, ...created.map((change) => change.file)].filter((file) =>
    existsSync(path.join(root, file)),
  );
  if (taken.length > 0) throw new Error(`${taken[0]} already exists: pick another name (nothing was written)`);

  const read = (file: string) => readFile(path.join(root, file), 'utf8');
  const updated: Change[] = [
    {
      file: 'src/app/navigation.ts',
      text: addNavigationEntry(await read('src/app/navigation.ts'), names),
      created: false,
    },
    { file: 'src/types/i18next.d.ts', text: addNamespace(await read('src/types/i18next.d.ts'), names), created: false },
    ...(await Promise.all(
      LANGUAGES.map(async (language) => {
        const file = `src/locales/shell/${language}.json`;
        return { file, text: addNavTitle(await read(file), names, file), created: false };
      }),
    )),
  ];
  return [...created, ...updated];
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Splices `insert` before the last match of `anchor` in `text`, or says which file lost its expected shape. */
function insertBefore(text: string, anchor: RegExp, insert: string, file: string, what: string): string {
  const matches = [...text.matchAll(new RegExp(anchor.source, 'gm'))];
  const last = matches.at(-1);
  if (last?.index === undefined) throw new Error(`${file}: could not find ${what} (nothing was written)`);
  return text.slice(0, last.index) + insert + text.slice(last.index);
}

export function addNavigationEntry(text: string, names: FeatureNames): string {
  const file = 'src/app/navigation.ts';
  let next = text;
  if (!next.includes(`/${NAV_ICON}'`)) {
    next = insertBefore(
      next,
      /^import type \{ ParseKeys \}/,
      `import ${NAV_ICON} from '@mui/icons-material/${NAV_ICON}';\n`,
      file,
      'the ParseKeys import',
    );
  }
  const entry = `  {
    path: '/${names.kebab}',
    titleKey: 'nav.${names.camel}',
    icon: ${NAV_ICON},
    page: lazyPage(() => import('./routes/app/${names.kebab}.tsx')),
  },
`;
  return insertBefore(next, /^\];/, entry, file, 'the end of APP_PAGES ("];")');
}

export function addNamespace(text: string, names: FeatureNames): string {
  const file = 'src/types/i18next.d.ts';
  const typeName = `${names.camel}PtBR`;
  const key = names.kebab.includes('-') ? `'${names.kebab}'` : names.kebab;
  const withImport = insertBefore(
    text,
    /^\n\/\/ Translation keys/,
    `import type ${typeName} from '../features/${names.kebab}/locales/pt-BR.json';\n`,
    file,
    'the "// Translation keys" comment',
  );
  return insertBefore(
    withImport,
    /^ {4}\};\n {2}\}/,
    `      ${key}: typeof ${typeName};\n`,
    file,
    'the end of resources',
  );
}

export function addNavTitle(text: string, names: FeatureNames, file: string): string {
  const texts = JSON.parse(text) as { nav?: Record<string, string> };
  if (typeof texts.nav !== 'object') throw new Error(`${file}: expected a "nav" object (nothing was written)`);
  texts.nav[names.camel] = names.title;
  return json(texts);
}
