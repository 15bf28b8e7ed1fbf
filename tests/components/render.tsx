/**
 * Renders a component inside the app's own providers, as src/main.tsx mounts the app: StrictMode, the
 * brand, API client and session services, the MUI theme of the brand, i18next with the real locale files,
 * and a router. One call per test:
 *
 *   const { user } = await renderWithApp(<ErrorPanel message="…" />, { language: 'en' });
 */
import { StrictMode, type ReactElement } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import i18next from 'i18next';
import { MemoryRouter } from 'react-router-dom';
import { AppProvider } from '../../src/app/provider.tsx';
import { createAppServices, type AppServices } from '../../src/app/services.ts';
import type { ColorMode } from '../../common/brand-palette.ts';
import type { BrandConfig } from '../../common/brand-contract.ts';
import { initI18n } from '../../src/lib/i18n.ts';
import type { SupportedLanguage } from '../../src/lib/languages.ts';
import { memoryStorage, storageKey } from '../../src/lib/storage.ts';

/** A brand as the build stamps it; its API URL points nowhere unless a test passes a stand-in's. */
export const TEST_BRAND: BrandConfig = {
  id: 'test',
  name: 'Marca Teste',
  tabName: 'Marca Teste',
  color: '#682EE3',
  colorDark: '#B39DDB',
  apiUrl: 'http://127.0.0.1:9',
  logoUrl: '/brand/logo.png',
  logoDarkUrl: '/brand/logo-dark.png',
};

export interface RenderWithAppOptions {
  /** Default pt-BR, the app's default language. */
  language?: SupportedLanguage;
  /** Feature namespaces to load first (e.g. 'users'), as the feature's page would. */
  namespaces?: string[];
  /** Default light. */
  colorMode?: ColorMode;
  /** The router's address. Default '/'. */
  route?: string;
  brand?: BrandConfig;
}

export interface AppRender extends RenderResult {
  /** user-event bound to this render: clicks and typing as a user does them. */
  user: UserEvent;
  services: AppServices;
}

let i18nStarted: Promise<void> | undefined;

export async function renderWithApp(ui: ReactElement, options: RenderWithAppOptions = {}): Promise<AppRender> {
  // i18next is one instance per test file (each file runs in its own module graph): start it once.
  i18nStarted ??= initI18n({ storage: memoryStorage() });
  await i18nStarted;
  await i18next.changeLanguage(options.language ?? 'pt-BR');
  if (options.namespaces) await i18next.loadNamespaces(options.namespaces);

  const brand = options.brand ?? TEST_BRAND;
  // The colour mode is read from storage, where the user menu would have stored the choice.
  localStorage.setItem(storageKey(brand.id, 'color-mode'), options.colorMode ?? 'light');
  const services = createAppServices(brand);
  const user = userEvent.setup();
  const result = render(
    <StrictMode>
      <AppProvider services={services}>
        <MemoryRouter initialEntries={[options.route ?? '/']}>{ui}</MemoryRouter>
      </AppProvider>
    </StrictMode>,
  );
  return { ...result, user, services };
}
