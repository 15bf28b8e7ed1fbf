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
import { useApi } from '../../../lib/api-context.tsx';
import { createContact, updateContact, type Contact } from '../api/contacts-api.ts';
import {
  fieldOfBackendError,
  toContactInput,
  validateContact,
  type ContactField,
  type ContactFormValues,
} from '../validate-contact.ts';

interface ContactFormDialogProps {
  /** The contact to edit; a new one when absent. */
  contact?: Contact;
  onClose: () => void;
  onSaved: (contact: Contact) => void;
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
  const api = useApi();
  const formId = useId();
  const titleId = useId();
  const [values, setValues] = useState<ContactFormValues>(
    contact ? { name: contact.name, number: contact.number, email: contact.email ?? '' } : EMPTY,
  );
  const [touched, setTouched] = useState<Partial<Record<ContactField, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [pending, setPending] = useState(false);
  const [serverErrors, setServerErrors] = useState<Partial<Record<ContactField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const fieldErrors = validateContact(values, contact?.number);
  const errorOf = (field: ContactField): string | undefined => {
    const key = fieldErrors[field];
    if (key && (submitted || touched[field])) return t(key);
    return serverErrors[field];
  };

  const change = (field: ContactField) => (event: { target: { value: string } }) => {
    const { value } = event.target;
    setValues((current) => ({ ...current, [field]: value }));
    setServerErrors((current) => ({ ...current, [field]: undefined }));
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    if (pending || Object.keys(fieldErrors).length > 0) return;
    setPending(true);
    setFormError(null);
    setServerErrors({});
    try {
      const input = toContactInput(values);
      const saved = contact ? await updateContact(api, contact.id, input) : await createContact(api, input);
      onSaved(saved);
    } catch (error) {
      const field = fieldOfBackendError(error);
      if (field) setServerErrors({ [field]: errorText(error) });
      else setFormError(errorText(error));
      setPending(false);
    }
  };

  const nameError = errorOf('name');
  const numberError = errorOf('number');
  const emailError = errorOf('email');

  return (
    <Dialog
      open
      onClose={pending ? undefined : onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby={titleId}
      data-testid="contact-form"
    >
      <DialogTitle id={titleId}>{contact ? t('form.editTitle') : t('form.createTitle')}</DialogTitle>
      <DialogContent>
        <Stack
          component="form"
          id={formId}
          noValidate
          onSubmit={(event) => void onSubmit(event)}
          spacing={2}
          sx={{ pt: 1 }}
          aria-busy={pending}
        >
          {formError && (
            <Alert severity="error" data-testid="contact-form-error">
              {formError}
            </Alert>
          )}
          <TextField
            label={t('form.name')}
            required
            fullWidth
            autoFocus
            value={values.name}
            onChange={change('name')}
            onBlur={() => setTouched((current) => ({ ...current, name: true }))}
            error={Boolean(nameError)}
            helperText={nameError}
            slotProps={{ htmlInput: { 'data-testid': 'contact-name', maxLength: 200, autoComplete: 'off' } }}
          />
          <TextField
            label={t('form.number')}
            required
            fullWidth
            value={values.number}
            onChange={change('number')}
            onBlur={() => setTouched((current) => ({ ...current, number: true }))}
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
            onBlur={() => setTouched((current) => ({ ...current, email: true }))}
            error={Boolean(emailError)}
            helperText={emailError}
            slotProps={{
              htmlInput: { 'data-testid': 'contact-email', inputMode: 'email', autoComplete: 'off', maxLength: 200 },
            }}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={pending} data-testid="contact-cancel">
          {t('form.cancel')}
        </Button>
        <Button type="submit" form={formId} variant="contained" loading={pending} data-testid="contact-save">
          {t('form.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
