import { useMemo, useState, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useErrorText } from '../../../hooks/use-error-text.ts';
import type { Message } from '../api/schemas.ts';
import type { Outgoing } from '../model/conversation.ts';
import { formatMessageTime, formatTimeOfDay } from '../model/format.ts';
import { LONG_TEXT, captionOf, messageKind, receiptOf, type MessageKind } from '../model/message-content.ts';
import { parseRichText } from '../model/rich-text.ts';
import { AudioPlayer } from './message/audio-player.tsx';
import { BubbleIcon } from './message/bubble-icon.tsx';
import { bubbleClasses } from './message/bubble-styles.tsx';
import { useBubbleTexts } from './message/bubble-texts.tsx';
import { ContactCard } from './message/contact-card.tsx';
import { DocumentCard } from './message/document-card.tsx';
import { ImageMessage } from './message/image-message.tsx';
import { LocationCard } from './message/location-card.tsx';
import { MESSAGE_ID_ATTRIBUTE, QuoteBlock } from './message/quote-block.tsx';
import { ReceiptMark } from './message/receipt.tsx';
import { RichText } from './message/rich-text.tsx';
import { VideoMessage } from './message/video-message.tsx';

/** The bubble around a message: left for the contact, right (tinted) for the agent; styled by BubbleStyles. */
function Bubble({
  fromMe,
  children,
  testId,
  author,
  messageId,
  bare = false,
}: {
  fromMe: boolean;
  children: ReactNode;
  testId: string;
  author: string;
  /** The row's id for quotes to find it by (MESSAGE_ID_ATTRIBUTE). */
  messageId?: string;
  /** A sticker: no bubble around it, as on WhatsApp. */
  bare?: boolean;
}) {
  return (
    <div
      className={bubbleClasses.bubble}
      data-testid={testId}
      data-from-me={fromMe}
      data-bare={bare}
      {...(messageId !== undefined && { [MESSAGE_ID_ATTRIBUTE]: messageId })}
    >
      {/* Who wrote it, for screen readers (the side of the bubble says it visually). */}
      <span className={bubbleClasses.srOnly}>{`${author}: `}</span>
      {children}
    </div>
  );
}

/** What a file message shows above its caption. */
function MediaPart({ message, kind, author }: { message: Message; kind: MessageKind; author: string }) {
  const { t } = useBubbleTexts();
  switch (kind.kind) {
    case 'image':
      return <ImageMessage messageId={message.id} url={kind.url} sticker={kind.sticker} author={author} />;
    case 'audio':
      return <AudioPlayer url={kind.url} />;
    case 'video':
      return <VideoMessage url={kind.url} />;
    case 'document':
      return <DocumentCard url={kind.url} fileName={kind.fileName} fileType={kind.fileType} />;
    case 'location':
      return <LocationCard mapUrl={kind.mapUrl} description={kind.description} />;
    case 'contact':
      return <ContactCard vcard={message.body} />;
    case 'blocked':
      return (
        <span className={bubbleClasses.note} data-testid="message-blocked">
          {t('message.blocked')}
        </span>
      );
    case 'text':
      return null;
  }
}

/**
 * A text with WhatsApp's formatting and links, as React text. A very long one shows its start and a
 * "read more" (parsing and laying out 100 KB at once is for when the agent asks).
 */
function FormattedText({ text }: { text: string }) {
  const { t } = useBubbleTexts();
  const [expanded, setExpanded] = useState(false);
  const long = text.length > LONG_TEXT;
  const shown = long && !expanded ? `${text.slice(0, LONG_TEXT)}…` : text;
  const nodes = useMemo(() => parseRichText(shown), [shown]);
  return (
    <>
      <RichText nodes={nodes} />
      {long && (
        <Button
          size="small"
          color="inherit"
          onClick={() => setExpanded(!expanded)}
          data-testid="message-read-more"
          sx={{ display: 'block', mt: 0.5, px: 0.5, fontWeight: 600 }}
        >
          {expanded ? t('message.readLess') : t('message.readMore')}
        </Button>
      )}
    </>
  );
}

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
  const { t, language } = useBubbleTexts();
  const kind = messageKind(message);
  const caption = captionOf(message, kind);
  const receipt = receiptOf(message);
  const author = message.fromMe ? t('conversation.fromMe') : t('conversation.fromContact', { name: contactName });
  const sticker = kind.kind === 'image' && kind.sticker && caption === '' && !message.quotedMsg;
  return (
    <Bubble
      fromMe={message.fromMe}
      testId={`message-${message.id}`}
      author={author}
      messageId={message.id}
      bare={sticker && !message.isDeleted}
    >
      {message.isDeleted ? (
        <span className={bubbleClasses.note} data-testid="message-deleted">
          <BubbleIcon name="block" />
          {t('conversation.messageDeleted')}
        </span>
      ) : (
        <>
          {message.quotedMsg && <QuoteBlock quoted={message.quotedMsg} contactName={contactName} />}
          {kind.kind !== 'text' && (
            <div className={bubbleClasses.media} data-captioned={caption !== ''}>
              <MediaPart message={message} kind={kind} author={author} />
            </div>
          )}
          {/* Exactly one body per message (empty, and hidden, for a file without caption); isolated, so a
              right-to-left override in it cannot reorder the time or the receipt. */}
          <span className={bubbleClasses.body} dir="auto" data-testid="message-body">
            {caption && <FormattedText text={caption} />}
          </span>
        </>
      )}
      <span className={bubbleClasses.meta}>
        {message.isEdited && !message.isDeleted && <span data-testid="message-edited">{t('message.edited')}</span>}
        <time dateTime={message.createdAt} title={formatMessageTime(message.createdAt, language)}>
          {formatTimeOfDay(message.createdAt, language)}
        </time>
        {receipt && <ReceiptMark receipt={receipt} />}
      </span>
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
  const { t } = useBubbleTexts();
  const { errorText } = useErrorText();
  const failed = item.state === 'failed';
  return (
    <Bubble fromMe testId={failed ? 'message-failed' : 'message-pending'} author={t('conversation.fromMe')}>
      <span className={bubbleClasses.body} data-testid="message-body">
        {item.body}
      </span>
      {failed ? (
        <Box sx={{ mt: 0.5, display: 'grid', gap: 0.5 }}>
          <Typography
            component="span"
            variant="caption"
            role="alert"
            sx={{ color: 'error.main', display: 'flex', gap: 0.5, alignItems: 'center', fontWeight: 500 }}
          >
            <BubbleIcon name="errorOutline" />
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
        <span className={bubbleClasses.meta}>
          <BubbleIcon name="accessTime" />
          {t('composer.sending')}
        </span>
      )}
    </Bubble>
  );
}
