import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import Add from '@mui/icons-material/Add';
import DeleteOutline from '@mui/icons-material/DeleteOutlineOutlined';
import Edit from '@mui/icons-material/Edit';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../../components/error-panel.tsx';
import { useErrorText } from '../../../../hooks/use-error-text.ts';
import {
  contactFieldOfBackendError,
  normalizePhoneNumber,
  validateContact,
  type ContactFieldErrors,
} from '../../../contacts/index.ts';
import { useContactDetails, useUpdateContactDetails, type ContactDetails } from '../../api/contact-panel.ts';
import {
  extraFieldErrors,
  extraInfoUpdate,
  mailtoHref,
  telHref,
  type ContactDraft,
} from '../../model/contact-panel.ts';
import { displayNumber, initialOf } from '../../model/format.ts';
import { safeMediaUrl } from '../../model/rich-text.ts';

/** The contact: photo, name, number, email and extra fields; "Edit" turns them into a form in place. */
export function ContactDetailsSection({ contactId, ticketId }: { contactId: number; ticketId: number }) {
  const { t } = useTranslation('tickets');
  const { errorText } = useErrorText();
  const contact = useContactDetails(contactId);
  const [editing, setEditing] = useState(false);

  if (contact.isPending) {
    return (
      <Box sx={{ display: 'grid', placeItems: 'center', py: 3 }}>
        <CircularProgress size={24} aria-label={t('panel.loading')} />
      </Box>
    );
  }
  if (contact.data === undefined) {
    return (
      <ErrorPanel
        message={`${t('panel.contactLoadFailed')} ${errorText(contact.error)}`}
        onRetry={() => void contact.refetch()}
      />
    );
  }
  return editing ? (
    <ContactForm contact={contact.data} ticketId={ticketId} onDone={() => setEditing(false)} />
  ) : (
    <ContactView contact={contact.data} onEdit={() => setEditing(true)} />
  );
}

function ContactView({ contact, onEdit }: { contact: ContactDetails; onEdit: () => void }) {
  const { t } = useTranslation('tickets');
  const name = contact.name || contact.number;
  const tel = contact.isGroup ? undefined : telHref(contact.number);
  const mailto = mailtoHref(contact.email);
  return (
    <Box data-testid="contact-panel-details">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Avatar
          src={safeMediaUrl(contact.profilePicUrl)}
          alt=""
          sx={{ width: 64, height: 64, bgcolor: 'action.selected', color: 'text.primary', fontSize: 28 }}
          data-testid="contact-panel-avatar"
        >
          {initialOf(name)}
        </Avatar>
        <Box sx={{ minWidth: 0, flex: 1 }}>
          <Typography
            component="h3"
            variant="subtitle1"
            sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}
            data-testid="contact-panel-name"
          >
            {name}
          </Typography>
          <Typography variant="body2" data-testid="contact-panel-number">
            {tel ? (
              <Link href={tel} underline="hover">
                {displayNumber(contact.number, contact.isGroup)}
              </Link>
            ) : (
              displayNumber(contact.number, contact.isGroup)
            )}
          </Typography>
          {contact.email !== '' && (
            <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }} data-testid="contact-panel-email">
              {mailto ? (
                <Link href={mailto} underline="hover">
                  {contact.email}
                </Link>
              ) : (
                contact.email
              )}
            </Typography>
          )}
        </Box>
      </Stack>
      {contact.extraInfo.length > 0 && (
        <Box component="dl" sx={{ m: 0, mt: 2, display: 'grid', gap: 1 }} data-testid="contact-panel-extra">
          {contact.extraInfo.map((field, index) => (
            <Box key={field.id ?? `new-${index}`} data-testid="contact-panel-extra-field">
              <Typography component="dt" variant="caption" sx={{ color: 'text.secondary', overflowWrap: 'anywhere' }}>
                {field.name}
              </Typography>
              <Typography
                component="dd"
                variant="body2"
                sx={{ m: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}
              >
                {field.value}
              </Typography>
            </Box>
          ))}
        </Box>
      )}
      <Button
        size="small"
        variant="outlined"
        startIcon={<Edit />}
        onClick={onEdit}
        sx={{ mt: 2 }}
        data-testid="contact-panel-edit"
      >
        {t('panel.edit')}
      </Button>
    </Box>
  );
}

