import { createContext, use, useCallback, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import CssBaseline from '@mui/material/CssBaseline';
// @mui/system's provider, not @mui/material/styles': that one also carries the CSS-variables provider (~3 KB
// gzipped on the login page), which this theme (no cssVariables) never uses.
import ThemeProvider from '@mui/system/ThemeProvider';
import type { BrandConfig } from '../../../common/brand-contract.ts';
import type { KeyValueStorage } from '../../lib/storage.ts';
import type { ColorMode } from '../../../common/brand-palette.ts';
import { createAppTheme } from './create-app-theme.ts';

interface ColorModeValue {
  mode: ColorMode;
  toggleMode(): void;
}

const ColorModeContext = createContext<ColorModeValue | null>(null);

export function useColorMode(): ColorModeValue {
  const value = use(ColorModeContext);
  if (!value) throw new Error('useColorMode outside <ColorModeProvider>');
  return value;
}

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribeToSystemMode(onChange: () => void): () => void {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** The system's dark-mode preference, followed live. */
function useSystemPrefersDark(): boolean {
  return useSyncExternalStore(subscribeToSystemMode, () => window.matchMedia(DARK_QUERY).matches);
}

function parseMode(value: string | null): ColorMode | null {
  return value === 'light' || value === 'dark' ? value : null;
}

interface ColorModeProviderProps {
  brand: BrandConfig;
  storage: KeyValueStorage;
  /** Where the user's choice is remembered (per brand). */
  storageKey: string;
  children: ReactNode;
}

/**
 * Light or dark: the user's remembered choice, else the system preference (followed live until the user
 * picks). Provides the brand's MUI theme for that mode.
 */
export function ColorModeProvider({ brand, storage, storageKey, children }: ColorModeProviderProps) {
  const prefersDark = useSystemPrefersDark();
  const [chosen, setChosen] = useState<ColorMode | null>(() => parseMode(storage.getItem(storageKey)));
  const mode: ColorMode = chosen ?? (prefersDark ? 'dark' : 'light');

  const toggleMode = useCallback(() => {
    const next: ColorMode = mode === 'dark' ? 'light' : 'dark';
    storage.setItem(storageKey, next);
    setChosen(next);
  }, [mode, storage, storageKey]);

  const theme = useMemo(() => createAppTheme(brand, mode), [brand, mode]);
  const value = useMemo(() => ({ mode, toggleMode }), [mode, toggleMode]);

  return (
    <ColorModeContext value={value}>
      <ThemeProvider theme={theme}>
        <CssBaseline enableColorScheme />
        {children}
      </ThemeProvider>
    </ColorModeContext>
  );
}
