import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { alpha } from '@mui/material/styles';
import AccessTime from '@mui/icons-material/AccessTime';
import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../hooks/use-error-text.ts';
import type { Message } from '../api/schemas.ts';
import type { Outgoing } from '../model/conversation.ts';
import { formatMessageTime } from '../model/format.ts';

/** Text media types: the body is the message itself. Anything else has a file behind `mediaUrl`. */
const TEXT_TYPES = new Set(['conversation', 'chat', 'extendedTextMessage']);

function Bubble({
  fromMe,
  children,
  testId,
  author,
}: {
  fromMe: boolean;
  children: ReactNode;
  testId: string;
  author: string;
}) {
  return (
    <Box
      data-testid={testId}
      data-from-me={fromMe}
      sx={(theme) => ({
        position: 'relative',
        alignSelf: fromMe ? 'flex-end' : 'flex-start',
        maxWidth: { xs: '88%', sm: '75%' },
        px: 1.5,
        py: 0.75,
        borderRadius: 2,
        borderBottomRightRadius: fromMe ? 4 : undefined,
        borderBottomLeftRadius: fromMe ? undefined : 4,
        // Tints keep the text's own colour, so contrast holds for any brand colour and in both modes.
        bgcolor: fromMe
          ? alpha(theme.palette.primary.main, theme.palette.mode === 'dark' ? 0.22 : 0.1)
          : 'background.paper',
        border: 1,
        borderColor: 'divider',
        color: 'text.primary',
        overflowWrap: 'anywhere',
        whiteSpace: 'pre-wrap',
      })}
    >
      {/* Who wrote it, for screen readers (the side of the bubble says it visually). */}
      <Box component="span" sx={visuallyHidden}>
        {`${author}: `}
      </Box>
      {children}
    </Box>
  );
}

const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  padding: 0,
  border: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

export function MessageBubble({
  message,
  contactName,
  actions,
}: {
  message: Message;
  contactName: string;
  /** The bubble's menu (reply, delete), given by the conversation. */
  actions?: ReactNode;
}) {
  const { t, i18n } = useTranslation('tickets');
  const isMedia = !!message.mediaUrl && !TEXT_TYPES.has(message.mediaType ?? '');
  return (
    <Bubble
      fromMe={message.fromMe}
      testId={`message-${message.id}`}
      author={message.fromMe ? t('conversation.fromMe') : t('conversation.fromContact', { name: contactName })}
    >
      {message.isDeleted ? (
        <Typography component="span" variant="body2" sx={{ fontStyle: 'italic', color: 'text.secondary' }}>
          {t('conversation.messageDeleted')}
        </Typography>
      ) : (
        <>
          {isMedia && (
            <Link
              href={message.mediaUrl ?? undefined}
              target="_blank"
              rel="noopener noreferrer"
              variant="body2"
              sx={{ display: 'block', color: 'text.primary' }}
            >
              {t('conversation.attachment')}
            </Link>
          )}
          <Typography component="span" variant="body2" data-testid="message-body">
            {message.body}
          </Typography>
        </>
      )}
      <Typography
        component="span"
        variant="caption"
        sx={{ display: 'block', textAlign: 'right', color: 'text.secondary', mt: 0.25, lineHeight: 1.2 }}
      >
        <time dateTime={message.createdAt}>{formatMessageTime(message.createdAt, i18n.language)}</time>
      </Typography>
      {actions}
    </Bubble>
  );
}

/** A text the agent sent that has not come back by socket: sending, or failed with retry. */
export function OutgoingBubble({
  item,
  onRetry,
  onDiscard,
}: {
  item: Outgoing;
  onRetry: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation('tickets');
  const { errorText } = useErrorText();
  const failed = item.state === 'failed';
  return (
    <Bubble fromMe testId={failed ? 'message-failed' : 'message-pending'} author={t('conversation.fromMe')}>
      <Typography component="span" variant="body2" data-testid="message-body">
        {item.body}
      </Typography>
      {failed ? (
        <Box sx={{ mt: 0.5, display: 'grid', gap: 0.5 }}>
          <Typography
            component="span"
            variant="caption"
            role="alert"
            sx={{ color: 'error.main', display: 'flex', gap: 0.5, alignItems: 'center', fontWeight: 500 }}
          >
            <ErrorOutline fontSize="inherit" aria-hidden />
            {`${t('composer.failed')} ${errorText(item.error)}`}
          </Typography>
          <Box sx={{ display: 'flex', gap: 1, justifyContent: 'flex-end' }}>
            <Button size="small" color="inherit" onClick={onDiscard} data-testid="message-discard">
              {t('composer.discard')}
            </Button>
            <Button size="small" variant="outlined" color="inherit" onClick={onRetry} data-testid="message-retry">
              {t('composer.retry')}
            </Button>
          </Box>
        </Box>
      ) : (
        <Typography
          component="span"
          variant="caption"
          sx={{
            display: 'flex',
            gap: 0.5,
            alignItems: 'center',
            justifyContent: 'flex-end',
            color: 'text.secondary',
            mt: 0.25,
          }}
        >
          <AccessTime fontSize="inherit" aria-hidden />
          {t('composer.sending')}
        </Typography>
      )}
    </Bubble>
  );
}
