import { describe, expect, it } from 'vitest';
import type { Message } from '../../../src/features/tickets/api/schemas.ts';
import { unseenCount } from '../../../src/features/tickets/model/message-list.ts';

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
