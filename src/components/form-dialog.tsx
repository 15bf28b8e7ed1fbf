import { useId, type FormEvent, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';

interface FormDialogProps {
  title: string;
  /** The fields. */
  children: ReactNode;
  onSubmit: () => void;
  onClose: () => void;
  /** The save is under way: the buttons wait and the dialog cannot be dismissed. */
  saving: boolean;
  /** A refusal that belongs to the whole form (field errors go under their fields). */
  formError?: string | undefined;
  /** Test ids: `<testId>-form` (the dialog), `<testId>-form-error`, `<testId>-cancel`, `<testId>-save`. */
  testId: string;
  maxWidth?: 'xs' | 'sm';
  /** The save button's label when "Save" says too little (default: the common `form.save`). */
  saveLabel?: string;
}

/**
 * The shell of every create/edit dialog: title, form-wide error, fields, cancel and save. Full screen on
 * phones. Mount it while open, so each opening starts from the current values.
 */
export function FormDialog({
  title,
  children,
  onSubmit,
  onClose,
  saving,
  formError,
  testId,
  maxWidth = 'sm',
  saveLabel,
}: FormDialogProps) {
  const { t } = useTranslation('shell');
  const theme = useTheme();
  const narrow = useMediaQuery(theme.breakpoints.down('sm'), { noSsr: true });
  const titleId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!saving) onSubmit();
  };
  return (
    <Dialog
      open
      onClose={saving ? undefined : onClose}
      fullWidth
      maxWidth={maxWidth}
      fullScreen={narrow}
      aria-labelledby={titleId}
      data-testid={`${testId}-form`}
    >
      <Box component="form" noValidate onSubmit={submit} sx={{ display: 'contents' }}>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2, alignContent: 'start' }}>
          {formError !== undefined && (
            <Alert severity="error" data-testid={`${testId}-form-error`} role="alert">
              {formError}
            </Alert>
          )}
          {children}
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose} disabled={saving} data-testid={`${testId}-cancel`}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" variant="contained" loading={saving} data-testid={`${testId}-save`}>
            {saveLabel ?? t('form.save')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
