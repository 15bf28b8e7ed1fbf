import ButtonBase from '@mui/material/ButtonBase';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { QuotedMessage } from '../../api/schemas.ts';
import { captionOf, messageKind } from '../../model/message-content.ts';
import { parseRichText, plainText } from '../../model/rich-text.ts';
import { parseVCards } from '../../model/vcard.ts';

/** The attribute every message row carries: a quote finds its original by it (and nothing else). */
export const MESSAGE_ID_ATTRIBUTE = 'data-message-id';

/** Scrolls the original of a quote into view, when it is loaded, and flashes it. */
export function scrollToMessage(messageId: string): boolean {
  const row = document.querySelector<HTMLElement>(`[${MESSAGE_ID_ATTRIBUTE}="${CSS.escape(messageId)}"]`);
  if (!row) return false;
  row.scrollIntoView({ block: 'center' });
  row.animate?.([{ opacity: 0.35 }, { opacity: 1 }], { duration: 700, easing: 'ease-out' });
  return true;
}

/** The message a reply quotes, above the reply: its author and a line of it; clicking goes to it. */
export function QuoteBlock({ quoted, contactName }: { quoted: QuotedMessage; contactName: string }) {
  const { t } = useTranslation('tickets');
  const author = quoted.fromMe ? t('conversation.fromMe') : quoted.contactName || contactName;
  const kind = messageKind(quoted);
  const caption = quoted.isDeleted ? t('conversation.messageDeleted') : captionOf(quoted, kind);
  const label = kind.kind === 'text' ? '' : t(`message.quoteMedia.${kind.kind === 'image' ? 'image' : kind.kind}`);
  // A quote is a line or two: a long body is cut before parsing.
  const preview =
    kind.kind === 'contact' && !quoted.isDeleted
      ? (parseVCards(quoted.body)[0]?.name ?? '')
      : plainText(parseRichText(caption.slice(0, 300)));
  return (
    <ButtonBase
      onClick={() => scrollToMessage(quoted.id)}
      aria-label={t('message.quote', { name: author })}
      data-testid="message-quote"
      data-quoted-id={quoted.id}
      sx={{
        display: 'block',
        width: '100%',
        textAlign: 'start',
        mb: 0.5,
        px: 1,
        py: 0.5,
        borderRadius: 1,
        borderInlineStart: 4,
        borderColor: quoted.fromMe ? 'primary.main' : 'info.main',
        bgcolor: 'action.hover',
        '&.Mui-focusVisible': { outline: 2, outlineColor: 'primary.main' },
      }}
    >
      <Typography component="span" variant="caption" sx={{ display: 'block', fontWeight: 600 }}>
        <bdi>{author}</bdi>
      </Typography>
      <Typography
        component="span"
        variant="body2"
        dir="auto"
        sx={{
          display: '-webkit-box',
          WebkitLineClamp: 2,
          WebkitBoxOrient: 'vertical',
          overflow: 'hidden',
          color: 'text.secondary',
          overflowWrap: 'anywhere',
          unicodeBidi: 'isolate',
        }}
      >
        {[label, preview].filter(Boolean).join(' · ')}
      </Typography>
    </ButtonBase>
  );
}
