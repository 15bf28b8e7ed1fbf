import type { Message } from '../api/schemas.ts';
import { LONG_TEXT, captionOf, messageKind, type MessageKind } from './message-content.ts';

/**
 * What the virtualised message list works out: what its "new messages" button counts, and how tall a row
 * not drawn yet is guessed to be. Pure, unit-tested.
 */

/** Incoming messages after `seenId` (the newest the agent saw at the bottom), counted from the end. */
export function unseenCount(messages: Message[], seenId: string | null): number {
  if (seenId === null) return 0;
  let count = 0;
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i];
    if (!message || message.id === seenId) return count;
    if (!message.fromMe) count++;
  }
  // The message seen is no longer loaded (a refetch replaced the pages): nothing to point at.
  return 0;
}

/**
 * A bubble's height (px) by what it shows, as drawn at desktop width (measured in the benchmark's
 * conversation). The virtualizer places the rows not drawn yet by it: the closer the guess, the less the
 * rows move, and the less the view is corrected, when they are drawn and measured.
 */
const HEIGHT_BY_KIND: Record<MessageKind['kind'], number> = {
  text: 52,
  blocked: 52,
  image: 252,
  audio: 75,
  video: 215,
  document: 115,
  location: 124,
  contact: 89,
};
/** A text's line (px) and about how many characters fill one; a quote above the reply. */
const LINE = 20;
const LINE_CHARACTERS = 70;
const QUOTE = 48;
const STICKER = 150;

const estimates = new WeakMap<Message, number>();

/** The guess for a message's row, worked out once per message (the virtualizer asks for it often). */
export function estimatedBubbleHeight(message: Message): number {
  const known = estimates.get(message);
  if (known !== undefined) return known;
  const kind = messageKind(message);
  let height = HEIGHT_BY_KIND[kind.kind];
  if (message.isDeleted) height = HEIGHT_BY_KIND.text;
  else if (kind.kind === 'image' && kind.sticker) height = STICKER;
  else if (kind.kind === 'text') {
    const text = captionOf(message, kind).slice(0, LONG_TEXT);
    const lines = text
      .split('\n')
      .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / LINE_CHARACTERS)), 0);
    height += (lines - 1) * LINE;
  }
  if (message.quotedMsg && !message.isDeleted) height += QUOTE;
  estimates.set(message, height);
  return height;
}
