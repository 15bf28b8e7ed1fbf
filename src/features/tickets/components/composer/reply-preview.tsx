import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import Close from '@mui/icons-material/Close';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../api/schemas.ts';

/** The message the next text answers (WhatsApp's quote), above the text box, with a button to drop it. */
export function ReplyPreview({
  message,
  contactName,
  onCancel,
}: {
  message: Message;
  contactName: string;
  onCancel: () => void;
}) {
  const { t } = useTranslation('tickets');
  const author = message.fromMe ? t('conversation.fromMe') : contactName;
  return (
    <Box
      data-testid="composer-reply"
      data-message-id={message.id}
      sx={{ display: 'flex', alignItems: 'center', gap: 1, px: { xs: 1, sm: 2 }, pt: 1 }}
    >
      <Box
        sx={{
          flex: 1,
          minWidth: 0,
          borderLeft: 4,
          borderColor: message.fromMe ? 'primary.main' : 'success.main',
          bgcolor: 'action.hover',
          borderRadius: 1,
          px: 1.5,
          py: 0.75,
        }}
      >
        <Typography variant="caption" component="p" sx={{ fontWeight: 600 }}>
          {t('composer.replyingTo', { name: author })}
        </Typography>
        <Typography variant="body2" noWrap sx={{ color: 'text.secondary' }} data-testid="composer-reply-body">
          {message.body || t('conversation.attachment')}
        </Typography>
      </Box>
      <IconButton onClick={onCancel} aria-label={t('composer.replyCancel')} data-testid="composer-reply-cancel">
        <Close />
      </IconButton>
    </Box>
  );
}
