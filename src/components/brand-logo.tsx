import Box from '@mui/material/Box';
import { useTheme } from '@mui/material/styles';
import { useBrand } from '../config/brand-context.tsx';

interface BrandLogoProps {
  /** CSS height; the width follows the logo's proportions. */
  height: number | string;
}

/** The brand's logo, its dark variant in dark mode. Its alt text is the brand's name. */
export function BrandLogo({ height }: BrandLogoProps) {
  const brand = useBrand();
  const dark = useTheme().palette.mode === 'dark';
  return (
    <Box
      component="img"
      data-testid="brand-logo"
      src={dark ? brand.logoDarkUrl : brand.logoUrl}
      alt={brand.name}
      sx={{ display: 'block', height, width: 'auto', maxWidth: '100%', objectFit: 'contain' }}
    />
  );
}
