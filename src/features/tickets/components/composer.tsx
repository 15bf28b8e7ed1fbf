import { useState, type FormEvent, type KeyboardEvent } from 'react';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import SendIcon from '@mui/icons-material/Send';
import { useTranslation } from 'react-i18next';

/** The text box: Enter sends, Shift+Enter starts a new line. Cleared at once; the text shows as pending. */
export function Composer({ onSend }: { onSend: (body: string) => void }) {
  const { t } = useTranslation('tickets');
  const [text, setText] = useState('');

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const body = text.trim();
    if (body === '') return;
    onSend(body);
    setText('');
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <Box
      component="form"
      onSubmit={submit}
      sx={{
        display: 'flex',
        alignItems: 'flex-end',
        gap: 1,
        px: { xs: 1, sm: 2 },
        py: 1,
        borderTop: 1,
        borderColor: 'divider',
      }}
    >
      <TextField
        fullWidth
        multiline
        maxRows={5}
        size="small"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        placeholder={t('composer.placeholder')}
        slotProps={{ htmlInput: { 'aria-label': t('composer.label'), 'data-testid': 'composer-input' } }}
      />
      <IconButton
        type="submit"
        color="primary"
        aria-label={t('composer.send')}
        disabled={text.trim() === ''}
        data-testid="composer-send"
      >
        <SendIcon />
      </IconButton>
    </Box>
  );
}
