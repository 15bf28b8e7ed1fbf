import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../lib/auth/types.ts';

/** The signed-in user's details, read-only (editing belongs to the users page). */
export function ProfileDialog({ open, onClose, user }: { open: boolean; onClose: () => void; user: SessionUser }) {
  const { t } = useTranslation('shell');
  const role = user.super
    ? t('profile.roles.super')
    : user.profile === 'admin'
      ? t('profile.roles.admin')
      : t('profile.roles.user');
  const rows: Array<[string, string]> = [
    [t('profile.name'), user.name],
    [t('profile.email'), user.email],
    ...(user.company ? ([[t('profile.company'), user.company.name]] as Array<[string, string]>) : []),
    [t('profile.role'), role],
  ];
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="xs">
      <DialogTitle>{t('profile.title')}</DialogTitle>
      <DialogContent>
        <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, rowGap: 1 }}>
          {rows.map(([label, value]) => (
            <Box key={label} sx={{ display: 'contents' }}>
              <Typography component="dt" sx={{ color: 'text.secondary' }}>
                {label}
              </Typography>
              <Typography component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
                {value}
              </Typography>
            </Box>
          ))}
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('profile.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
