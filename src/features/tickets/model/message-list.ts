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
 * conversation). The virtualizer places the rows not drawn yet by it. Bubbles are whole pixels tall
 * (BubbleStyles), so a right guess is exact and a row drawn above the view moves nothing; a wrong one makes
 * the virtualizer correct the view when it measures the row, and that correction used to drop the agent's
 * scroll step of that frame (tests/browser/tickets-long.spec.ts, "moves the view exactly as far as asked").
 */
const HEIGHT_BY_KIND: Record<MessageKind['kind'], number> = {
  text: 52,
  blocked: 52,
  image: 253,
  audio: 88,
  video: 220,
  document: 114,
  location: 124,
  contact: 90,
};
/** A text's line (px), a whole number so that rows measure as estimated (BubbleStyles sets it). */
export const BODY_LINE = 20;
/** About how many characters fill a line; a quote above the reply; a deleted message's note. */
const LINE_CHARACTERS = 70;
const QUOTE = 52;
const DELETED = 54;
const STICKER = 150;

const estimates = new WeakMap<Message, number>();

/** The guess for a message's row, worked out once per message (the virtualizer asks for it often). */
export function estimatedBubbleHeight(message: Message): number {
  const known = estimates.get(message);
  if (known !== undefined) return known;
  const kind = messageKind(message);
  let height = HEIGHT_BY_KIND[kind.kind];
  if (message.isDeleted) height = DELETED;
  else if (kind.kind === 'image' && kind.sticker) height = STICKER;
  else if (kind.kind === 'text') {
    const text = captionOf(message, kind).slice(0, LONG_TEXT);
    const lines = text
      .split('\n')
      .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / LINE_CHARACTERS)), 0);
    height += (lines - 1) * BODY_LINE;
  }
  if (message.quotedMsg && !message.isDeleted) height += QUOTE;
  estimates.set(message, height);
  return height;
}
