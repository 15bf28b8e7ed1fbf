import { useState } from 'react';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/form-dialog.tsx';
import { useErrorText } from '../../../hooks/use-error-text.ts';
import { useSaveContact, type Contact } from '../api/contacts.ts';
import {
  fieldOfBackendError,
  toContactInput,
  validateContact,
  type ContactField,
  type ContactFormValues,
} from '../model/validate-contact.ts';

interface ContactFormDialogProps {
  /** The contact to edit; a new one when absent. */
  contact?: Contact | undefined;
  onClose: () => void;
  onSaved: (contact: Contact, created: boolean) => void;
}

const EMPTY: ContactFormValues = { name: '', number: '', email: '' };

/**
 * Create or edit a contact. Problems found before sending and the backend's refusals about one field (the
 * duplicate number) are shown under that field; other refusals above the form. What was typed is kept.
 * Mount it only while open, so each opening starts from the contact's values.
 */
export function ContactFormDialog({ contact, onClose, onSaved }: ContactFormDialogProps) {
  const { t } = useTranslation('contacts');
  const { errorText } = useErrorText();
  const save = useSaveContact();
  const [values, setValues] = useState<ContactFormValues>(
    contact ? { name: contact.name, number: contact.number, email: contact.email ?? '' } : EMPTY,
  );
  const [touched, setTouched] = useState<Partial<Record<ContactField, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  // The failures themselves, not their texts: the messages follow a change of language.
  const [serverError, setServerError] = useState<{ field: ContactField; error: unknown } | undefined>();
  const [formError, setFormError] = useState<{ error: unknown } | undefined>();

  const fieldErrors = validateContact(values, contact?.number);
  const errorOf = (field: ContactField): string | undefined => {
    const key = fieldErrors[field];
    if (key && (submitted || touched[field])) return t(key);
    return serverError?.field === field ? errorText(serverError.error) : undefined;
  };

  const change = (field: ContactField) => (event: { target: { value: string } }) => {
    const { value } = event.target;
    setValues((current) => ({ ...current, [field]: value }));
    if (serverError?.field === field) setServerError(undefined);
  };
  const touch = (field: ContactField) => () => setTouched((current) => ({ ...current, [field]: true }));

  const submit = async () => {
    setSubmitted(true);
    if (Object.keys(fieldErrors).length > 0) return;
    setFormError(undefined);
    setServerError(undefined);
    try {
      onSaved(await save.mutateAsync({ id: contact?.id, input: toContactInput(values) }), contact === undefined);
    } catch (error) {
      const field = fieldOfBackendError(error);
      if (field) setServerError({ field, error });
      else setFormError({ error });
    }
  };

  const nameError = errorOf('name');
  const numberError = errorOf('number');
  const emailError = errorOf('email');

  return (
    <FormDialog
      title={contact ? t('form.editTitle') : t('form.createTitle')}
      onSubmit={() => void submit()}
      onClose={onClose}
      saving={save.isPending}
      formError={formError && errorText(formError.error)}
      testId="contact"
    >
      <TextField
        label={t('form.name')}
        required
        fullWidth
        autoFocus
        value={values.name}
        onChange={change('name')}
        onBlur={touch('name')}
        error={Boolean(nameError)}
        helperText={nameError}
        slotProps={{ htmlInput: { 'data-testid': 'contact-name', maxLength: 200, autoComplete: 'off' } }}
        sx={{ mt: 1 }}
      />
      <TextField
        label={t('form.number')}
        required
        fullWidth
        value={values.number}
        onChange={change('number')}
        onBlur={touch('number')}
        error={Boolean(numberError)}
        helperText={numberError ?? t('form.numberHint')}
        slotProps={{
          htmlInput: { 'data-testid': 'contact-number', inputMode: 'tel', autoComplete: 'off', maxLength: 30 },
        }}
      />
      <TextField
        label={t('form.email')}
        type="email"
        fullWidth
        value={values.email}
        onChange={change('email')}
        onBlur={touch('email')}
        error={Boolean(emailError)}
        helperText={emailError}
        slotProps={{
          htmlInput: { 'data-testid': 'contact-email', inputMode: 'email', autoComplete: 'off', maxLength: 200 },
        }}
      />
    </FormDialog>
  );
}
