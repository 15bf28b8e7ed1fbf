import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { Navigate, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { BrandLogo } from '../../components/brand-logo.tsx';
import { useBrand } from '../../config/brand-context.tsx';
import { LoginForm } from '../../features/auth/components/login-form.tsx';
import { redirectTargetOf } from '../../features/auth/redirect.ts';
import { useSessionState } from '../../features/auth/session-context.tsx';

/** The login page: the brand's logo, name and colour, and the form. Signed in, it moves on. */
export function Component() {
  const brand = useBrand();
  const { t } = useTranslation();
  const state = useSessionState();
  const location = useLocation();

  if (state.status === 'signed-in') return <Navigate to={redirectTargetOf(location.search)} replace />;

  return (
    <Box component="main" sx={{ minHeight: '100dvh', display: 'grid', placeItems: 'center', p: 2, bgcolor: 'background.default' }}>
      <Paper
        variant="outlined"
        sx={{ width: '100%', maxWidth: 420, p: { xs: 3, sm: 5 }, borderTop: 4, borderTopColor: 'primary.main' }}
      >
        <Box sx={{ display: 'flex', justifyContent: 'center', mb: 3 }}>
          <BrandLogo height={72} />
        </Box>
        <Typography component="h1" variant="h5" sx={{ textAlign: 'center', fontWeight: 500 }}>
          {brand.name}
        </Typography>
        <Typography sx={{ textAlign: 'center', color: 'text.secondary', mt: 0.5, mb: 3 }}>{t('auth.subtitle')}</Typography>
        <LoginForm sessionExpired={state.status === 'signed-out' && state.reason === 'expired'} />
      </Paper>
    </Box>
  );
}
