import { describe, expect, it } from 'vitest';
import type { Message } from '../../../src/features/tickets/api/schemas.ts';
import { BODY_LINE, estimatedBubbleHeight, unseenCount } from '../../../src/features/tickets/model/message-list.ts';

function message(id: string, fromMe = false): Message {
  return { id, body: id, fromMe, ticketId: 1, createdAt: '2026-01-01T00:00:00.000Z' };
}

describe('unseenCount (the "new messages" button)', () => {
  const messages = [message('a'), message('b'), message('c', true), message('d'), message('e')];

  it('counts the customer messages after the last one seen at the bottom', () => {
    expect(unseenCount(messages, 'e')).toBe(0);
    expect(unseenCount(messages, 'd')).toBe(1);
    // The agent's own message in between is not news to them.
    expect(unseenCount(messages, 'b')).toBe(2);
    expect(unseenCount(messages, 'a')).toBe(3);
  });

  it('counts nothing before anything was seen, or when the message seen is no longer loaded', () => {
    expect(unseenCount(messages, null)).toBe(0);
    expect(unseenCount(messages, 'gone')).toBe(0);
    expect(unseenCount([], 'a')).toBe(0);
  });
});

describe('estimatedBubbleHeight (rows not drawn yet)', () => {
  const media = (mediaType: string, mediaUrl: string, body = '-'): Message => ({
    ...message('m'),
    body,
    mediaType,
    mediaUrl,
  });

  it('guesses by what the bubble shows', () => {
    const text = estimatedBubbleHeight(message('oi'));
    expect(estimatedBubbleHeight(media('image', 'https://api.example/public/a.png'))).toBeGreaterThan(4 * text);
    expect(estimatedBubbleHeight(media('audio', 'https://api.example/public/a.ogg'))).toBeGreaterThan(text);
    expect(estimatedBubbleHeight(media('video', 'https://api.example/public/a.mp4'))).toBeGreaterThan(
      estimatedBubbleHeight(media('audio', 'https://api.example/public/a.ogg')),
    );
    // A file whose URL is not http(s) loads nothing: a line of text.
    expect(estimatedBubbleHeight(media('image', 'javascript:alert(1)'))).toBe(text);
    // A deleted message is its note, whatever it was.
    const deleted = estimatedBubbleHeight({ ...message('x'), isDeleted: true });
    expect(estimatedBubbleHeight({ ...media('image', 'https://api.example/public/a.png'), isDeleted: true })).toBe(
      deleted,
    );
    expect(deleted).toBeLessThan(2 * text);
  });

  it('a longer text is taller, by its lines, up to what is shown before "read more"; a quote adds its block', () => {
    const one = estimatedBubbleHeight(message('oi'));
    const fourLines = estimatedBubbleHeight({ ...message('x'), body: 'a\nb\nc\nd' });
    expect(fourLines).toBe(one + 3 * BODY_LINE);
    const long = estimatedBubbleHeight({ ...message('x'), body: 'a'.repeat(3000) });
    expect(estimatedBubbleHeight({ ...message('x'), body: 'a'.repeat(100_000) })).toBe(long);
    const quoted = { ...message('r'), quotedMsg: { id: 'q', body: 'original', fromMe: false } };
    expect(estimatedBubbleHeight(quoted)).toBeGreaterThan(one);
  });
});
