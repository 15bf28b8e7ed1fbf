import type { QuotedMessage } from '../../api/schemas.ts';
import { captionOf, messageKind } from '../../model/message-content.ts';
import { parseRichText, plainText } from '../../model/rich-text.ts';
import { parseVCards } from '../../model/vcard.ts';
import { bubbleClasses } from './bubble-styles.tsx';
import { useBubbleTexts } from './bubble-texts.tsx';

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
  const { t } = useBubbleTexts();
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
    <button
      type="button"
      className={bubbleClasses.quote}
      data-from-me={quoted.fromMe}
      onClick={() => scrollToMessage(quoted.id)}
      aria-label={t('message.quote', { name: author })}
      data-testid="message-quote"
      data-quoted-id={quoted.id}
    >
      <span className={bubbleClasses.quoteAuthor}>
        <bdi>{author}</bdi>
      </span>
      <span className={bubbleClasses.quoteText} dir="auto">
        {[label, preview].filter(Boolean).join(' · ')}
      </span>
    </button>
  );
}
