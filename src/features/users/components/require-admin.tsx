/**
 * The gate of admin-only pages (the `adminOnly` entries of app/navigation.ts, which the navigation hides
 * from other profiles): wrap the page in <RequireAdmin> in its route module. Texts in the `users` namespace.
 */
import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import LockOutlined from '@mui/icons-material/LockOutlined';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useUser } from '../../auth/session-context.tsx';

/** Atendechat's rule: profile "admin" (super admins have it too) may manage users, connections, settings. */
export function isAdmin(user: { profile: string }): boolean {
  return user.profile === 'admin';
}

/** The page for a user who reached an admin-only address directly (the navigation does not offer it). */
export function NoPermission() {
  const { t, ready } = useTranslation('users');
  if (!ready) return <PageLoader />;
  return (
    <Box
      data-testid="no-permission"
      sx={{
        maxWidth: 560,
        mx: 'auto',
        mt: { xs: 2, sm: 6 },
        textAlign: 'center',
        display: 'grid',
        gap: 2,
        justifyItems: 'center',
      }}
    >
      <LockOutlined sx={{ fontSize: 48, color: 'text.secondary' }} aria-hidden />
      <Typography component="h1" variant="h4">
        {t('noPermission.title')}
      </Typography>
      <Typography>{t('noPermission.body')}</Typography>
      <Button component={RouterLink} to="/" variant="contained">
        {t('noPermission.home')}
      </Button>
    </Box>
  );
}

/** Shows `children` to admins and the no-permission page to everyone else (the backend refuses them anyway). */
export function RequireAdmin({ children }: { children: ReactNode }) {
  const user = useUser();
  return isAdmin(user) ? children : <NoPermission />;
}
