import { useId, useState } from 'react';
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
import { deleteContact, type Contact } from '../api/contacts-api.ts';

/** Asks before deleting; the dialog stays open with the error if the backend refuses. Mount it while open. */
export function DeleteContactDialog({ contact, onClose, onDeleted }: { contact: Contact; onClose: () => void; onDeleted: () => void }) {
  const { t } = useTranslation('contacts');
  const { errorText } = useErrorText();
  const api = useApi();
  const titleId = useId();
  const bodyId = useId();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      await deleteContact(api, contact.id);
      onDeleted();
    } catch (caught) {
      setError(errorText(caught));
      setPending(false);
    }
  };

  return (
    <Dialog
      open
      onClose={pending ? undefined : onClose}
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      data-testid="contact-delete-dialog"
    >
      <DialogTitle id={titleId}>{t('delete.title')}</DialogTitle>
      <DialogContent>
        {error && (
          <Alert severity="error" sx={{ mb: 2 }} data-testid="contact-delete-error">
            {error}
          </Alert>
        )}
        <DialogContentText id={bodyId}>{t('delete.body', { name: contact.name, number: contact.number })}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={pending} autoFocus data-testid="contact-delete-cancel">
          {t('delete.cancel')}
        </Button>
        <Button onClick={() => void confirm()} color="error" variant="contained" loading={pending} data-testid="contact-delete-confirm">
          {t('delete.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
