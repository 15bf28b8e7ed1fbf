import { useId, useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../hooks/use-error-text.ts';
import { nameErrorOfBackend, validateConnectionName, type ConnectionNameError } from '../validate-connection.ts';

interface ConnectionFormDialogProps {
  /** The current name when renaming; a new connection otherwise. */
  initialName?: string;
  /** Sends the name; a rejection is shown in the form, which keeps what was typed. */
  onSubmit: (name: string) => Promise<void>;
  /**
   * The text for a refusal that is not about the name (the plan's limit, for a creation), or undefined to
   * show the backend's error as usual.
   */
  describeRefusal?: (error: unknown) => string | undefined;
  onClose: () => void;
}

/** Create or rename a connection: its name only. Mount it while open. */
export function ConnectionFormDialog({ initialName, onSubmit, describeRefusal, onClose }: ConnectionFormDialogProps) {
  const { t } = useTranslation('connections');
  const { errorText } = useErrorText();
  const formId = useId();
  const renaming = initialName !== undefined;
  const [name, setName] = useState(initialName ?? '');
  const [touched, setTouched] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [pending, setPending] = useState(false);
  const [serverNameError, setServerNameError] = useState<ConnectionNameError | undefined>();
  const [formError, setFormError] = useState<string | null>(null);

  const localError = validateConnectionName(name);
  const nameErrorKey = (localError && (submitted || touched) ? localError : undefined) ?? serverNameError;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    if (pending || localError) return;
    setPending(true);
    setFormError(null);
    setServerNameError(undefined);
    try {
      await onSubmit(name.trim());
    } catch (error) {
      const nameError = nameErrorOfBackend(error);
      if (nameError) setServerNameError(nameError);
      else setFormError(describeRefusal?.(error) ?? errorText(error));
      setPending(false);
    }
  };

  return (
    <Dialog open onClose={pending ? undefined : onClose} fullWidth maxWidth="xs" data-testid="connection-form">
      <DialogTitle>{renaming ? t('form.renameTitle') : t('form.createTitle')}</DialogTitle>
      <DialogContent>
        <Stack
          component="form"
          id={formId}
          noValidate
          onSubmit={(event) => void submit(event)}
          spacing={2}
          sx={{ pt: 1 }}
          aria-busy={pending}
        >
          {formError && (
            <Alert severity="error" data-testid="connection-form-error">
              {formError}
            </Alert>
          )}
          <TextField
            label={t('form.name')}
            required
            fullWidth
            autoFocus
            value={name}
            onChange={(event) => {
              setName(event.target.value);
              setServerNameError(undefined);
            }}
            onBlur={() => setTouched(true)}
            error={Boolean(nameErrorKey)}
            helperText={nameErrorKey ? t(nameErrorKey) : t('form.nameHint')}
            slotProps={{ htmlInput: { 'data-testid': 'connection-name', maxLength: 100, autoComplete: 'off' } }}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={pending} data-testid="connection-cancel">
          {t('form.cancel')}
        </Button>
        <Button type="submit" form={formId} variant="contained" loading={pending} data-testid="connection-save">
          {renaming ? t('form.save') : t('form.create')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
