import { describe, expect, it } from 'vitest';
import type {
  NoticeMessage as Message,
  NoticeTicket as Ticket,
} from '../../../src/features/notifications/api/schemas.ts';
import {
  applyUnreadTicket,
  attentionKind,
  badgeText,
  CHIME_INTERVAL_MS,
  countsAsUnread,
  notificationBody,
  notificationTag,
  onScreenTicket,
  parseSoundSetting,
  shouldChime,
  soundSettingValue,
  tabTitle,
  uniqueTickets,
  unreadTotal,
  withoutTicket,
  type Viewer,
} from '../../../src/features/notifications/model/attention.ts';

const agent: Viewer = { id: 2, admin: false, queueIds: [1] };
const admin: Viewer = { id: 1, admin: true, queueIds: [1, 2] };

function ticket(fields: Partial<Ticket> = {}): Ticket {
  return {
    id: 10,
    status: 'open',
    unreadMessages: 1,
    userId: 2,
    queueId: 1,
    contact: { name: 'Maria', number: '5511999990000' },
    ...fields,
  };
}

function message(fields: Partial<Message> = {}): Message {
  return {
    body: 'Olá',
    fromMe: false,
    read: false,
    ticketId: 10,
    ...fields,
  };
}

describe('tabTitle and badgeText', () => {
  it('puts the count before the brand’s tab name, and nothing when nothing is unread', () => {
    expect(tabTitle('Cliente Um | Atendimento', 3)).toBe('(3) Cliente Um | Atendimento');
    expect(tabTitle('Cliente Um | Atendimento', 0)).toBe('Cliente Um | Atendimento');
    expect(tabTitle('Vitrine', 1234)).toBe('(1234) Vitrine');
  });

  it('fits the favicon badge in two characters', () => {
    expect(badgeText(1)).toBe('1');
    expect(badgeText(9)).toBe('9');
    expect(badgeText(10)).toBe('9+');
  });
});

describe('attentionKind: what is worth a sound and a notification', () => {
  it('a customer’s unread message in the agent’s own ticket, or nobody’s, in their queues or none', () => {
    expect(attentionKind(message(), ticket(), agent)).toBe('message');
    expect(attentionKind(message(), ticket({ userId: null }), agent)).toBe('message');
    expect(attentionKind(message(), ticket({ queueId: null }), agent)).toBe('message');
  });

  it('never the agent’s own messages, read ones, groups, or another agent’s tickets', () => {
    expect(attentionKind(message({ fromMe: true }), ticket(), agent)).toBeUndefined();
    expect(attentionKind(message({ read: true }), ticket(), agent)).toBeUndefined();
    expect(attentionKind(message({ read: 1 }), ticket(), agent)).toBeUndefined();
    expect(attentionKind(message(), ticket({ isGroup: true }), agent)).toBeUndefined();
    expect(attentionKind(message(), ticket({ userId: 7 }), agent)).toBeUndefined();
    // Admins too: someone else's conversation is theirs to answer.
    expect(attentionKind(message(), ticket({ userId: 7 }), admin)).toBeUndefined();
    expect(attentionKind(message({ ticketId: 11 }), ticket(), agent)).toBeUndefined();
  });

  it('not a ticket of a queue the agent is not in', () => {
    expect(attentionKind(message(), ticket({ queueId: 2 }), agent)).toBeUndefined();
  });

  it('a pending ticket: every admin, and the users of its queue (or everyone when it has none)', () => {
    const pending = ticket({ status: 'pending', userId: null });
    expect(attentionKind(message(), pending, agent)).toBe('pending');
    expect(attentionKind(message(), { ...pending, queueId: null }, agent)).toBe('pending');
    expect(attentionKind(message(), { ...pending, queueId: 2 }, agent)).toBeUndefined();
    expect(attentionKind(message(), { ...pending, queueId: 2 }, admin)).toBe('pending');
    expect(attentionKind(message(), { ...pending, queueId: 99 }, admin)).toBe('pending');
    expect(attentionKind(message({ fromMe: true }), pending, admin)).toBeUndefined();
  });
});

