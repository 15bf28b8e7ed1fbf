import { createTheme, type Theme } from '@mui/material/styles';
import type { BrandConfig } from '../../config/brand.ts';
import { DARK_BACKGROUND, primaryPalette, type ColorMode } from './brand-palette.ts';

/** The MUI theme for a brand and a mode: everything brand-specific is the primary palette. */
export function createAppTheme(brand: BrandConfig, mode: ColorMode): Theme {
  return createTheme({
    palette: {
      mode,
      primary: primaryPalette(brand, mode),
      ...(mode === 'dark' && { background: { default: DARK_BACKGROUND, paper: DARK_BACKGROUND } }),
    },
    typography: {
      fontFamily: 'Roboto, "Helvetica Neue", Arial, sans-serif',
    },
    shape: { borderRadius: 8 },
    components: {
      MuiButton: { defaultProps: { disableElevation: true } },
      MuiAppBar: { defaultProps: { elevation: 0 } },
    },
  });
}
