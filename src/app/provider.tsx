import type { ReactNode } from 'react';
import { BrandContext } from '../config/brand-context.tsx';
import { SessionContext } from '../lib/auth/session-context.tsx';
import { ApiContext } from '../lib/api-context.tsx';
import type { AppServices } from './services.ts';
import { ColorModeProvider } from './theme/color-mode.tsx';
import { I18nSettingsContext } from './i18n-settings.tsx';

/** Everything pages can reach through hooks: brand, API client, session, theme, language settings. */
export function AppProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return (
    <BrandContext value={services.brand}>
      <ApiContext value={services.api}>
        <SessionContext value={services.session}>
          <I18nSettingsContext value={services.i18n}>
            <ColorModeProvider brand={services.brand} storage={services.storage} storageKey={services.colorModeKey}>
              {children}
            </ColorModeProvider>
          </I18nSettingsContext>
        </SessionContext>
      </ApiContext>
    </BrandContext>
  );
}
