import type { ButtonHTMLAttributes, ReactNode } from 'react';
import CircularProgress from '@mui/material/CircularProgress';
import { styled } from '@mui/material/styles';

/**
 * Native buttons drawn with the theme, for what the main bundle and the login page show. MUI's Button and
 * IconButton bring ButtonBase and its ripple (~7 KB gzipped together): fine for the signed-in pages, which
 * use them, but more than the login page's JavaScript budget allows. Same colours, shape and type as MUI's
 * contained and icon buttons; a visible focus ring instead of the ripple.
 */
const Contained = styled('button')(({ theme }) => ({
  ...theme.typography.button,
  display: 'inline-flex',
  alignItems: 'center',
  justifyContent: 'center',
  gap: theme.spacing(1),
  minWidth: 64,
  minHeight: 42,
  margin: 0,
  padding: '8px 22px',
  fontSize: theme.typography.pxToRem(15),
  border: 0,
  borderRadius: theme.shape.borderRadius,
  cursor: 'pointer',
  // The brand's own colour, as the splash before it (palette.brand; see common/brand-palette.ts).
  color: theme.palette.brand.contrastText,
  backgroundColor: theme.palette.brand.main,
  transition: theme.transitions.create(['background-color'], { duration: theme.transitions.duration.short }),
  '&:hover': { backgroundColor: theme.palette.brand.dark },
  '&:focus-visible': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: 2 },
  '&:disabled, &[aria-disabled="true"]': {
    cursor: 'default',
    color: theme.palette.action.disabled,
    backgroundColor: theme.palette.action.disabledBackground,
  },
}));

interface LightButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /**
   * Busy: a spinner before the label (which stays, so the button keeps its name and size), and clicks do
   * nothing. Marked aria-disabled rather than disabled, so the focus stays on the button.
   */
  loading?: boolean;
  fullWidth?: boolean;
  children: ReactNode;
}

/** A contained button in the brand's colour (like MUI's `<Button variant="contained" size="large">`). */
export function LightButton({
  loading = false,
  fullWidth = false,
  children,
  type = 'button',
  onClick,
  ...props
}: LightButtonProps) {
  return (
    <Contained
      {...props}
      type={type}
      aria-disabled={loading || undefined}
      onClick={(event) => {
        if (loading) event.preventDefault();
        else onClick?.(event);
      }}
      sx={fullWidth ? { width: '100%' } : undefined}
    >
      {loading && <CircularProgress size={18} color="inherit" aria-hidden="true" />}
      {children}
    </Contained>
  );
}

/** A round button holding an icon (like MUI's IconButton); give it an aria-label. */
export const LightIconButton = styled('button')(({ theme }) => ({
  display: 'inline-flex',
  alignItems: 'center',
  justifyContent: 'center',
  flexShrink: 0,
  width: 40,
  height: 40,
  margin: 0,
  padding: 8,
  border: 0,
  borderRadius: '50%',
  cursor: 'pointer',
  fontSize: theme.typography.pxToRem(24),
  color: theme.palette.action.active,
  backgroundColor: 'transparent',
  transition: theme.transitions.create(['background-color'], { duration: theme.transitions.duration.shortest }),
  '&:hover': { backgroundColor: theme.palette.action.hover },
  '&:focus-visible': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: 0 },
  '&:disabled': { cursor: 'default', color: theme.palette.action.disabled },
}));
