import { useState, type FormEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import ErrorOutlined from '@mui/icons-material/ErrorOutlined';
import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../hooks/use-error-text.ts';
import { useUpdateSetting } from '../api/settings.ts';
import { DISABLED, ENABLED, selectChoices, type SettingDefinition } from '../model/settings-catalog.ts';

interface SettingFieldProps {
  definition: SettingDefinition;
  /** The value the backend has. */
  value: string;
}

/**
 * One setting with its control (switch, select, text, masked secret), its help, and what happened to the
 * last save: saving, saved, or the error. A switch or select saves on change and goes back to the stored
 * value if the save fails; a text field saves with its button (or Enter) and keeps what was typed on failure.
 */
export function SettingField({ definition, value }: SettingFieldProps) {
  const { t } = useTranslation('settings');
  const { errorText } = useErrorText();
  const update = useUpdateSetting();
  const { key, control } = definition;
  /** The value being saved (shown at once by switches and selects) or typed (text fields). */
  const [draft, setDraft] = useState<string | undefined>();
  const [visible, setVisible] = useState(false);

  const ids = { input: `setting-${key}`, help: `setting-${key}-help`, status: `setting-${key}-status` };
  const label = t(`labels.${key}`);
  const shown = draft ?? value;
  // What happened to the last save is the mutation's own state; typing again resets it to idle.
  const status = update.isPending ? 'saving' : update.isSuccess ? 'saved' : update.isError ? 'error' : 'idle';
  const saving = status === 'saving';
  const dirty = draft !== undefined && draft !== value;

  const save = (next: string, keepDraftOnError: boolean) => {
    setDraft(next);
    update.mutate(
      { key, value: next },
      {
        onSuccess: () => setDraft(undefined),
        onError: () => {
          if (!keepDraftOnError) setDraft(undefined);
        },
      },
    );
  };

  const statusLine = (
    <Typography
      id={ids.status}
      role="status"
      variant="body2"
      data-testid={`setting-${key}-status`}
      data-state={status === 'idle' && dirty ? 'unsaved' : status}
      sx={{
        display: 'flex',
        alignItems: 'center',
        gap: 0.5,
        minHeight: '1.5em',
        color: status === 'error' ? 'error.main' : 'text.secondary',
      }}
    >
      {status === 'saving' && t('status.saving')}
      {status === 'saved' && (
        <>
          <CheckCircleOutlined fontSize="inherit" color="success" aria-hidden />
          {t('status.saved')}
        </>
      )}
      {status === 'error' && (
        <>
          <ErrorOutlined fontSize="inherit" aria-hidden />
          {t('status.failed', { error: errorText(update.error) })}
        </>
      )}
      {status === 'idle' && dirty && t('status.unsaved')}
    </Typography>
  );

  if (control.type === 'switch') {
    return (
      <Box sx={{ display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: 2, py: 1.5 }}>
        <Box sx={{ minWidth: 0 }}>
          <Typography component="label" htmlFor={ids.input} sx={{ fontWeight: 500, display: 'block' }}>
            {label}
          </Typography>
          <Typography id={ids.help} variant="body2" sx={{ color: 'text.secondary' }}>
            {t(`help.${key}`)}
          </Typography>
          {statusLine}
        </Box>
        <Switch
          id={ids.input}
          checked={shown === ENABLED}
          disabled={saving}
          onChange={(event) => save(event.target.checked ? ENABLED : DISABLED, false)}
          slotProps={{
            input: { 'aria-describedby': `${ids.help} ${ids.status}`, 'data-testid': `setting-${key}` } as object,
          }}
          sx={{ flexShrink: 0, mt: -0.5 }}
        />
      </Box>
    );
  }

  if (control.type === 'select') {
    return (
      <Box sx={{ py: 1.5 }}>
        <TextField
          id={ids.input}
          select
          fullWidth
          label={label}
          value={shown}
          disabled={saving}
          onChange={(event) => save(event.target.value, false)}
          helperText={t(`help.${key}`)}
          slotProps={{
            formHelperText: { id: ids.help },
            select: {
              SelectDisplayProps: {
                'data-testid': `setting-${key}`,
                'aria-describedby': `${ids.help} ${ids.status}`,
              } as object,
            },
          }}
          sx={{ maxWidth: { sm: '28rem' } }}
        >
          {selectChoices(control.options, shown).map((option) => (
            <MenuItem key={option} value={option}>
              {control.options.includes(option) ? optionLabel(t, key, option) : option}
            </MenuItem>
          ))}
        </TextField>
        {statusLine}
      </Box>
    );
  }

  const secret = control.type === 'secret';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!saving && dirty && draft !== undefined) save(draft, true);
  };
  return (
    <Box component="form" noValidate onSubmit={submit} sx={{ py: 1.5 }}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', flexWrap: { xs: 'wrap', sm: 'nowrap' } }}>
        <TextField
          id={ids.input}
          fullWidth
          label={label}
          value={shown}
          type={secret && !visible ? 'password' : 'text'}
          onChange={(event) => {
            setDraft(event.target.value);
            if (!saving) update.reset();
          }}
          helperText={t(`help.${key}`)}
          autoComplete="off"
          slotProps={{
            formHelperText: { id: ids.help },
            htmlInput: {
              'data-testid': `setting-${key}`,
              'aria-describedby': `${ids.help} ${ids.status}`,
              readOnly: saving,
              spellCheck: false,
              ...(control.type === 'text' && control.inputMode && { inputMode: control.inputMode }),
            },
            ...(secret && {
              input: {
                endAdornment: (
                  <InputAdornment position="end">
                    <IconButton
                      onClick={() => setVisible((on) => !on)}
                      aria-label={visible ? t('hide', { label }) : t('show', { label })}
                      aria-pressed={visible}
                      edge="end"
                      data-testid={`setting-${key}-visibility`}
                    >
                      {visible ? <VisibilityOff /> : <Visibility />}
                    </IconButton>
                  </InputAdornment>
                ),
              },
            }),
          }}
          sx={{ maxWidth: { sm: '28rem' } }}
        />
        <Button
          type="submit"
          variant="outlined"
          disabled={!dirty || saving}
          aria-label={t('saveLabel', { label })}
          data-testid={`setting-${key}-save`}
          sx={{ mt: 1 }}
        >
          {t('save')}
        </Button>
      </Box>
      {statusLine}
    </Box>
  );
}

type Translate = ReturnType<typeof useTranslation<'settings'>>['t'];

function optionLabel(t: Translate, key: string, option: string): string {
  if (key === 'chatBotType') return t(`options.chatBotType.${option as 'text' | 'button' | 'list'}`);
  if (key === 'scheduleType') return t(`options.scheduleType.${option as 'disabled' | 'queue' | 'company'}`);
  return option;
}
