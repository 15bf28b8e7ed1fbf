import Box from '@mui/material/Box';
import { Navigate, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { BrandLogo } from '../../components/brand-logo.tsx';
import { useBrand } from '../../config/brand-context.tsx';
import { LoginForm } from '../../features/login/components/login-form.tsx';
import { redirectTargetOf } from '../../lib/auth/redirect.ts';
import { useSessionState } from '../../lib/auth/session-context.tsx';

/**
 * The login page: the brand's logo, name and colour, and the form. Signed in, it moves on. Boxes with the
 * theme's typography rather than Paper and Typography: the page's JavaScript has a budget (login-form.tsx).
 */
export function Component() {
  const brand = useBrand();
  const { t } = useTranslation();
  const state = useSessionState();
  const location = useLocation();

  if (state.status === 'signed-in') return <Navigate to={redirectTargetOf(location.search)} replace />;

  return (
    <Box
      component="main"
      sx={{ minHeight: '100dvh', display: 'grid', placeItems: 'center', p: 2, bgcolor: 'background.default' }}
    >
      <Box
        sx={{
          width: '100%',
          maxWidth: 420,
          p: { xs: 3, sm: 5 },
          bgcolor: 'background.paper',
          border: 1,
          borderColor: 'divider',
          borderTop: 4,
          borderTopColor: 'brand.main',
          borderRadius: 1,
        }}
      >
        <Box sx={{ display: 'flex', justifyContent: 'center', mb: 3 }}>
          <BrandLogo height={72} />
        </Box>
        <Box component="h1" sx={{ typography: 'h5', m: 0, textAlign: 'center', fontWeight: 500 }}>
          {brand.name}
        </Box>
        <Box component="p" sx={{ typography: 'body1', textAlign: 'center', color: 'text.secondary', mt: 0.5, mb: 3 }}>
          {t('auth.subtitle')}
        </Box>
        <LoginForm sessionExpired={state.status === 'signed-out' && state.reason === 'expired'} />
      </Box>
    </Box>
  );
}