function ContactForm({ contact, ticketId, onDone }: { contact: ContactDetails; ticketId: number; onDone: () => void }) {
  const { t } = useTranslation('tickets');
  const { errorText } = useErrorText();
  const save = useUpdateContactDetails(contact.id, ticketId);
  const [draft, setDraft] = useState<ContactDraft>(() => ({
    name: contact.name,
    number: contact.number,
    email: contact.email,
    extraInfo: contact.extraInfo.map((field) => ({ id: field.id, name: field.name, value: field.value })),
  }));
  const [errors, setErrors] = useState<ContactFieldErrors>({});
  const [checked, setChecked] = useState(false);
  const fieldErrors = checked ? extraFieldErrors(draft.extraInfo) : [];
  const backendField = save.isError ? contactFieldOfBackendError(save.error) : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateContact(draft, contact.number);
    setErrors(found);
    setChecked(true);
    if (Object.keys(found).length > 0 || extraFieldErrors(draft.extraInfo).some(Boolean)) return;
    save.mutate(
      {
        name: draft.name.trim(),
        number: normalizePhoneNumber(draft.number),
        email: draft.email.trim(),
        extraInfo: extraInfoUpdate(draft.extraInfo),
      },
      { onSuccess: onDone },
    );
  };

  const fieldError = (field: keyof ContactFieldErrors) => {
    const key = errors[field];
    if (key) return t(`panel.${key}`);
    if (backendField === field) return errorText(save.error);
    return undefined;
  };
  const setExtra = (index: number, change: Partial<ContactDraft['extraInfo'][number]>) =>
    setDraft((d) => ({ ...d, extraInfo: d.extraInfo.map((f, i) => (i === index ? { ...f, ...change } : f)) }));

  return (
    <Box
      component="form"
      onSubmit={submit}
      noValidate
      data-testid="contact-panel-form"
      sx={{ display: 'grid', gap: 1.5 }}
    >
      {(['name', 'number', 'email'] as const).map((field) => {
        const error = fieldError(field);
        return (
          <TextField
            key={field}
            size="small"
            label={t(`panel.form.${field}`)}
            value={draft[field]}
            onChange={(event) => setDraft((d) => ({ ...d, [field]: event.target.value }))}
            error={error !== undefined}
            helperText={error}
            type={field === 'email' ? 'email' : 'text'}
            slotProps={{ htmlInput: { 'data-testid': `contact-panel-${field}-input` } }}
          />
        );
      })}
      <Typography component="h4" variant="subtitle2" sx={{ mt: 1 }}>
        {t('panel.fields.title')}
      </Typography>
      {draft.extraInfo.map((field, index) => {
        const error = fieldErrors[index];
        return (
          <Stack key={field.id ?? `new-${index}`} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
            <TextField
              size="small"
              label={t('panel.fields.name')}
              value={field.name}
              onChange={(event) => setExtra(index, { name: event.target.value })}
              error={error !== undefined}
              helperText={error ? t(error) : undefined}
              sx={{ flex: 1 }}
              slotProps={{ htmlInput: { 'data-testid': `contact-panel-extra-name-${index}` } }}
            />
            <TextField
              size="small"
              label={t('panel.fields.value')}
              value={field.value}
              onChange={(event) => setExtra(index, { value: event.target.value })}
              sx={{ flex: 1 }}
              slotProps={{ htmlInput: { 'data-testid': `contact-panel-extra-value-${index}` } }}
            />
            <IconButton
              aria-label={t('panel.fields.remove', { name: field.name || String(index + 1) })}
              onClick={() => setDraft((d) => ({ ...d, extraInfo: d.extraInfo.filter((_, i) => i !== index) }))}
              data-testid={`contact-panel-extra-remove-${index}`}
            >
              <DeleteOutline />
            </IconButton>
          </Stack>
        );
      })}
      <Box>
        <Button
          size="small"
          startIcon={<Add />}
          onClick={() => setDraft((d) => ({ ...d, extraInfo: [...d.extraInfo, { name: '', value: '' }] }))}
          data-testid="contact-panel-extra-add"
        >
          {t('panel.fields.add')}
        </Button>
      </Box>
      {save.isError && backendField === undefined && (
        <Alert severity="error" data-testid="contact-panel-form-error">
          {`${t('panel.saveFailed')} ${errorText(save.error)}`}
        </Alert>
      )}
      <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
        <Button onClick={onDone} disabled={save.isPending} data-testid="contact-panel-cancel">
          {t('panel.cancel')}
        </Button>
        <Button
          type="submit"
          variant="contained"
          disabled={save.isPending}
          startIcon={save.isPending ? <CircularProgress size={16} color="inherit" /> : undefined}
          data-testid="contact-panel-save"
        >
          {t('panel.save')}
        </Button>
      </Stack>
    </Box>
  );
}
