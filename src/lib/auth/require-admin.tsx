/**
 * The gate of admin-only pages (the `adminOnly` entries of app/navigation.ts, which the navigation hides
 * from other profiles): wrap the page in <RequireAdmin> in its route module.
 */
import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import LockOutlined from '@mui/icons-material/LockOutlined';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useIsAdmin } from './permissions.ts';

/** The page for a user who reached an admin-only address directly (the navigation does not offer it). */
export function NoPermission() {
  const { t } = useTranslation('shell');
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
  return useIsAdmin() ? children : <NoPermission />;
}
