import { useId, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useErrorText } from '../hooks/use-error-text.ts';

interface ConfirmDialogProps {
  /** Every text comes from the caller's own translations. */
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  /** The action; the dialog shows it as busy while it runs, and stays open with the error if it fails. */
  onConfirm: () => Promise<void>;
  onClose: () => void;
  /** Test ids of the parts: `<testId>-confirm`, `<testId>-cancel`, `<testId>-error`. */
  testId: string;
  /** Test id of the dialog itself; `testId` when not given. */
  dialogTestId?: string;
}

/** Asks before a destructive action. Mount it while open. */
export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onClose,
  testId,
  dialogTestId = testId,
}: ConfirmDialogProps) {
  const { errorText } = useErrorText();
  const bodyId = useId();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      await onConfirm();
    } catch (caught) {
      setError(errorText(caught));
      setPending(false);
    }
  };

  // The title names the dialog: MUI wires DialogTitle's id into the dialog's aria-labelledby.
  return (
    <Dialog
      open
      onClose={pending ? undefined : onClose}
      role="alertdialog"
      aria-describedby={bodyId}
      data-testid={dialogTestId}
    >
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        {error && (
          <Alert severity="error" sx={{ mb: 2 }} data-testid={`${testId}-error`}>
            {error}
          </Alert>
        )}
        <DialogContentText id={bodyId}>{body}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={pending} autoFocus data-testid={`${testId}-cancel`}>
          {cancelLabel}
        </Button>
        <Button
          onClick={() => void confirm()}
          color="error"
          variant="contained"
          loading={pending}
          data-testid={`${testId}-confirm`}
        >
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
