import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../../src/lib/storage.ts';
import {
  hasTags,
  NO_FILTERS,
  queueIdsToList,
  readFilters,
  toggled,
  writeFilters,
} from '../../../src/features/tickets/model/list-filters.ts';
import { usersOfQueue } from '../../../src/features/tickets/model/transfer.ts';
import { transferChange } from '../../../src/features/tickets/api/tickets.ts';

describe('ticket list filters', () => {
  it('are remembered and read back; unreadable ones are no filters', () => {
    const storage = memoryStorage();
    expect(readFilters(storage, 'k')).toEqual(NO_FILTERS);
    writeFilters(storage, 'k', { queueIds: [2], noQueue: false, tagIds: [1, 3], showAll: true });
    expect(readFilters(storage, 'k')).toEqual({ queueIds: [2], noQueue: false, tagIds: [1, 3], showAll: true });
    storage.setItem('k', '{not json');
    expect(readFilters(storage, 'k')).toEqual(NO_FILTERS);
    storage.setItem('k', JSON.stringify({ queueIds: ['1', -2, 4.5, 7], tagIds: 'x', showAll: 'yes' }));
    expect(readFilters(storage, 'k')).toEqual({ queueIds: [7], noQueue: false, tagIds: [], showAll: false });
  });

  it('ask for the chosen queues the user still has, else all of them', () => {
    expect(queueIdsToList({ ...NO_FILTERS, queueIds: [] }, [1, 2], false)).toEqual([1, 2]);
    expect(queueIdsToList({ ...NO_FILTERS, queueIds: [2] }, [1, 2], false)).toEqual([2]);
    expect(queueIdsToList({ ...NO_FILTERS, queueIds: [3, 2] }, [1, 2], false)).toEqual([2]);
    expect(queueIdsToList({ ...NO_FILTERS, queueIds: [3] }, [1, 2], false)).toEqual([1, 2]);
  });

  it('ask admins\u2019 "no queue" as no queues (the backend then lists only the tickets without one)', () => {
    expect(queueIdsToList({ ...NO_FILTERS, noQueue: true, queueIds: [1] }, [1, 2], true)).toEqual([]);
    // Not for agents, even if stored (a user who was an admin): their queues.
    expect(queueIdsToList({ ...NO_FILTERS, noQueue: true }, [1, 2], false)).toEqual([1, 2]);
  });

  it('keep a ticket only with every chosen tag', () => {
    const ticket = { tags: [{ id: 1 }, { id: 2 }] };
    expect(hasTags(ticket, [])).toBe(true);
    expect(hasTags(ticket, [1])).toBe(true);
    expect(hasTags(ticket, [1, 2])).toBe(true);
    expect(hasTags(ticket, [1, 3])).toBe(false);
    expect(hasTags({ tags: null }, [1])).toBe(false);
    expect(hasTags({}, [])).toBe(true);
    expect(toggled([1, 2], 2)).toEqual([1]);
    expect(toggled([1], 2)).toEqual([1, 2]);
  });
});

describe('transfer', () => {
  const users = [
    { id: 3, name: 'zé', queues: [{ id: 2 }] },
    { id: 1, name: 'Ana', queues: [{ id: 1 }, { id: 2 }] },
    { id: 2, name: 'Bruno', queues: [] },
  ];
  it('offers the users of the chosen queue, by name', () => {
    expect(usersOfQueue(users, 2).map((u) => u.id)).toEqual([1, 3]);
    expect(usersOfQueue(users, 1).map((u) => u.id)).toEqual([1]);
    expect(usersOfQueue(users, null).map((u) => u.id)).toEqual([1, 2, 3]);
  });
  it('sends what Atendechat’s dialog sends: a user keeps the status, none leaves it pending', () => {
    expect(transferChange(2, 5)).toEqual({ queueId: 2, userId: 5 });
    expect(transferChange(2, null)).toEqual({ queueId: 2, status: 'pending', userId: null });
  });
});
