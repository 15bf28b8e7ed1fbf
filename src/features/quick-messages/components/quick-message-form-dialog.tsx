import { useRef, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AttachFile from '@mui/icons-material/AttachFile';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/form-dialog.tsx';
import { useErrorText } from '../../../hooks/use-error-text.ts';
import { useFormState } from '../../../hooks/use-form-state.ts';
import { toApiFailure } from '../../../lib/api-errors.ts';
import { useSaveQuickMessage, type QuickMessage } from '../api/quick-messages.ts';
import { MESSAGE_VARIABLES } from '../model/fill-variables.ts';
import {
  serverFieldError,
  validateQuickMessageForm,
  type QuickMessageField,
  type QuickMessageFormValues,
} from '../model/quick-message-form.ts';

interface QuickMessageFormDialogProps {
  /** The quick answer to edit; undefined to create one. */
  quickMessage: QuickMessage | undefined;
  onClose: () => void;
  /** Saved; `mediaError` when the text was saved but the attachment was not. */
  onSaved: (quickMessage: QuickMessage, created: boolean, mediaError: unknown) => void;
}

const FIELD_ORDER: readonly QuickMessageField[] = ['shortcode', 'message'];

/**
 * Create or edit a quick answer: shortcut, message (with Atendechat's variables to insert at the cursor)
 * and one attached file. Checked as the backend checks; its refusals land on their field or above the form.
 */
export function QuickMessageFormDialog({ quickMessage, onClose, onSaved }: QuickMessageFormDialogProps) {
  const { t } = useTranslation('quick-messages');
  const { errorText } = useErrorText();
  const save = useSaveQuickMessage();
  const creating = quickMessage === undefined;

  const form = useFormState({
    initial: () => ({ shortcode: quickMessage?.shortcode ?? '', message: quickMessage?.message ?? '' }),
    validate: (values: QuickMessageFormValues) => validateQuickMessageForm(values, creating),
    fieldOrder: FIELD_ORDER,
    serverFieldError,
    text: ({ key, values }) => t(`validation.${key}`, values ?? {}),
  });
  const { values, change, errorOf, fieldRef, formError } = form;
  const [file, setFile] = useState<File | undefined>();
  const [removeMedia, setRemoveMedia] = useState(false);
  const fileInput = useRef<HTMLInputElement | null>(null);

  /** Puts `{{variable}}` where the cursor is in the message (or at its end), and the cursor after it. */
  const insertVariable = (variable: string) => {
    const tag = `{{${variable}}}`;
    const input = form.elementOf('message');
    const start = input?.selectionStart ?? values.message.length;
    const end = input?.selectionEnd ?? start;
    change('message', `${values.message.slice(0, start)}${tag}${values.message.slice(end)}`);
    requestAnimationFrame(() => {
      input?.focus();
      input?.setSelectionRange(start + tag.length, start + tag.length);
    });
  };

  const submit = () =>
    form.submit(async (checked) => {
      const { saved, mediaError } = await save.mutateAsync({
        id: quickMessage?.id,
        input: { shortcode: checked.shortcode.trim(), message: checked.message },
        file,
        removeMedia: removeMedia && file === undefined,
      });
      onSaved(saved, creating, mediaError);
    });

  const gone = (error: unknown) => {
    const failure = toApiFailure(error);
    return failure.kind === 'http' && failure.status === 404;
  };
  const keptMedia = !removeMedia && file === undefined ? quickMessage?.mediaName : null;
  const example = values.shortcode.trim() === '' ? t('form.shortcode').toLowerCase() : values.shortcode.trim();

  return (
    <FormDialog
      title={creating ? t('form.createTitle') : t('form.editTitle')}
      onSubmit={() => void submit()}
      onClose={onClose}
      saving={save.isPending}
      formError={formError && (gone(formError.error) ? t('form.gone') : errorText(formError.error))}
      testId="quick-message"
    >
      <TextField
        id="quick-message-form-shortcode"
        label={t('form.shortcode')}
        value={values.shortcode}
        onChange={(event) => change('shortcode', event.target.value)}
        error={Boolean(errorOf('shortcode'))}
        helperText={errorOf('shortcode') ?? t('form.shortcodeHelp', { example })}
        required
        fullWidth
        autoFocus
        autoComplete="off"
        inputRef={fieldRef('shortcode')}
        slotProps={{ htmlInput: { 'data-testid': 'quick-message-shortcode', maxLength: 255 } }}
        sx={{ mt: 1 }}
      />
      <TextField
        id="quick-message-form-message"
        label={t('form.message')}
        value={values.message}
        onChange={(event) => change('message', event.target.value)}
        error={Boolean(errorOf('message'))}
        helperText={errorOf('message')}
        required
        fullWidth
        multiline
        minRows={4}
        maxRows={12}
        inputRef={fieldRef('message')}
        slotProps={{ htmlInput: { 'data-testid': 'quick-message-message' } }}
      />
      <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
        <Typography component="legend" variant="body2" sx={{ mb: 0.5 }}>
          {t('variables.label')}
        </Typography>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
          {MESSAGE_VARIABLES.map((variable) => (
            <Chip
              key={variable}
              label={t(`variables.${variable}`)}
              onClick={() => insertVariable(variable)}
              onMouseDown={(event) => event.preventDefault()}
              aria-label={t('variables.insert', { name: t(`variables.${variable}`) })}
              disabled={save.isPending}
              color="primary"
              variant="outlined"
              size="small"
              data-testid={`quick-message-variable-${variable}`}
            />
          ))}
        </Box>
        <FormHelperText>{t('variables.help')}</FormHelperText>
      </Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <input
          ref={fileInput}
          type="file"
          hidden
          tabIndex={-1}
          aria-hidden
          data-testid="quick-message-file"
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            if (chosen) setFile(chosen);
            event.target.value = '';
          }}
        />
        {file || keptMedia ? (
          <>
            <AttachFile fontSize="small" aria-hidden />
            <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }} data-testid="quick-message-attached">
              {t('form.attached', { name: file?.name ?? keptMedia ?? '' })}
            </Typography>
            <IconButton
              aria-label={t('form.removeMedia', { name: file?.name ?? keptMedia ?? '' })}
              onClick={() => {
                if (file) setFile(undefined);
                else setRemoveMedia(true);
              }}
              disabled={save.isPending}
              data-testid="quick-message-remove-media"
            >
              <DeleteOutlined />
            </IconButton>
          </>
        ) : (
          <>
            <Button
              variant="outlined"
              startIcon={<AttachFile />}
              onClick={() => fileInput.current?.click()}
              disabled={save.isPending}
              data-testid="quick-message-attach"
            >
              {t('form.attach')}
            </Button>
            {removeMedia && quickMessage?.mediaName && (
              <>
                <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                  {t('form.mediaRemoved')}
                </Typography>
                <Button size="small" onClick={() => setRemoveMedia(false)}>
                  {t('form.undoRemove')}
                </Button>
              </>
            )}
          </>
        )}
      </Box>
    </FormDialog>
  );
}
