import { screen } from '@testing-library/react';
import { useTheme } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { DARK_BACKGROUND } from '../../common/brand-palette.ts';
import { useBrand } from '../../src/config/brand-context.tsx';
import es from '../../src/locales/es.json';
import { renderWithApp, TEST_BRAND } from './render.tsx';

/** Shows what a component inside the helper can reach through the app's hooks. */
function Probe() {
  const brand = useBrand();
  const theme = useTheme();
  const { t, i18n } = useTranslation();
  const location = useLocation();
  return (
    <dl>
      <dd data-testid="brand">{brand.name}</dd>
      <dd data-testid="mode">{theme.palette.mode}</dd>
      <dd data-testid="background">{theme.palette.background.default}</dd>
      <dd data-testid="language">{i18n.language}</dd>
      <dd data-testid="retry">{t('errors.retry')}</dd>
      <dd data-testid="path">{location.pathname}</dd>
    </dl>
  );
}

const text = (testId: string) => screen.getByTestId(testId).textContent;

describe('renderWithApp', () => {
  it("gives components the app's brand, theme, translations and router", async () => {
    await renderWithApp(<Probe />, { language: 'es', colorMode: 'dark', route: '/contacts' });
    expect(text('brand')).toBe(TEST_BRAND.name);
    expect(text('mode')).toBe('dark');
    expect(text('background')).toBe(DARK_BACKGROUND);
    expect(text('language')).toBe('es');
    expect(text('retry')).toBe(es.errors.retry);
    expect(text('path')).toBe('/contacts');
  });

  it('starts in pt-BR and light mode at /', async () => {
    await renderWithApp(<Probe />);
    expect([text('language'), text('mode'), text('path')]).toEqual(['pt-BR', 'light', '/']);
  });
});
