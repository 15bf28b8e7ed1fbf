/**
 * What `npm run feature:new` writes for a feature, as text: a page from the shared parts, its route module,
 * its texts in the three languages and a browser test that opens it. Pure, so the tests read it directly.
 */
export interface FeatureNames {
  /** Folder, route path segment and i18next namespace: `quick-answers`. */
  kebab: string;
  /** Identifier stem: `quickAnswers`. */
  camel: string;
  /** Component stem: `QuickAnswers`. */
  pascal: string;
  /** Shown title until the texts are written: `Quick answers`. */
  title: string;
}

export const FEATURE_NAME_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export function featureNames(kebab: string): FeatureNames {
  const words = kebab.split('-');
  const pascal = words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('');
  const title = words.join(' ');
  return {
    kebab,
    camel: pascal[0]!.toLowerCase() + pascal.slice(1),
    pascal,
    title: title[0]!.toUpperCase() + title.slice(1),
  };
}

export const LANGUAGES = ['pt-BR', 'en', 'es'] as const;

/** The feature's own texts (namespace `<kebab>`): what the empty page shows. */
export function featureLocale(names: FeatureNames): Record<string, string> {
  return { title: names.title, empty: `${names.title}: nothing here yet.` };
}

export function pageModule({ kebab, pascal }: FeatureNames): string {
  return `import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';

/** The ${kebab} page. Data comes from ../api/ (TanStack Query hooks); lists go in <ListStatus>. */
export function ${pascal}Page() {
  const { t, ready } = useTranslation('${kebab}');
  if (!ready) return <PageLoader />;
  return (
    <Box sx={{ display: 'grid', gap: 2, minWidth: 0 }}>
      <PageHeader title={t('title')} />
      <Typography data-testid="${kebab}-empty" sx={{ color: 'text.secondary', py: 4, textAlign: 'center' }}>
        {t('empty')}
      </Typography>
    </Box>
  );
}
`;
}

export function indexModule({ kebab, pascal }: FeatureNames): string {
  return `/** The ${kebab} feature's public surface: what its route module and other features may import. */
export { ${pascal}Page } from './components/${kebab}-page.tsx';
`;
}

export function routeModule({ kebab, pascal }: FeatureNames): string {
  return `import { ${pascal}Page } from '../../../features/${kebab}/index.ts';

export function Component() {
  return <${pascal}Page />;
}
`;
}

export function browserTest({ kebab, camel, title }: FeatureNames): string {
  return `import { LOGINS, expect, logIn, test } from './fixtures.ts';
import { seriousViolations } from './helpers.ts';

test('${kebab}: opens from the navigation with its title, an empty state and no accessibility violation', async ({
  page,
  launchStand,
}) => {
  const stand = await launchStand({ brand: 'default' });
  await page.goto(stand.appUrl);
  await logIn(page, LOGINS.company1Admin);
  await page.getByRole('navigation', { name: 'Navegação principal' }).getByRole('link', { name: '${title}' }).click();
  await expect(page).toHaveURL(/\\/${kebab}$/);
  await expect(page.getByRole('heading', { level: 1, name: '${title}' })).toBeVisible();
  await expect(page.getByTestId('${kebab}-empty')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
// Texts: nav.${camel} in src/locales/shell/*.json, the page's in src/features/${kebab}/locales/*.json.
`;
}
