import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../hooks/use-error-text.ts';
import { useApi } from '../../../lib/api-context.tsx';
import { deleteUser, type User } from '../api/users-api.ts';

/** Asks before deleting; a refusal is shown in the dialog, which stays open. */
export function DeleteUserDialog({ user, onClose, onDeleted }: { user: User; onClose: () => void; onDeleted: (user: User) => void }) {
  const { t } = useTranslation('users');
  const { errorText } = useErrorText();
  const api = useApi();
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string | undefined>();

  const confirm = async () => {
    setDeleting(true);
    setError(undefined);
    try {
      await deleteUser(api, user.id);
      onDeleted(user);
    } catch (failure) {
      setDeleting(false);
      setError(errorText(failure));
    }
  };

  return (
    <Dialog
      open
      onClose={deleting ? undefined : onClose}
      aria-labelledby="delete-user-title"
      aria-describedby="delete-user-body"
      data-testid="user-delete-dialog"
    >
      <DialogTitle id="delete-user-title">{t('deleteDialog.title')}</DialogTitle>
      <DialogContent>
        {error && (
          <Alert severity="error" role="alert" data-testid="user-delete-error" sx={{ mb: 2 }}>
            {error}
          </Alert>
        )}
        <DialogContentText id="delete-user-body">{t('deleteDialog.body', { name: user.name, email: user.email })}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={deleting} autoFocus data-testid="user-delete-cancel">
          {t('deleteDialog.cancel')}
        </Button>
        <Button onClick={() => void confirm()} color="error" variant="contained" disabled={deleting} data-testid="user-delete-confirm">
          {t('deleteDialog.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
