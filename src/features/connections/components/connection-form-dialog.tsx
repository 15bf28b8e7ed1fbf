import { useState } from 'react';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/form-dialog.tsx';
import { useErrorText } from '../../../hooks/use-error-text.ts';
import { usePlanLimitMessage } from '../../plan/index.ts';
import { useSaveConnection, type Connection } from '../api/connections.ts';
import { nameErrorOfBackend, validateConnectionName, type ConnectionNameError } from '../model/validate-connection.ts';

interface ConnectionFormDialogProps {
  /** The connection to rename; a new connection when undefined. */
  connection: Connection | undefined;
  onClose: () => void;
  onSaved: (connection: Connection, created: boolean) => void;
  /** The backend refused the creation because of the plan's limit: the page refreshes its figures. */
  onPlanLimit?: () => void;
}

/**
 * Create or rename a connection: its name only. The backend's refusals of the name land under it, the plan's
 * limit and anything else above the form; what was typed is kept. Mount it while open.
 */
export function ConnectionFormDialog({ connection, onClose, onSaved, onPlanLimit }: ConnectionFormDialogProps) {
  const { t } = useTranslation('connections');
  const { errorText } = useErrorText();
  const planLimitMessage = usePlanLimitMessage();
  const save = useSaveConnection();
  const creating = connection === undefined;
  const [name, setName] = useState(connection?.name ?? '');
  const [touched, setTouched] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [serverNameError, setServerNameError] = useState<ConnectionNameError | undefined>();
  // The failure itself, not its text: the message follows a change of language.
  const [formError, setFormError] = useState<{ error: unknown } | undefined>();

  const localError = validateConnectionName(name);
  const nameErrorKey = (localError && (submitted || touched) ? localError : undefined) ?? serverNameError;

  const submit = async () => {
    setSubmitted(true);
    if (localError) return;
    setFormError(undefined);
    setServerNameError(undefined);
    try {
      onSaved(await save.mutateAsync({ connection, name: name.trim() }), creating);
    } catch (error) {
      const nameError = nameErrorOfBackend(error);
      if (nameError) {
        setServerNameError(nameError);
        return;
      }
      setFormError({ error });
      // The limit was reached meanwhile (another tab, another admin): show where things stand.
      if (creating && planLimitMessage(error)) onPlanLimit?.();
    }
  };

  return (
    <FormDialog
      title={creating ? t('form.createTitle') : t('form.renameTitle')}
      onSubmit={() => void submit()}
      onClose={onClose}
      saving={save.isPending}
      formError={formError && ((creating && planLimitMessage(formError.error)) || errorText(formError.error))}
      saveLabel={creating ? t('form.create') : t('form.save')}
      testId="connection"
      maxWidth="xs"
    >
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
        sx={{ mt: 1 }}
      />
    </FormDialog>
  );
}
