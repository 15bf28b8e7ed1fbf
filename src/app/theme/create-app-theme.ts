import { createTheme, darken, type Theme } from '@mui/material/styles';
import type { BrandConfig } from '../../../common/brand-contract.ts';
import {
  DARK_BACKGROUND,
  primaryPalette,
  readablePrimaryPalette,
  type ColorMode,
} from '../../../common/brand-palette.ts';

declare module '@mui/material/styles' {
  interface Palette {
    /** The brand's colour as a surface (see primaryPalette); `primary` is the one that also reads as text. */
    brand: Palette['primary'];
  }
  interface PaletteOptions {
    brand?: PaletteOptions['primary'];
  }
}

/** The MUI theme for a brand and a mode: everything brand-specific is the primary and brand palettes. */
export function createAppTheme(brand: BrandConfig, mode: ColorMode): Theme {
  const surface = primaryPalette(brand, mode);
  return createTheme({
    palette: {
      mode,
      primary: readablePrimaryPalette(brand, mode),
      brand: { ...surface, dark: darken(surface.main, 0.15) },
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