describe('onScreenTicket', () => {
  it('is the open conversation only while the tab is visible', () => {
    expect(onScreenTicket(4, true)).toBe(4);
    expect(onScreenTicket(4, false)).toBeNull();
    expect(onScreenTicket(null, true)).toBeNull();
  });
});

describe('the unread tickets and their total', () => {
  it('counts what the backend’s withUnreadMessages list holds, and an admin’s pending tickets of any queue', () => {
    expect(countsAsUnread(ticket(), agent)).toBe(true);
    expect(countsAsUnread(ticket({ unreadMessages: 0 }), agent)).toBe(false);
    expect(countsAsUnread(ticket({ unreadMessages: null }), agent)).toBe(false);
    expect(countsAsUnread(ticket({ userId: 7 }), agent)).toBe(false);
    expect(countsAsUnread(ticket({ userId: null }), agent)).toBe(false);
    expect(countsAsUnread(ticket({ status: 'pending', userId: null }), agent)).toBe(true);
    expect(countsAsUnread(ticket({ status: 'pending', userId: null, queueId: 2 }), agent)).toBe(false);
    expect(countsAsUnread(ticket({ status: 'pending', userId: null, queueId: 5 }), admin)).toBe(true);
  });

  it('replaces, adds and drops a changed ticket; drops a read one', () => {
    const one = ticket({ id: 1, unreadMessages: 2 });
    const two = ticket({ id: 2, unreadMessages: 1 });
    expect(applyUnreadTicket([one], two, agent)).toEqual([two, one]);
    expect(applyUnreadTicket([one, two], { ...one, unreadMessages: 3 }, agent)).toEqual([
      { ...one, unreadMessages: 3 },
      two,
    ]);
    expect(applyUnreadTicket([one, two], { ...one, unreadMessages: 0 }, agent)).toEqual([two]);
    expect(applyUnreadTicket([one, two], { ...one, userId: 7 }, agent)).toEqual([two]);
    expect(withoutTicket([one, two], 1)).toEqual([two]);
    expect(withoutTicket([one, two], 99)).toEqual([one, two]);
    expect(uniqueTickets([one, two, { ...one, unreadMessages: 5 }])).toEqual([one, two]);
  });

  it('sums the unread messages, leaving out the conversation on screen', () => {
    const tickets = [ticket({ id: 1, unreadMessages: 2 }), ticket({ id: 2, unreadMessages: 1 })];
    expect(unreadTotal(tickets, null)).toBe(3);
    expect(unreadTotal(tickets, 1)).toBe(1);
    expect(unreadTotal([], null)).toBe(0);
    expect(unreadTotal([ticket({ unreadMessages: -4 })], null)).toBe(0);
  });
});

describe('sound', () => {
  it('is on unless turned off, stored as on/off', () => {
    expect(parseSoundSetting(null)).toBe(true);
    expect(parseSoundSetting('on')).toBe(true);
    expect(parseSoundSetting('off')).toBe(false);
    expect(parseSoundSetting(soundSettingValue(false))).toBe(false);
    expect(parseSoundSetting(soundSettingValue(true))).toBe(true);
  });

  it('chimes once for a burst of messages', () => {
    expect(shouldChime(undefined, 5000)).toBe(true);
    expect(shouldChime(5000, 5000 + CHIME_INTERVAL_MS - 1)).toBe(false);
    expect(shouldChime(5000, 5000 + CHIME_INTERVAL_MS)).toBe(true);
  });
});

describe('desktop notifications', () => {
  it('show the message as one plain line, cut to a readable length', () => {
    expect(notificationBody('  Olá\n\n  tudo bem?  ')).toBe('Olá tudo bem?');
    expect(notificationBody('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
    const long = notificationBody('a'.repeat(100_000));
    expect(long).toHaveLength(160);
    expect(long.endsWith('…')).toBe(true);
  });

  it('are tagged per brand and ticket', () => {
    expect(notificationTag('cliente1', 4)).toBe('vitrine:cliente1:ticket-4');
    expect(notificationTag('cliente2', 4)).not.toBe(notificationTag('cliente1', 4));
  });
});
